"""Typed errors the core raises; the CLI and the UI decide how to show them."""


class NamndlasarenError(Exception):
    """Base class: the message is one line a member can read."""


class IngestError(NamndlasarenError):
    """A source file that cannot be read as a report. The message names the file."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class LibraryError(NamndlasarenError):
    """library.db or user.db cannot be opened, migrated or replaced."""
