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


class NewerSchemaError(LibraryError):
    """A database written by a newer version of the app: refused, never migrated down."""

    def __init__(self, message: str, found: int, known: int) -> None:
        self.found = found
        self.known = known
        super().__init__(message)


class BusyError(LibraryError):
    """Another program (a second import, another window) holds the database for too long."""


class UserDbError(LibraryError):
    """user.db cannot be used as it is. It is left untouched: never repaired, never overwritten.

    `kind` says what the member can do: "damaged" or "newer" (move it aside and start
    fresh, or restore a backup), "unwritable" (free disk space or fix permissions).
    """

    def __init__(self, path: object, problem: str, kind: str) -> None:
        self.path = str(path)
        self.problem = problem
        self.kind = kind
        super().__init__(f"{self.path}: {problem}")


def error_line(exc: NamndlasarenError) -> str:
    """The one line a headless command prints for a problem it cannot get past."""
    line = f"namndlasaren: {exc}"
    if isinstance(exc, UserDbError) and exc.kind in ("damaged", "newer"):
        line += (
            "; inget har ändrats i filen. Starta Nämndläsaren för att lägga undan den och börja"
            " om, eller återställa en säkerhetskopia"
        )
    return " ".join(line.split())
