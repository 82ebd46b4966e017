"""Rule: goals as headings ("generic/heading", "generic/goal-section",
"generic/goal-label-heading").

A heading is a goal when it sits under a goal section ("Nämndens mål", "Målområde") and
says what shall be or is assessed, when it is labelled as a goal ("Mål 3. …", or
"Nämndmål" on the line above), or when it carries an assessment: at its end ("… ska öka ✖
Uppfylls inte"), as a coloured mark beside it, right below it, or as the next heading
("Samlad bedömning: Delvis uppfyllt" after the goal's table). Captions and a card's short
name above its "Nämndmål | …" row are not goals.
"""

from __future__ import annotations

import re

from desktop.ingest.document import plain
from desktop.ingest.model import Goal, GoalStatus, Section
from desktop.ingest.readers.goals.assessment import (
    STATUS_SYMBOLS,
    _assessment_label,
    _assessment_line,
    _cell_status,
    is_assessment_line,
)
from desktop.ingest.readers.goals.body import _analysis, _goal_at
from desktop.ingest.readers.goals.common import (
    GOAL_LABELS,
    LABELLED,
    MAX_TITLE,
    MIN_TITLE,
    _as_label,
    _goal_verb,
    _is_label,
    _label_key,
    _words,
    is_foreign,
    is_goal_section,
)
from desktop.ingest.readers.goals.legend import marks_on_line
from desktop.ingest.readers.goals.scale import ShortForms
from desktop.ingest.readers.reading import Reading
from desktop.ingest.readers.status import is_status_label

CAPTION = re.compile(r"^(?:tabell|figur|diagram|bild|graf|bilaga)\s*\d+\b", re.IGNORECASE)
LISTED_GOAL = re.compile(r"^\d{1,2}\.\s+(?=[A-ZÅÄÖ])")  # "3. Väntetiden …": a numbered list
GOAL_LABEL_HEADING = re.compile(
    r"^(?:Nämndmål|Mål|Verksamhetsmål|Effektmål|Delmål|Strategiskt mål)\s*\d{1,2}(?:\.\d{1,2})*"
    r"\s*[:.–-]?\s+[A-ZÅÄÖ]"
)


# "Mål 2 …" over "Delmål 2.1 …" (or "Mål 2.1 …"): a goal and the sub-goals it is followed up by
NUMBERED_GOAL = re.compile(
    r"^(?P<label>Delmål|[A-ZÅÄÖ][a-zåäö]*mål|Mål)\s*(?P<number>\d{1,2}(?:\.\d{1,2})*)\b"
)
# an assessment of the whole goal, printed after its sub-goals ("Samlad bedömning: Målet är …")
OVERALL_LABELS = ("samlad bedomning", "sammantagen bedomning", "sammanfattande bedomning",
                  "samlad maluppfyllelse", "total bedomning")  # fmt: skip


def _from_headings(reading: Reading, legend: dict[str, tuple[GoalStatus, str]]) -> list[Goal]:
    """Headings under a goal section, and headings that carry an assessment."""
    goals = _headed_goals(reading, legend)
    _assess_over_sub_goals(reading, goals, legend)
    return goals


def _assess_over_sub_goals(
    reading: Reading, goals: list[Goal], legend: dict[str, tuple[GoalStatus, str]]
) -> None:
    """A goal followed up by sub-goals ("Mål 1" over "Delmål 1.1", "Delmål 1.2"): each
    sub-goal placed under it, and the goal given the overall assessment printed after its
    last sub-goal ("Samlad bedömning: Målet är delvis uppfyllt.") and the text from there
    on, which the last sub-goal, in whose text it stands, does not keep as its own."""
    parent: tuple[str, Goal] | None = None
    children: list[Goal] = []
    for goal in [*goals, None]:
        numbered = NUMBERED_GOAL.match(reading.lines[goal.line_start - 1]) if goal else None
        number = numbered.group("number") if numbered else ""
        if goal is not None and parent and number.startswith(parent[0] + "."):
            goal.hierarchy = [*goal.hierarchy, parent[1].title]
            children.append(goal)
            continue
        if parent and children:
            _overall(reading, parent[1], children, legend)
        parent = (number, goal) if goal is not None and number and "." not in number else None
        children = []


def _overall(
    reading: Reading, goal: Goal, children: list[Goal], legend: dict[str, tuple[GoalStatus, str]]
) -> None:
    for line in reading.lines[children[0].line_start : children[-1].line_end]:
        label, colon, value = plain(line).strip().partition(":")
        if not colon or _label_key(label) not in OVERALL_LABELS:
            continue
        found = _cell_status(value, legend, reading.interim)
        if found is None:
            continue
        if goal.status == "unassessed":
            goal.status, goal.status_raw = found
        printed = plain(line).strip()
        for child in children:
            if child.status_raw in (found[1], printed):
                child.status, child.status_raw = "unassessed", ""
            at = child.analysis.find(printed)
            if at >= 0:  # the overall assessment and what follows it are the goal's text
                said = child.analysis[at:].strip()
                goal.analysis = "\n\n".join(t for t in (goal.analysis.strip(), said) if t)
                child.analysis = child.analysis[:at].strip()
        return


