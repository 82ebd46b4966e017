"""library.db and user.db: schema, migrations, writes and the small read queries the UI uses."""
