"""Where the app remembers window state, zoom and language between runs."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from desktop import paths


def app_settings() -> QSettings:
    """Settings in NAMNDLASAREN_HOME/settings.ini when set (tests), else the platform's place."""
    if os.environ.get(paths.HOME_ENV):
        return QSettings(str(paths.data_home() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("Namndlasaren", "Namndlasaren")