def _headed_goals(reading: Reading, legend: dict[str, tuple[GoalStatus, str]]) -> list[Goal]:
    goals: list[Goal] = []
    sections = reading.sections
    scope_level: int | None = None
    hierarchy: list[str] = []
    read_with_title: set[int] = set()  # an assessment and a title's end read with a goal
    for position, section in enumerate(sections):
        if position in read_with_title:
            continue
        heading = plain(section.heading).strip()
        if is_goal_section(heading):
            scope_level = section.level
            hierarchy = []
            continue
        if scope_level is not None and section.level <= scope_level and reading.document.has_layout:
            scope_level = None
        index = section.line_start - 1
        in_scope = scope_level is not None
        if len(heading) > MAX_TITLE or _is_label(heading) or is_foreign(heading):
            continue
        if len(heading) < MIN_TITLE and not (
            in_scope and heading[:1].isalpha() and _assessed_below(reading, index)
        ):
            continue  # a short heading is a label, unless a scorecard's goal ("Trygghet")
        if CAPTION.match(heading):
            continue  # "Tabell 1. Nämndens mål och indikatorer" names a table, not a goal
        if _names_the_report(heading, reading):
            continue  # "Sjöbo kommun" beside the municipality's logo, coloured like a light
        if _assessment_line(heading, legend, reading.interim):
            continue  # "Bedömning: Delvis uppfyllt" set as a heading assesses the goal above
        if _goal_label_below(reading, section.line_start):
            continue  # a card's short name: the "Nämndmål | …" row below is the goal
        # "… behörighet till" | its status | "gymnasieskolan": the title's end, and the goal
        # goes on after it
        rest = _title_goes_on(reading, legend, sections, position)
        if rest:
            read_with_title |= {position + 1, position + 2}
        following = position + (3 if rest else 1)
        end = (
            sections[following].line_start - 1 if following < len(sections) else len(reading.lines)
        )
        # a goal's text may run over sub-sections that are its labels ("Analys", "Indikatorer")
        # or its title in another language (a bilingual report's Finnish)
        for later in sections[following:]:
            later_heading = plain(later.heading)
            if later.level >= section.level and (
                _is_label(later_heading) or is_foreign(later_heading)
            ):
                end = later.line_end
            else:
                break
        marks = marks_on_line(reading, section.line_start)
        heading, printed = _status_at_end(heading, legend, reading.interim)
        goal = _goal_at(reading, index, heading, end, legend, "generic/heading")
        if printed:
            goal.status, goal.status_raw = printed
        elif goal.status == "unassessed" and position + 1 < len(sections):
            after = sections[position + 1]  # "Samlad bedömning: Delvis uppfyllt" after a table
            printed = _assessment_line(plain(after.heading), legend, reading.interim)
            if printed:
                goal.status, goal.status_raw = printed
                goal.line_end = after.line_end
                goal.analysis = "\n\n".join(  # the goal's text, then what follows the assessment
                    t
                    for t in (
                        goal.analysis.strip(),
                        _analysis(reading, after.line_start, after.line_end).strip(),
                    )
                    if t
                )
        if rest:
            goal.title = f"{goal.title} {rest}"
            goal.analysis = goal.analysis.strip().removeprefix(rest).strip()  # the title's
        assessed_here = goal.status != "unassessed" and (
            bool(marks) or bool(printed) or _status_right_below(reading, index, end)
        )
        if GOAL_LABEL_HEADING.match(heading) or _labelled_above(reading, index):
            # "Mål 3. Hjälpen ska komma snabbt …", or "Nämndmål" on the line above the title
            goal.hierarchy = list(hierarchy)
            goal.found_by = "generic/goal-label-heading"
            goals.append(goal)
        elif in_scope and _looks_like_goal(heading, goal, section, sections, position):
            goal.hierarchy = list(hierarchy)
            goal.found_by = "generic/goal-section"
            goals.append(goal)
        elif assessed_here or any(mark.colour in legend for mark in marks):
            goals.append(goal)  # a mark the report's legend explains, "Ej bedömt" too
        elif (
            LISTED_GOAL.match(heading)
            and _goal_verb().search(heading)
            and goal.status != "unassessed"
        ):
            # "3. Väntetiden … ska minska" set in bold, its analysis assessing it in a sentence
            goal.title = LISTED_GOAL.sub("", heading)
            goals.append(goal)
        elif in_scope and not goal.analysis.strip():
            hierarchy = [heading]  # a level of the goal hierarchy with goals under it
    return goals


ORGANISATION_WORDS = ("kommun", "kommuns", "stad", "stads", "region")


def _names_the_report(heading: str, reading: Reading) -> bool:
    """Whether a heading is only the name of the report's municipality or committee."""
    name = " ".join(w for w in heading.lower().split() if w not in ORGANISATION_WORDS)
    names = {reading.meta.municipality.lower(), reading.meta.committee.lower()} - {""}
    return name in names or name.removesuffix("s") in names  # "Borås", "Sjöbos kommun"


