"""KPIs printed as list items or labelled lines under a goal instead of in a table.

"• Andel genomförda planerade miljöinspektioner: 58 % (mål ≥ 65 %; jan–aug 2025: 61 %)":
the name, the period's value, and in parentheses the target and earlier periods' values,
each with its year. A report that prints its KPIs this way prints them all so; a list item
of this shape is read only in a report where two at least carry a target or a year's
value in parentheses, so a lone "• Budget: 390" in a summary is no KPI.

The same items also stand one after the other in a table's cell, the indicators of a box
beside its assessment ("Indikatorer | Bedömning"), with the year before after the target:
"Andel elever i åk 9 med godkänt i alla ämnen: 76 % (mål 80 %), 2024: 74 % Genomsnittligt
meritvärde i åk 9: 221,5 (mål 225)". There an item needs its target in parentheses.

A goal-system export prints each indicator's figures after labels on its line: "Andel
elever som är behöriga till yrkesprogram Utfall: 92 % Målvärde: ≥ 92 % Utfall 2025: 90 %".
"""

from __future__ import annotations

import re

from desktop.ingest.model import Kpi
from desktop.ingest.readers.goals import section_at
from desktop.ingest.readers.kpis import COMPARATOR, target_direction, unit_of
from desktop.ingest.readers.numbers import parse_number
from desktop.ingest.readers.reading import Reading

ITEM = re.compile(
    r"^\s*[•●▪■◦‣*–-]\s+(?P<name>[^:]{6,120}?):\s*(?P<value>[^()]+?)\s*(?:\((?P<more>[^()]*)\))?\s*$"
)
NUMBER = r"[−–-]?\d[\d \u00a0]*(?:,\d+)?(?:\s*%)?"
IN_CELL = re.compile(
    rf"(?P<name>[A-ZÅÄÖ][^:()\t]{{5,119}}?):\s*(?P<value>{NUMBER})\s*\((?P<more>[^()]*)\)"
    rf"(?:,\s*(?P<earlier>(?:19|20)\d\d\s*:\s*{NUMBER}))?"
)
# "Andel elever som … Utfall: 79 % Målvärde: ≥ 82 % Utfall 2025: 77 %": a name, then its
# figures each after a label, the outcome without a year the report's own
LABEL = r"(?:Utfall|Resultat|Målvärde|Mål)(?:\s+(?:19|20)\d\d)?"
LABELLED = re.compile(
    rf"^\s*(?P<name>[A-ZÅÄÖ][^:\t]{{5,160}}?)\s+"
    rf"(?P<pairs>(?:{LABEL}\s*:\s*(?:[≥≤<>]\s*)?{NUMBER}\s*){{2,}})$"
)
PAIR = re.compile(
    rf"(?P<label>Utfall|Resultat|Målvärde|Mål)(?:\s+(?P<year>(?:19|20)\d\d))?\s*:\s*"
    rf"(?P<value>(?:[≥≤<>]\s*)?{NUMBER})"
)
TARGET = re.compile(r"^\s*(?:mål(?:värde)?)\s*:?\s*(?P<target>.+)$", re.IGNORECASE)
YEAR_VALUE = re.compile(r"^(?P<label>.*?\b(?P<year>(?:19|20)\d\d))\s*:\s*(?P<value>.+)$")
IN_CELL_RULE = "generic/kpi-in-cell"
LABELLED_RULE = "generic/kpi-labelled"
MIN_ITEMS = 2  # list items with a target or an earlier year before any is read


def kpi_lines(reading: Reading) -> list[Kpi]:
    """The KPIs a report prints as "Name: value (mål …; <period> <year>: value)" items."""
    year = str(reading.meta.year) if reading.meta and reading.meta.year else ""
    if not year:
        return []
    found: list[tuple[Kpi, bool]] = []  # each KPI, and whether its parentheses said more
    for index, line in enumerate(reading.lines):
        if "\t" in line:
            found += [(kpi, True) for kpi in _in_cells(reading, index, year)]
            continue
        if ":" not in line:
            continue  # both shapes put a colon after the name: most lines need not be tried
        item = ITEM.match(line)
        kpi = _item(reading, index, year, item.group("name"), item.group("value")) if item else None
        if item and kpi is not None:
            found.append((kpi, _read_more(kpi, item.group("more") or "")))
        elif labelled := LABELLED.match(line):
            kpi = _labelled(reading, index, year, labelled.group("name"), labelled.group("pairs"))
            if kpi is not None:
                found.append((kpi, True))
    if sum(1 for _, more in found if more) < MIN_ITEMS:
        return []
    return [kpi for kpi, _ in found]


def _in_cells(reading: Reading, index: int, year: str) -> list[Kpi]:
    """The KPIs a table row's cells print one after the other, each with its target."""
    found = []
    for cell in reading.lines[index].split("\t"):
        for item in IN_CELL.finditer(cell):
            more = ";".join(part for part in (item.group("more"), item.group("earlier")) if part)
            kpi = _item(reading, index, year, item.group("name"), item.group("value"), IN_CELL_RULE)
            if kpi is not None and _read_more(kpi, more) and kpi.target is not None:
                found.append(kpi)
    return found


def _item(reading: Reading, index: int, year: str, name: str, printed: str,
          rule: str = "generic/kpi-line") -> Kpi | None:  # fmt: skip
    """A KPI named and valued on line `index` (0-based); None when the value is no number."""
    value = parse_number(printed)
    if value is None:
        return None
    section = section_at(reading.sections, index + 1)
    return Kpi(
        name=name.strip(),
        table=reading.sections[section].heading if reading.sections else "",
        unit=unit_of(f"{name} {printed}"),
        values={year: value},
        section_index=section,
        line_start=index + 1,
        line_end=index + 1,
        found_by=rule,
    )


def _labelled(reading: Reading, index: int, year: str, name: str, pairs: str) -> Kpi | None:
    """A KPI named on a line whose figures follow, each after its label ("Utfall: 79 %
    Målvärde: ≥ 82 % Utfall 2025: 77 %"): the outcome without a year is the report's
    year's, and it must be there, with a target or another year's outcome beside it."""
    printed = {
        (m.group("label"), m.group("year") or ""): m.group("value") for m in PAIR.finditer(pairs)
    }
    own = next(
        (k for k in (("Utfall", ""), ("Resultat", ""), ("Utfall", year)) if k in printed), None
    )
    kpi = _item(reading, index, year, name, printed[own], LABELLED_RULE) if own else None
    if kpi is None:
        return None
    more = [
        f"mål {value}" if label.startswith("Mål") else f"{when}: {value}"
        for (label, when), value in printed.items()
        if (label, when) != own and (label.startswith("Mål") or when not in ("", year))
    ]
    return kpi if more and _read_more(kpi, ";".join(more)) else None


def _read_more(kpi: Kpi, more: str) -> bool:
    """The target and earlier values in an item's parentheses, put on the KPI; whether any
    was there."""
    read = False
    for part in more.split(";"):
        target = TARGET.match(part)
        earlier = YEAR_VALUE.match(part.strip())
        if (
            target
            and (number := parse_number(COMPARATOR.sub("", target.group("target")))) is not None
        ):
            kpi.target, kpi.target_raw = number, target.group("target").strip()
            kpi.target_direction = target_direction(kpi.target_raw)
            read = True
        elif earlier and (number := parse_number(earlier.group("value"))) is not None:
            kpi.values.setdefault(earlier.group("year"), number)
            read = True
    return read
