"""Text and PDF in, `Report` dataclasses out. No Qt here."""
