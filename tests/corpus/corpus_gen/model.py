"""A document as data: blocks to lay out, and the answer key and expected text derived from them.

Every document of the corpus is written once, as a `Doc` holding a list of blocks. The layout
back-ends (LibreOffice Writer/Calc sources, reportlab) draw the blocks; `Doc.key()` and
`Doc.expected_text()` read the same blocks, so the answer key says what the page shows.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

STATUSES = {
    "achieved",
    "partly",
    "not_achieved",
    "expected_achieved",
    "expected_not_achieved",
    "unassessed",
}


# ---------------------------------------------------------------- numbers as printed


@dataclass(frozen=True)
class NumFmt:
    """How a number is printed: decimals, thousands separator, minus sign, suffix."""

    dec: int = 0
    thou: str = " "
    minus: str = "-"
    suffix: str = ""
    plus: bool = False  # "+1 234" (some deviation columns)
    dec_sep: str = ","
    trail_minus: bool = False  # "1.250-" (a spreadsheet's negative format)

    def __call__(self, v: float | int) -> str:
        neg = v < 0
        s = f"{abs(v):,.{self.dec}f}"  # 1,234.5
        whole, _, frac = s.partition(".")
        whole = whole.replace(",", self.thou)
        s = whole + (self.dec_sep + frac if frac else "")
        if neg and float(s.replace(self.thou, "").replace(self.dec_sep, ".") or 0) != 0:
            s = s + self.minus if self.trail_minus else self.minus + s
        elif self.plus and v > 0:
            s = "+" + s
        return s + self.suffix


UNIT_POWER = re.compile(r"(?:^|[\s/(])[kcdm]?m[²³]$")  # "kWh/m²", "tusen m³": a unit


def _without_mark(label: str) -> str:
    """A KPI's name without the footnote mark after it; a unit's power stays."""
    return label if UNIT_POWER.search(label) else label.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*")


TKR = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)


@dataclass(frozen=True)
class Raw:
    """A cell printed as text that is not a value of the key (a target such as "≥ 95 %", a dash)."""

    text: str


Cell = float | int | Raw | None


@dataclass
class Col:
    """A table column. `head` holds the header lines as printed; the key joins them with a space.

    `year`: in a KPI table, the year this column's values belong to (None: not a value, e.g. a
    target). `group`: a header spanning several columns, printed above them ("Helår").
    """

    head: tuple[str, ...]
    year: str | None = None
    fmt: NumFmt | None = None
    group: str | None = None
    in_key: bool = True
    width: float | None = None  # relative width

    @property
    def name(self) -> str:
        """The header lines joined with a space; a word hyphenated at a line end ("Helårs-" /
        "prognos") is joined whole, as a reader of the page would."""
        parts = ([self.group] if self.group else []) + list(self.head)
        out = ""
        for p in parts:
            if not p:
                continue
            if out.endswith("-") and p[:1].islower() and not p.startswith(("och ", "eller ")):
                out = out[:-1] + p
            else:
                out = f"{out} {p}".strip()
        return out


@dataclass
class Row:
    label: str
    cells: list[Cell]
    total: bool = False  # printed bold / with a rule
    indent: int = 0
    in_key: bool = True
    heading: bool = False  # a row with only a label (a group heading inside the table)
    fmt: NumFmt | None = None  # row-wide format (e.g. a percent row in a finance table)
    year: str | None = None  # in a "kpi_rows" table (years as rows): the year of this row


# ---------------------------------------------------------------- blocks


@dataclass
class Block:
    def text(self) -> str:  # words a reader should get; "" for furniture
        return ""


@dataclass
class H(Block):
    level: int
    title: str
    num: str | None = None
    toc: bool = True
    style: str | None = None

    @property
    def full(self) -> str:
        return f"{self.num} {self.title}" if self.num else self.title

    def text(self) -> str:
        return self.full


@dataclass
class P(Block):
    body: str
    style: str | None = None  # "lead", "small", "title", "subtitle", "note", "quote", "meta"

    def text(self) -> str:
        return self.body


@dataclass
class Bullets(Block):
    items: list[str]

    def text(self) -> str:
        return "\n".join(self.items)


@dataclass
class Table(Block):
    label_head: tuple[str, ...]
    cols: list[Col]
    rows: list[Row]
    kind: str = "plain"  # kpi | kpi_rows (years as rows, a KPI per column) | is | unit | plain
    caption: str | None = None
    note: str | None = None
    fmt: NumFmt = TKR
    label_width: float = 2.6
    style: str | None = None
    as_image: bool = False  # drawn only as a picture (the key keeps its cells)

    def fmt_cell(self, row: Row, col: Col, v: Cell) -> str:
        if v is None:
            return ""
        if isinstance(v, Raw):
            return v.text
        f = col.fmt or row.fmt or self.fmt
        return f(v)

    def header_lines(self) -> list[list[str]]:
        """Header as a grid of lines: [label column lines, col1 lines, ...] padded at the top."""
        n = max([len(self.label_head)] + [len(c.head) for c in self.cols])
        out = []
        for h in [self.label_head] + [c.head for c in self.cols]:
            out.append([""] * (n - len(h)) + list(h))
        return out

    def groups(self) -> list[tuple[str, int]]:
        """Runs of columns under one group header: [(group or "", span), ...]."""
        out: list[tuple[str, int]] = []
        for c in self.cols:
            g = c.group or ""
            if out and out[-1][0] == g and g:
                out[-1] = (g, out[-1][1] + 1)
            else:
                out.append((g, 1))
        return out

    def text(self) -> str:
        lines = []
        if self.caption:
            lines.append(self.caption)
        if any(c.group for c in self.cols):
            lines.append("\t".join(g for g, _ in self.groups() if g))
        grid = self.header_lines()
        for i in range(len(grid[0])):
            line = "\t".join(col[i] for col in grid if col[i])
            if line:
                lines.append(line)
        for r in self.rows:
            cells = [self.fmt_cell(r, c, v) for c, v in zip(self.cols, r.cells, strict=True)]
            lines.append("\t".join([r.label] + [c for c in cells if c]))
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)


@dataclass
class PageBreak(Block):
    pass


@dataclass
class TOC(Block):
    title: str = "Innehållsförteckning"
    levels: int = 2


@dataclass
class Custom(Block):
    """A block only one back-end draws (a goal row with a coloured circle, a legend ...)."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)
    words: str = ""

    def text(self) -> str:
        return self.words