def _status_at_end(
    heading: str, legend: dict[str, tuple[GoalStatus, str]], interim: bool
) -> tuple[str, tuple[GoalStatus, str] | None]:
    """A goal heading that ends in its assessment, after a symbol or a label ("Befolkningen
    ska öka ✖ Uppfylls inte", "… ska öka Bedömd måluppfyllelse helår: Uppfylls delvis"),
    or capitalised after what the goal shall do ("Kontinuiteten ska öka Uppfyllt"): the
    title without it, and the status."""
    words = heading.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        label, colon, value = tail.partition(":")
        if colon and _assessment_label(label):
            printed = value.strip()
        elif tail[0] in STATUS_SYMBOLS or words[k - 1] in ("–", "—", "-"):
            printed = tail.lstrip(STATUS_SYMBOLS)  # set apart by a symbol or a dash
        elif tail[0].isupper() and _goal_verb().search(" ".join(words[:k])):
            printed = tail  # "… ska öka Uppfyllt": a label after the title's sentence
        else:
            continue  # "Analys av hur målen uppnås" ends in a status word, not an assessment
        title = " ".join(words[:k]).rstrip(" –—-:")
        found = _cell_status(printed, legend, interim) if is_status_label(printed) else None
        if found and len(title) >= MIN_TITLE:
            return title, found
    return heading, None


TITLE_REST = 60  # characters: the end of a wrapped title, not a heading of its own


def _title_goes_on(
    reading: Reading,
    legend: dict[str, tuple[GoalStatus, str]],
    sections: list[Section],
    position: int,
) -> str:
    """The end of a goal's title read apart from it because its assessment (a coloured
    label set beside the title's first line) stands between the two lines: right after
    the assessment, a short heading beginning in lower case, with no text of its own."""
    if position + 2 >= len(sections):
        return ""
    status, after = sections[position + 1], sections[position + 2]
    text = plain(after.heading).strip()
    if (
        text[:1].islower()
        and len(text) <= TITLE_REST
        and not after.text.strip()
        and not status.text.strip()
        and (
            is_status_label(plain(status.heading).strip())
            or _assessment_line(plain(status.heading), legend, reading.interim)
        )
    ):
        return text
    return ""


def _goal_label_below(reading: Reading, start: int) -> bool:
    """Whether the first line of text after line `start` (1-based) names a goal with its
    label ("Nämndmål: …", or "Nämndmål | …" in a table)."""
    for line in reading.lines[start : start + 3]:
        text = plain(_as_label(line) or line).strip()
        if text:
            match = LABELLED.match(text)
            return match is not None and _label_key(match.group("label")) in GOAL_LABELS
    return False


def _labelled_above(reading: Reading, index: int) -> bool:
    """Whether the line right above a heading (0-based `index`) is a goal label alone
    ("Nämndmål", "Mål 2"), as goal-management exports print it over each goal's title."""
    for j in range(index - 1, max(index - 3, -1), -1):
        text = plain(reading.lines[j]).strip()
        if text:
            # the number off before folding: the fold reads a lone "6" as OCR's "ö"
            key = _label_key(re.sub(r"\s*\d{1,2}\s*[.:]?$", "", text.rstrip(":")))
            return len(text) <= 20 and key in GOAL_LABELS
    return False


def _assessed_below(reading: Reading, index: int) -> bool:
    """Whether the first line under a heading (at 0-based index) is its assessment under
    a label ("Måluppfyllelse: Uppfyllt"), as under each short goal of a scorecard."""
    following = next((t for t in reading.lines[index + 1 : index + 4] if t.strip()), "")
    return is_assessment_line(plain(following))


def _status_right_below(reading: Reading, index: int, end: int) -> bool:
    for j in range(index + 1, min(end, index + 6)):
        text = plain(reading.lines[j]).strip()
        if not text:
            continue
        label, colon, value = text.partition(":")
        value = value.strip() if colon else text
        if is_status_label(value):
            return True
        if colon and _assessment_label(label) and ShortForms.of(reading.lines).status(value):
            return True  # "Måluppfyllelse: 3 av 4" on the report's scale of scores
        if _label_key(text) not in _words("assessment_labels"):
            return False
    return False


def _looks_like_goal(
    heading: str, goal: Goal, section: Section, sections: list[Section], position: int
) -> bool:
    """A heading under a goal section is a goal when it has text of its own or is
    assessed; a heading whose sub-sections are goals is a level of the hierarchy."""
    if goal.status != "unassessed":
        return True
    if not _goal_verb().search(heading):
        return False  # an unassessed heading is a goal only when it says what shall be
    nxt = sections[position + 1] if position + 1 < len(sections) else None
    has_children = nxt is not None and nxt.level > section.level and not _is_label(nxt.heading)
    return bool(goal.analysis.strip()) and not has_children
