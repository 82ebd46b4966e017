"""KPI rows from the tables of a report: name, table, unit, a value per year, target."""

from __future__ import annotations

import re

from desktop.ingest.model import Kpi, Section, Table, Unit
from desktop.ingest.readers.numbers import parse_number

KPI_TABLE_FIRST_CELL = re.compile(
    r"^(nyckeltal|indikatorer|indikator|nämndens mål|mätetal|tjänstegarantier|medel,? tkr)$", re.I
)
YEAR = re.compile(r"\b(19|20)\d\d\b")
TARGET_HEADER = re.compile(r"målvärde|etappmål|^mål$", re.I)
PART_YEAR = re.compile(r"^(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov)\w*\.?\s+(\d{4})$", re.I)


def unit_of(name: str) -> Unit:
    """The unit a KPI's name announces."""
    text = name.lower()
    if "%" in text or "procent" in text or text.startswith("andel"):
        return "percent"
    if "tkr" in text:
        return "tkr"
    if "dagar" in text or ("dygn" in text and not text.startswith("antal")):
        return "days"
    if "index" in text or "nki" in text or "hme" in text:
        return "index"
    if "antal" in text:
        return "count"
    return "other"


def is_kpi_table(table: Table) -> bool:
    return bool(table.header) and bool(KPI_TABLE_FIRST_CELL.match(table.header[0].strip()))


def kpis_from_table(table: Table, section_index: int = 0, caption: str = "") -> list[Kpi]:
    """One Kpi per row of a KPI table; blank cells are absent, never 0."""
    header = [h.strip() for h in table.header]
    name_col = 1 if header[:2] and header[1].lower() in ("mätetal", "indikator") else 0
    year_cols: dict[int, tuple[str, str | None]] = {}
    other_cols: dict[int, str] = {}  # "Totalt 2020-2022", "Prognos 2023": kept, not a year
    target_col = None
    for i, heading in enumerate(header):
        if i <= name_col:
            continue
        if TARGET_HEADER.search(heading):
            target_col = i
            continue
        part = PART_YEAR.match(heading)
        found = YEAR.search(heading)
        if found and re.search(r"totalt|prognos|budget", heading, re.I):
            other_cols[i] = heading
        elif found:
            year_cols[i] = (found.group(0), f"t.o.m. {part.group(1).lower()}" if part else None)
    kpis = []
    group = None
    for offset, row in enumerate(table.rows):
        cells = [c.strip() for c in row]
        if len(cells) < len(header):
            # a PDF gives no marker for a blank cell: the cells printed are the latest
            # columns (earlier years missing), so they are aligned to the right
            cells = (
                cells[: name_col + 1] + [""] * (len(header) - len(cells)) + cells[name_col + 1 :]
            )
        if name_col == 1 and cells[0]:
            group = cells[0]
        name = cells[name_col].lstrip("●•·- ").strip() if name_col < len(cells) else ""
        if not name:
            continue
        values: dict[str, float] = {}
        note = None
        for col, (year, part_note) in year_cols.items():
            value = parse_number(cells[col]) if col < len(cells) else None
            if value is not None:
                values[year] = value
                note = part_note or note
        others = {
            heading: value
            for col, heading in other_cols.items()
            if col < len(cells) and (value := parse_number(cells[col])) is not None
        }
        target_raw = (
            cells[target_col] if target_col is not None and target_col < len(cells) else None
        )
        kpis.append(
            Kpi(
                name=name,
                table=caption or table.title or header[0],
                unit=unit_of(
                    " ".join([name, header[0], *(cells[c] for c in year_cols if c < len(cells))])
                ),
                values=values,
                other_columns=others,
                target=parse_number(target_raw) if target_raw else None,
                target_raw=target_raw or None,
                period_note=note,
                group=group if name_col == 1 else None,
                section_index=section_index,
                line_start=table.line_start + 1 + offset,
                line_end=table.line_start + 1 + offset,
            )
        )
    return kpis


def extract_kpis(sections: list[Section]) -> list[Kpi]:
    """KPI rows from every KPI table of the report, captioned by the paragraph above."""
    kpis: list[Kpi] = []
    for index, section in enumerate(sections):
        caption = section.heading
        for block in section.blocks:
            if block.kind == "text" and len(block.text) < 80 and not re.search(r"[:.]", block.text):
                caption = block.text
            if block.table is not None and is_kpi_table(block.table):
                first = block.table.header[0].strip()
                # "Nyckeltal" and "Medel, tkr" tables are named by the line above them
                # ("Väntetid"); "Indikatorer" and "Tjänstegarantier" by their own first cell.
                named_above = first.lower() in ("nyckeltal", "nämndens mål") or "tkr" in first
                name = block.table.title or (caption if named_above else first)
                kpis.extend(kpis_from_table(block.table, index, name))
    return kpis
