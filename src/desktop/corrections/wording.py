"""How a correction and its marker read: "rättat", by whom and when, and what the report said.

Shared by the widgets (ui/) and the printed summary (export/), so it lives below both and
uses only QtCore's translation (context "Corrections").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.corrections.marks import Mark
from desktop.corrections.model import Correction


def tr(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


def marker_text() -> str:
    """The word on a corrected value, status or goal."""
    return QCoreApplication.translate("Corrections", "rättat")


def who(origin: str, author: str) -> str:
    """'nämndsekreteraren Anna' or 'du': who made a correction."""
    if origin == "own":
        return (
            QCoreApplication.translate("Corrections", "dig")
            if not author
            else QCoreApplication.translate("Corrections", "dig ({0})").format(author)
        )
    return (
        QCoreApplication.translate("Corrections", "nämndsekreteraren")
        if not author
        else QCoreApplication.translate("Corrections", "nämndsekreteraren {0}").format(author)
    )


def value_text(field_name: str, value: Any) -> str:
    """A corrected or extracted value as a member reads it."""
    from desktop.statuses import status_label

    if value is None:
        return "–"
    if field_name == "status":
        return status_label(str(value))
    if field_name == "report_type":
        return (
            QCoreApplication.translate("Corrections", "årsbokslut")
            if value == "annual"
            else QCoreApplication.translate("Corrections", "delårsrapport")
        )
    if field_name == "period" and isinstance(value, dict):
        return str(value.get("end", ""))
    if field_name == "level" and isinstance(value, list):
        return " › ".join(str(v) for v in value) or QCoreApplication.translate(
            "Corrections", "(ingen nivå ovanför)"
        )
    if field_name == "kind":
        return {"kpi": QCoreApplication.translate("Corrections", "nyckeltalstabell"), "finance": QCoreApplication.translate("Corrections", "ekonomitabell"),
                "none": QCoreApplication.translate("Corrections", "varken eller")}.get(str(value), str(value))  # fmt: skip
    if isinstance(value, float | int) and not isinstance(value, bool):
        from desktop.analysis.formatting import format_value

        return format_value(float(value), "")
    return str(value)


def mark_lines(marks: list[Mark]) -> list[str]:
    """One line per correction of an item, oldest first, and what the report said."""
    lines = []
    for mark in marks:
        field_name = mark.field.split(":")[0]
        if mark.field == "added":
            lines.append(QCoreApplication.translate("Corrections", "Tillagt av {0} {1}: fanns inte i det som lästes ut ur rapporten")
                         .format(who(mark.origin, mark.author), mark.date))  # fmt: skip
            continue
        lines.append(
            QCoreApplication.translate("Corrections", "Rättat av {0} {1}: {2} (i rapporten: {3})").format(
                who(mark.origin, mark.author), mark.date, value_text(field_name, mark.value),
                value_text(field_name, mark.original),
            )
        )  # fmt: skip
    return lines


def mark_tooltip(marks: list[Mark]) -> str:
    """The marker's tooltip: every correction of the item, and where the member's own
    differs from the secretary's."""
    lines = mark_lines(marks)
    origins = {m.origin for m in marks if m.field != "added"}
    if origins == {"library", "own"}:
        lines.append(
            QCoreApplication.translate(
                "Corrections", "Din egen rättelse gäller i ditt exemplar; sekreterarens står ovan."
            )
        )
    lines.append(
        QCoreApplication.translate("Corrections", "Värdet skiljer sig från den tryckta rapporten.")
    )
    return "\n".join(lines)


