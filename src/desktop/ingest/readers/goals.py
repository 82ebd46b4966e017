"""Goals (nämndens mål) with their assessment, analysis and KPIs, in three report shapes.

- Helsingborg 2018–: goal text → "Bedömning måluppfyllelse" → status → "Målanalys" → analysis.
- Helsingborg 2017: goals in styrkort tables; each goal's analysis follows its title and
  ends with a status sentence ("Nämnden uppnår inte helt sitt mål.").
- Huddinge: Målområde → Kommunfullmäktigemål → Nämndmål, analysis, Indikatorer table.
Matching folds diacritics and common OCR misreadings, so damaged text is recognised.
"""

from __future__ import annotations

import re

from desktop.ingest.model import Goal, GoalStatus, Kpi, Section
from desktop.ingest.readers.paragraphs import join_wrapped
from desktop.ingest.readers.status import canonical_status_raw, fold_damaged, normalise_status

ASSESSMENT = re.compile(r"^bed\w?mning m\w?luppfyllelse$")
ANALYSIS = re.compile(r"^m\w?lanalys$")
ANALYSIS_STOP = re.compile(
    r"^(nyckeltal|ekonomiskt utfall|ekonomi|helarsprognos|innovation|investeringar|tjanstegarantier"
    r"|namndens inriktning|resultatrakning|driftredovisning)\b"
)
STYRKORT_HEADER = re.compile(r"^n\w?mndens m\w?l\tm\w?tetal")
SENTENCE_STATUS = re.compile(r"^n\w?mnden uppn\w?r (?P<how>.*?)\s*(sitt|sina) m\w?l\.?$")
fold = fold_damaged


def extract_goals(lines: list[str], sections: list[Section]) -> list[Goal]:
    """All goals of a report, in reading order; [] for a shape not recognised."""
    folded = [fold(line) for line in lines]
    goals = _helsingborg(lines, folded) or _styrkort(lines, folded) or _huddinge(lines, folded)
    for goal in goals:
        goal.section_index = _section_at(sections, goal.line_start)
    return goals


def _section_at(sections: list[Section], line: int) -> int:
    index = 0
    for i, section in enumerate(sections):
        if section.line_start <= line:
            index = i
    return index


def _paragraphs(lines: list[str], start: int, stop: int) -> str:
    """Lines [start, stop) as paragraphs: wrapped lines joined, hyphenation mended."""
    paragraphs: list[str] = []
    current = ""
    for line in lines[start:stop]:
        text = line.strip()
        if re.fullmatch(r"https?://\S+", text):
            continue
        if not text:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if not current and paragraphs and text[:1].islower() and paragraphs[-1][-1:] not in ".!?:":
            current = paragraphs.pop()  # a paragraph the page break cut in two
        current = join_wrapped(current, text)
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _helsingborg(lines: list[str], folded: list[str]) -> list[Goal]:
    marks = [i for i, text in enumerate(folded) if ASSESSMENT.match(text)]
    if not marks:
        return []
    starts = [_title_start(lines, folded, mark) for mark in marks]
    goals = []
    for n, mark in enumerate(marks):
        status_line = next(
            (j for j in range(mark + 1, min(mark + 6, len(lines))) if folded[j]), None
        )
        raw = lines[status_line].strip() if status_line is not None else ""
        if status_line is not None and ANALYSIS.match(folded[status_line]):
            raw, status_line = "", mark
        analysis_at = next(
            (
                j
                for j in range((status_line or mark) + 1, min(mark + 12, len(lines)))
                if ANALYSIS.match(folded[j])
            ),
            None,
        )
        body_start = (analysis_at if analysis_at is not None else (status_line or mark)) + 1
        while (
            body_start < len(lines)
            and ANALYSIS.match(folded[body_start] or "x") is None
            and not folded[body_start]
        ):
            body_start += 1
        while body_start < len(lines) and ANALYSIS.match(folded[body_start]):
            body_start += 1
        end = starts[n + 1] if n + 1 < len(marks) else _analysis_end(lines, folded, body_start)
        title = _paragraphs(lines, starts[n], mark).replace("\n\n", " ")
        goals.append(
            Goal(
                title=title,
                status=normalise_status(raw),
                status_raw=canonical_status_raw(raw),
                analysis=_paragraphs(lines, body_start, end),
                line_start=starts[n] + 1,
                line_end=end,
            )
        )
    return goals


