"""File → Uppdatera bibliotek…: swap in the secretary's library, then say what changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import NamndlasarenError


def run_update(
    parent: QWidget, new_library: Path, conn: sqlite3.Connection, current: Path
) -> sqlite3.Connection | None:
    """Replace the library; returns the connection to the new one, or None if nothing changed."""
    from desktop.store.library import open_library
    from desktop.store.library_update import commit_update, prepare_update

    try:
        incoming, diff = prepare_update(new_library, current)
    except NamndlasarenError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("UpdateDialog", "Biblioteket uppdaterades inte"),
            str(exc),
        )
        return None
    conn.close()  # on Windows an open file cannot be replaced
    commit_update(incoming, current)
    new_conn = open_library(current)
    from desktop.corrections.session import apply_corrections

    apply_corrections(new_conn)  # the member's own corrections, on the new library
    if hasattr(parent, "set_connection"):
        parent.set_connection(new_conn)
    none = QCoreApplication.translate("UpdateDialog", "inga")
    lines = [QCoreApplication.translate("UpdateDialog", "Nya rapporter: {0}").format(", ".join(diff.new) or none),
             QCoreApplication.translate("UpdateDialog", "Rättade rapporter: {0}").format(", ".join(diff.changed) or none),
             QCoreApplication.translate("UpdateDialog", "Borttagna rapporter: {0}").format(", ".join(diff.removed) or none)]  # fmt: skip
    if hasattr(parent, "annotations"):  # the main window: its notes panel follows
        report = parent.annotations.after_library_change()
    else:
        from desktop.annotate.after_update import reanchor_after_update

        report = reanchor_after_update()
    lines.append(report.summary_line())
    lines.extend(
        QCoreApplication.translate("UpdateDialog", "Kunde inte placeras: {0}").format(line)
        for line in report.orphan_lines()
    )
    QMessageBox.information(
        parent,
        QCoreApplication.translate("UpdateDialog", "Biblioteket är uppdaterat"),
        "\n".join(lines),
    )
    return new_conn
