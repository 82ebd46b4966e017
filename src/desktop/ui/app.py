"""Starting the GUI: the application object, translations, the library, the main window."""

from __future__ import annotations

import os
import sys
import time
from typing import cast

from desktop import APP_NAME, paths
from desktop.errors import NamndlasarenError
from desktop.ui.settings import ui_language

BENCH_ENV = "NAMNDLASAREN_BENCH_EXIT_AFTER_PAINT"


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _install_translations(app) -> list:
    """Qt's own Swedish strings for the Swedish UI; our English catalogue for the English one."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translators = []
    if ui_language() == "sv":
        qt = QTranslator(app)
        if qt.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    else:
        english = QTranslator(app)
        if english.load(str(paths.asset("i18n", "namndlasaren_en.qm"))):
            translators.append(english)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def run_gui(smoke: bool = False) -> int:
    """Open the app on the member's library; with smoke, show each main view once and exit.

    The smoke run is a check of an installation: unless NAMNDLASAREN_HOME says where, it
    works in a temporary folder, so the member's own library, notes and settings are
    neither created nor touched by it.
    """
    if smoke and not os.environ.get(paths.HOME_ENV):
        import shutil
        import tempfile

        home = tempfile.mkdtemp(prefix="namndlasaren-smoke-")
        os.environ[paths.HOME_ENV] = home
        try:
            return _run_gui(smoke)
        finally:
            del os.environ[paths.HOME_ENV]
            shutil.rmtree(home, ignore_errors=True)
    return _run_gui(smoke)


def _run_gui(smoke: bool) -> int:
    started = time.perf_counter()
    from desktop.ui.qt_workarounds import keep_none_alive

    keep_none_alive()
    if not _has_display():
        if not smoke:
            print(
                "namndlasaren: ingen skärm hittades (DISPLAY saknas); starta från skrivbordet",
                file=sys.stderr,
            )
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    QGuiApplication.setApplicationDisplayName(APP_NAME)
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    app.setApplicationName("Namndlasaren")
    app.setOrganizationName("Namndlasaren")
    app.setDesktopFileName("namndlasaren")
    _install_translations(app)
    font = app.font()
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)

    from desktop.corrections.session import member_library
    from desktop.store.library import open_library
    from desktop.ui.main_window import MainWindow

    try:
        library = member_library()
        conn = open_library(library)
    except NamndlasarenError as exc:
        if smoke:
            print(f"namndlasaren: {exc}", file=sys.stderr)
            return 2
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    if not _user_db_usable(smoke):
        return 2
    window = MainWindow(conn, library)
    window.show()
    if os.environ.get(BENCH_ENV):
        QTimer.singleShot(
            0,
            lambda: (
                window.repaint(),
                print(f"painted {time.perf_counter() - started:.3f}"),
                app.quit(),
            ),
        )
        app.exec()
        return 0
    if smoke:
        return _smoke(app, window)
    return app.exec()


def _user_db_usable(smoke: bool) -> bool:
    """Check user.db before the window opens it; a damaged or newer one is the member's call.

    In a smoke run the problem is one line on stderr; otherwise a dialog offers to move
    the file aside and start fresh, to restore a backup, or to quit.
    """
    from desktop.errors import UserDbError, error_line
    from desktop.store.userdb import open_user_db

    for _attempt in range(2):
        try:
            open_user_db().close()
            return True
        except UserDbError as exc:
            if smoke:
                print(error_line(exc), file=sys.stderr)
                return False
            from desktop.ui.userdb_dialog import resolve_user_db

            if not resolve_user_db(exc, paths.user_db_path()):
                return False
    return False


def _smoke(app, window) -> int:
    """Show every main view once, paint it, and report what it showed."""
    app.processEvents()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        image = window.grab()
        print(f"smoke: {window.tabs.tabText(index)}: {image.width()}x{image.height()}")
    window.on_search_library()
    window.search.field.setText("familjehem")
    window.search.run_search()
    print(f"smoke: sök: {window.search.summary.text()}")
    print(f"smoke: {window.status_text}")
    window.close()
    return 0
