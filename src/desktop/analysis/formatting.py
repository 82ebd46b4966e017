"""Numbers as a Swedish reader writes them: 1 234,5 %."""

from __future__ import annotations

UNIT_SUFFIX = {"percent": " %", "days": " dagar", "tkr": " tkr"}


def format_value(value: float, unit: str) -> str:
    text = f"{value:,.1f}".replace(",", " ").replace(".", ",").removesuffix(",0")
    return text + UNIT_SUFFIX.get(unit, "")
