"""The kinds of annotation and the highlight colours, defined once for every view and file.

A kind has its Swedish label (translated in the UI, context "Kinds"), the colour it is
shown in, and its W3C Web Annotation motivation (what the JSON-LD export writes).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Kind:
    key: str
    label: str  # Swedish; `kind_label` translates
    colour: str  # background of the passage and the card's edge (highlights: their colour)
    motivation: str  # W3C Web Annotation motivation


KINDS: dict[str, Kind] = {
    "highlight": Kind(
        "highlight", str(QT_TRANSLATE_NOOP("Kinds", "Markering")), "#fff3a0", "highlighting"
    ),  # fmt: skip
    "note": Kind("note", str(QT_TRANSLATE_NOOP("Kinds", "Anteckning")), "#dbe9fb", "commenting"),
    "question": Kind(
        "question",
        str(QT_TRANSLATE_NOOP("Kinds", "Fråga till förvaltningen")),
        "#ffe0b8",
        "questioning",
    ),  # fmt: skip
}
MOTIVATION = {kind.key: kind.motivation for kind in KINDS.values()}

# highlight colours a member can choose: the Swedish name is what user.db stores
HIGHLIGHT_COLOURS: dict[str, tuple[str, str]] = {
    "gul": (str(QT_TRANSLATE_NOOP("Kinds", "Gul")), "#fff3a0"),
    "grön": (str(QT_TRANSLATE_NOOP("Kinds", "Grön")), "#c8efc4"),
    "blå": (str(QT_TRANSLATE_NOOP("Kinds", "Blå")), "#cfe3ff"),
    "rosa": (str(QT_TRANSLATE_NOOP("Kinds", "Rosa")), "#ffd3e6"),
}
DEFAULT_COLOUR = "gul"


def kind_label(kind: str) -> str:
    """'Anteckning' (or 'Note'): what a member calls this kind of annotation."""
    known = KINDS.get(kind)
    return QCoreApplication.translate("Kinds", known.label) if known else kind


def colour_label(colour: str) -> str:
    name = HIGHLIGHT_COLOURS.get(colour)
    return QCoreApplication.translate("Kinds", name[0]) if name else colour


def colour_hex(colour: str) -> str:
    return HIGHLIGHT_COLOURS.get(colour, HIGHLIGHT_COLOURS[DEFAULT_COLOUR])[1]


def passage_colour(kind: str, colour: str) -> str:
    """The background of an annotated passage: the highlight's colour, or the kind's."""
    return colour_hex(colour) if kind == "highlight" else KINDS[kind].colour