@dataclass
class Scan(Block):
    """A page that is only a picture of its blocks (a scanned page)."""

    blocks: list[Block]

    def text(self) -> str:
        return "\n\n".join(t for b in self.blocks if (t := b.text()))


# ---------------------------------------------------------------- the document


@dataclass
class Goal:
    title: str
    status: str
    status_alt: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        assert self.status in STATUSES, self.status
        assert all(s in STATUSES for s in self.status_alt)


@dataclass
class Doc:
    stem: str
    municipality: str
    committee: str
    report_type: str  # annual | interim
    year: int
    end: str  # YYYY-MM-DD
    title: str
    what: str = ""  # README: what it is
    hard: str = ""  # README: what makes it hard
    engine: str = ""
    blocks: list[Block] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)

    # -- building
    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def h(self, level: int, title: str, num: str | None = None, **kw: Any) -> H:
        b = H(level, title, num, **kw)
        self.blocks.append(b)
        return b

    def p(self, body: str, style: str | None = None) -> None:
        self.blocks.append(P(body, style))

    def bullets(self, *items: str) -> None:
        self.blocks.append(Bullets(list(items)))

    def table(self, t: Table) -> Table:
        self.blocks.append(t)
        return t

    def goal(self, title: str, status: str, *alt: str) -> Goal:
        g = Goal(title, status, list(alt))
        self.goals.append(g)
        return g

    def page_break(self) -> None:
        self.blocks.append(PageBreak())

    # -- reading back
    def all_blocks(self) -> list[Block]:
        out: list[Block] = []
        for b in self.blocks:
            out.append(b)
            if isinstance(b, Scan):
                out.extend(b.blocks)
            if isinstance(b, Custom) and "table" in b.data:
                out.append(b.data["table"])
        return out

    def key(self) -> dict[str, Any]:
        kpis: list[dict[str, Any]] = []
        inc: list[dict[str, Any]] = []
        units: list[dict[str, Any]] = []
        for t in self.all_blocks():
            if not isinstance(t, Table) or t.kind == "plain":
                continue
            if t.kind == "kpi_rows":  # years as rows: each column is one KPI
                for k, c in enumerate(t.cols):
                    vals = {
                        r.year: r.cells[k]
                        for r in t.rows
                        if r.year and r.in_key and isinstance(r.cells[k], int | float)
                    }
                    if vals and c.in_key:
                        kpis.append({"name": c.name, "values": vals})
                continue
            for r in t.rows:
                if not r.in_key or r.heading:
                    continue
                if t.kind == "kpi":
                    vals = {
                        c.year: v
                        for c, v in zip(t.cols, r.cells, strict=True)
                        if c.year and isinstance(v, int | float)
                    }
                    if vals:  # a footnote mark is not part of the name ("Andel nöjda¹")
                        kpis.append({"name": _without_mark(r.label), "values": vals})
                else:
                    cols = {
                        c.name: v
                        for c, v in zip(t.cols, r.cells, strict=True)
                        if c.in_key and isinstance(v, int | float)
                    }
                    if not cols:
                        continue
                    if t.kind == "is":
                        inc.append({"row": r.label, "columns": cols})
                    else:
                        units.append({"unit": r.label, "columns": cols})
        key: dict[str, Any] = {
            "municipality": self.municipality,
            "committee": self.committee,
            "report_type": self.report_type,
            "period": {"year": self.year, "end": self.end},
            "goals": [
                {"title": g.title, "status": g.status}
                | ({"status_alt": g.status_alt} if g.status_alt else {})
                for g in self.goals
            ],
            "kpis": kpis,
            "finance": {"income_statement": inc, "by_unit": units},
        }
        return key

    def key_json(self) -> str:
        return json.dumps(self.key(), ensure_ascii=False, indent=1) + "\n"

    def expected_text(self) -> str:
        parts = [b.text() for b in self.blocks]
        return "\n\n".join(unicodedata.normalize("NFC", p) for p in parts if p) + "\n"
