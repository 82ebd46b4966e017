"""Reading one printed assessment: a status word, colour word or sentence in a table cell
or after a label ("Samlad bedömning: Delvis uppfyllt"), and whether it is a forecast.

Every goal rule meets the same printed assessments, so they read them with the same
functions here; an outcome said of the year ahead ("bedöms uppnås") is a forecast in an
interim report, and a forecast in an annual report is what the year gave (FORECASTS,
ANNUAL).
"""

from __future__ import annotations

import re

from desktop.ingest.document import STATUS_GLYPHS, plain
from desktop.ingest.model import GoalStatus
from desktop.ingest.readers.goals.common import _label_key, _words
from desktop.ingest.readers.status import (
    canonical_status_raw,
    checked_choice,
    colour_of_word,
    fold_damaged,
    is_status_label,
    normalise_status,
    sentence_status,
    status_of_colour,
)

# printed before an assessment word ("✔ Uppfylls", "●●○ (delvis)"): the status lights and
# the marks of a score or a check
STATUS_SYMBOLS = "".join(sorted(STATUS_GLYPHS)) + "✔✓✗✘✖◐◑◒◓○◯□▼ "
FORECASTS: dict[GoalStatus, GoalStatus] = {  # an outcome, and the same said of the year ahead
    "achieved": "expected_achieved",
    "not_achieved": "expected_not_achieved",
}
ANNUAL: dict[GoalStatus, GoalStatus] = {forecast: done for done, forecast in FORECASTS.items()}


def _cell_status(
    text: str, legend: dict[str, tuple[GoalStatus, str]], interim: bool
) -> tuple[GoalStatus, str] | None:
    """The status a table cell or label value prints: a status label ("Delvis uppfyllt",
    "Uppfylls"), a colour word ("Gul") or a sentence ("Målet bedöms uppnås.")."""
    text = plain(text).strip()
    text = checked_choice(text) or text  # "☐ Uppnås ☒ Uppnås delvis ☐ Uppnås inte"
    if not text:
        return None
    first = re.split(r"(?<=[.!?])\s+", text)[0].rstrip(".")
    label, colon, value = first.partition(":")
    if colon and _label_key(label) in _words("assessment_labels"):
        first = value.strip()  # "Prognos: uppnås delvis. 87 procent …" in a comment cell
    _, dash, after = first.rpartition(" – ")
    if dash and is_status_label(after.strip()):
        first = after.strip()  # "3 av 4 indikatorer uppfyllda – Delvis uppfyllt"
    for candidate in (text, first):
        if is_status_label(candidate):
            return normalise_status(candidate), canonical_status_raw(candidate)
    colour = colour_of_word(first)
    if colour:
        if colour in legend:
            return legend[colour]
        status = status_of_colour(colour, interim=interim)
        if status:
            return status, first
    sentence = sentence_status(first)
    if sentence:
        return sentence, first
    return None


def _forecast_of(status: GoalStatus, interim: bool) -> GoalStatus:
    """In an interim report an assessment is a forecast for the year."""
    return FORECASTS.get(status, status) if interim else status


def _forecast(raw: str) -> bool:
    key = fold_damaged(raw)
    return any(word in key for word in ("bedoms", "prognos", "forvantas", "kommer"))


def _assessment_line(
    text: str, legend: dict[str, tuple[GoalStatus, str]], interim: bool
) -> tuple[GoalStatus, str] | None:
    """The status a line of its own gives, an assessment label and its word ("Samlad
    bedömning: Till stor del uppfyllt", "Måluppfyllelse: ●●○ (delvis)"), or a result
    label and a sentence ("Resultat: Målet är delvis uppnått.")."""
    label, colon, value = text.partition(":")
    value = value.strip().strip(STATUS_SYMBOLS + "()")
    if not colon:
        return None
    if _assessment_label(label) and is_status_label(_first_sentence(value)):
        return _cell_status(value, legend, interim)  # "Bedömning: Delvis uppfyllt. Tiderna …"
    if _label_key(label) in _words("result_labels") and (
        sentence_status(value) or is_status_label(value)
    ):  # "Resultat: Målet är delvis uppnått.", "Resultat: Delvis uppnått"
        return _cell_status(value, legend, interim)
    return None


def is_assessment_line(text: str) -> bool:
    """Whether a line is a goal's assessment under its label ("Prognos helår: Uppnås
    delvis"): a line of a goal's parts, never a heading, however bold it is printed."""
    return _assessment_line(text.strip(), {}, interim=False) is not None


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0].rstrip(".")


def _assessment_label(text: str) -> bool:
    """An assessment's label ("Prognos", "Bedömd måluppfyllelse helår")."""
    key = _label_key(text)
    short = len(key.split()) <= 3  # "Nämndens bedömning", not a title ending in a label
    return any(
        key == w or key.startswith(w + " ") or short and key.endswith(" " + w)
        for w in _words("assessment_labels")
    )
