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


def ui_language() -> str:
    """The UI is Swedish; English only when the member (or a test) asks for it.

    The choice comes from NAMNDLASAREN_LANG or from Visa → Språk, remembered in settings.ini.
    The system locale is not consulted: a Swedish committee member on a laptop set up
    in English still expects the committee's own words.
    """
    chosen = os.environ.get("NAMNDLASAREN_LANG", "").strip().lower()
    if not chosen:
        chosen = str(app_settings().value("ui/language", "sv") or "sv").lower()
    return "en" if chosen.startswith("en") else "sv"
