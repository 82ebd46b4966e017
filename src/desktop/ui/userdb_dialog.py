"""At start-up, a user.db that cannot be used: say what is wrong and let the member choose.

The file is never repaired or overwritten. The member may move it aside (it stays in the
same folder under a new name) and start with an empty one, put back the newest daily
backup (the damaged file is moved aside first), or quit and get help.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.errors import UserDbError
from desktop.store import userdb


class UserDbDialog(QMessageBox):
    """Offers: start fresh (old file moved aside), restore the newest backup, or quit."""

    def __init__(self, error: UserDbError, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.path = path
        self.backups = userdb.backups(path)
        self.moved_to: Path | None = None
        self.setWindowTitle(APP_NAME)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if error.kind == "newer":
            text = self.tr(
                "Dina anteckningar är sparade av en nyare version av Nämndläsaren än den här. "
                "Uppdatera programmet för att läsa dem."
            )
        elif error.kind == "damaged":
            text = self.tr("Filen med dina anteckningar är skadad och kan inte läsas.")
        else:
            text = self.tr("Filen med dina anteckningar kan inte öppnas.")
        self.setText(text)
        details = [str(error), self.tr("Inget har ändrats i filen.")]
        self.fresh_button: QAbstractButton | None = None
        self.restore_button: QAbstractButton | None = None
        if error.kind in ("damaged", "newer"):
            details.append(
                self.tr(
                    "Du kan lägga undan den (den finns kvar i samma mapp som "
                    "{0}.undanlagd-<datum>) och börja med en ny, tom fil."
                ).format(path.name)
            )
            self.fresh_button = self.addButton(
                self.tr("Lägg undan och börja med en ny"), QMessageBox.ButtonRole.AcceptRole
            )
            if self.backups:
                day = self.backups[0].stem.removeprefix(f"{path.stem}-")
                details.append(
                    self.tr("Du kan också återställa säkerhetskopian från {0}.").format(day)
                )
                self.restore_button = self.addButton(
                    self.tr("Återställ säkerhetskopian från {0}").format(day),
                    QMessageBox.ButtonRole.AcceptRole,
                )
        else:
            details.append(
                self.tr(
                    "Kontrollera att disken inte är full och att du får skriva i mappen {0}."
                ).format(str(path.parent))
            )
        self.setInformativeText("\n\n".join(details))
        self.quit_button = self.addButton(self.tr("Avsluta"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.quit_button)  # nothing happens to the file by a stray Enter
        self.setEscapeButton(self.quit_button)

    def apply(self) -> bool:
        """Carry out the member's choice; True when a usable user.db is now in place."""
        clicked = self.clickedButton()
        try:
            if clicked is not None and clicked is self.fresh_button:
                self.moved_to = userdb.move_aside(self.path)
                return True
            if clicked is not None and clicked is self.restore_button:
                self.moved_to = userdb.restore_backup(self.path, self.backups[0])
                return True
        except OSError as exc:
            QMessageBox.critical(
                self.parentWidget(),
                APP_NAME,
                self.tr("Filen kunde inte läggas undan: {0}").format(exc.strerror or str(exc)),
            )
        return False


def resolve_user_db(error: UserDbError, path: Path, parent: QWidget | None = None) -> bool:
    """Ask the member what to do with an unusable user.db; True when the app can go on."""
    dialog = UserDbDialog(error, path, parent)
    dialog.exec()
    return dialog.apply()
