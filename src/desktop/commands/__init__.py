"""One module per `namndlasaren` subcommand, each with `run(args) -> int`."""