def _title_start(lines: list[str], folded: list[str], mark: int) -> int:
    """Walk back from 'Bedömning måluppfyllelse' over the goal's own lines."""
    j = mark - 1
    start = mark
    collected = 0
    while j >= 0:
        text = lines[j].strip()
        if not text:
            j -= 1
            continue
        key = folded[j]
        ends_sentence = text.endswith(".") and collected > 0
        if (
            key.startswith(("namndens mal", "nämndens mål"))
            or "://" in text
            or ends_sentence
            or len(text) > 260
        ):
            break
        if ANALYSIS.match(key) or ASSESSMENT.match(key):
            break
        start = j
        collected += 1
        if collected >= 4:
            break
        j -= 1
    return start


def _analysis_end(lines: list[str], folded: list[str], start: int) -> int:
    for j in range(start, len(lines)):
        if ANALYSIS_STOP.match(folded[j]) and len(lines[j].strip()) < 80:
            return j
    return len(lines)


def _styrkort(lines: list[str], folded: list[str]) -> list[Goal]:
    """Helsingborg 2017: goal titles from styrkort tables, analysis up to the status sentence."""
    titles: list[tuple[str, int]] = []
    for i, key in enumerate(folded):
        if not STYRKORT_HEADER.match(key):
            continue
        j = i + 1
        while j < len(lines) and "\t" in lines[j]:
            first = lines[j].split("\t")[0].strip()
            if first:
                titles.append((first, j))
            j += 1
    goals = []
    search_from = 0
    for title, table_line in titles:
        at = next(
            (
                k
                for k in range(max(search_from, table_line + 1), len(lines))
                if lines[k].strip() == title
            ),
            None,
        )
        if at is None:
            goals.append(
                Goal(
                    title, "unassessed", "", "", line_start=table_line + 1, line_end=table_line + 1
                )
            )
            continue
        end = next((k for k in range(at + 1, len(lines)) if SENTENCE_STATUS.match(folded[k])), None)
        if end is None:
            goals.append(
                Goal(
                    title,
                    "unassessed",
                    "",
                    _paragraphs(lines, at + 1, at + 1),
                    line_start=at + 1,
                    line_end=at + 1,
                )
            )
            continue
        how = SENTENCE_STATUS.match(folded[end]).group("how")  # type: ignore[union-attr]
        status: GoalStatus = (
            "achieved"
            if not how
            else "partly"
            if ("helt" in how or "delvis" in how)
            else "not_achieved"
        )
        goals.append(Goal(title, status, lines[end].strip(), _paragraphs(lines, at + 1, end),
                          line_start=at + 1, line_end=end + 1))  # fmt: skip
        search_from = end + 1
    return goals


def _huddinge(lines: list[str], folded: list[str]) -> list[Goal]:
    """Målområde → Kommunfullmäktigemål → Nämndmål; the interim report prints no per-goal status."""
    goals: list[Goal] = []
    area = council = ""
    marks = [
        (i, key)
        for i, key in enumerate(folded)
        if key.startswith(("malomrade:", "kommunfullmaktigemal:", "namndmal:"))
    ]
    for n, (i, key) in enumerate(marks):
        value = lines[i].split(":", 1)[1].strip()
        if key.startswith("malomrade:"):
            area = value
            continue
        if key.startswith("kommunfullmaktigemal:"):
            council = value
            continue
        end = marks[n + 1][0] if n + 1 < len(marks) else _analysis_end(lines, folded, i + 1)
        body_end = next(
            (k for k in range(i + 1, end) if folded[k].startswith("indikatorer\t")), end
        )
        goals.append(Goal(value, "unassessed", "", _paragraphs(lines, i + 1, body_end),
                          hierarchy=[h for h in (area, council) if h], line_start=i + 1, line_end=end))  # fmt: skip
    return goals


def link_kpis(goals: list[Goal], kpis: list[Kpi]) -> None:
    """Tie each KPI printed inside a goal's line range (or its styrkort row) to that goal."""
    titles = {goal.title: index for index, goal in enumerate(goals)}
    for kpi in kpis:
        if kpi.group is not None and kpi.group in titles:
            kpi.goal_index = titles[kpi.group]
            continue
        for index, goal in enumerate(goals):
            if goal.line_start <= kpi.line_start <= goal.line_end:
                kpi.goal_index = index
                break
    for index, goal in enumerate(goals):
        goal.kpis = [k.name for k in kpis if k.goal_index == index]