OPS = {
    "report.set": str(QT_TRANSLATE_NOOP("Corrections", "Rapportens {0}")),
    "report.remove": str(QT_TRANSLATE_NOOP("Corrections", "Rapporten borttagen ur biblioteket")),
    "goal.add": str(QT_TRANSLATE_NOOP("Corrections", "Mål tillagt: ”{0}”")),
    "goal.remove": str(QT_TRANSLATE_NOOP("Corrections", "Mål borttaget: ”{0}”")),
    "goal.set": str(QT_TRANSLATE_NOOP("Corrections", "Målet ”{0}”: {1}")),
    "table.kind": str(QT_TRANSLATE_NOOP("Corrections", "Tabellen ”{0}”: {1}")),
    "kpi.set": str(QT_TRANSLATE_NOOP("Corrections", "Nyckeltalet ”{0}”: {1}")),
    "kpi.join": str(QT_TRANSLATE_NOOP("Corrections", "Nyckeltalet ”{0}” hör till serien ”{1}”")),
}
FIELDS = {
    "municipality": str(QT_TRANSLATE_NOOP("Corrections", "kommun")),
    "committee": str(QT_TRANSLATE_NOOP("Corrections", "nämnd")),
    "report_type": str(QT_TRANSLATE_NOOP("Corrections", "rapporttyp")),
    "period": str(QT_TRANSLATE_NOOP("Corrections", "period")),
    "title": str(QT_TRANSLATE_NOOP("Corrections", "titel")),
    "status": str(QT_TRANSLATE_NOOP("Corrections", "status")),
    "level": str(QT_TRANSLATE_NOOP("Corrections", "nivå")),
    "name": str(QT_TRANSLATE_NOOP("Corrections", "namn")),
    "unit": str(QT_TRANSLATE_NOOP("Corrections", "enhet")),
    "target": str(QT_TRANSLATE_NOOP("Corrections", "målvärde")),
    "value": str(QT_TRANSLATE_NOOP("Corrections", "värde")),
}


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(correction: Correction) -> str:
    """One line saying what a correction does, e.g. 'Målet ”…”: status Uppnått'."""
    c = correction
    field_name = c.field_name
    new = c.value.get("value")
    field_label = tr(FIELDS.get(field_name, field_name))
    if field_name == "value" and "year" in c.target:
        field_label = f"{field_label} {c.target['year']}"
    setting = f"{field_label} {value_text(field_name, new)}"
    if c.op == "report.set":
        return tr(OPS[c.op]).format(setting)
    if c.op == "report.remove":
        return tr(OPS[c.op])
    if c.op == "goal.add":
        return tr(OPS[c.op]).format(_short(c.value.get("title", "")))
    if c.op == "goal.remove":
        return tr(OPS[c.op]).format(_short(c.target.get("goal", {}).get("title", "")))
    if c.op == "goal.set":
        return tr(OPS[c.op]).format(_short(c.target.get("goal", {}).get("title", "")), setting)
    if c.op == "table.kind":
        table = c.target.get("table", {})
        name = table.get("title") or " | ".join(h for h in table.get("header", [])[:3] if h.strip())
        return tr(OPS[c.op]).format(_short(name), value_text("kind", c.value.get("kind")))
    if c.op == "kpi.set":
        return tr(OPS[c.op]).format(_short(c.target.get("kpi", {}).get("name", "")), setting)
    if c.op == "kpi.join":
        return tr(OPS[c.op]).format(_short(c.target.get("kpi", {}).get("name", "")),
                                    _short(c.value.get("series", "")))  # fmt: skip
    return c.op


def outcome_text(state: str, detail: str) -> str:
    """What became of a correction, for the review's list."""
    texts = {
        "applied": QCoreApplication.translate("Corrections", "gäller"),
        "already": QCoreApplication.translate("Corrections", "gäller (rapporten läses redan så)"),
        "missing": QCoreApplication.translate("Corrections", "hittar inte sitt mål"),
        "gone": QCoreApplication.translate("Corrections", "målet är borttaget"),
        "invalid": QCoreApplication.translate("Corrections", "kan inte användas"),
    }
    text = texts.get(state, state)
    return f"{text}: {detail}" if detail and state not in ("applied",) else text
