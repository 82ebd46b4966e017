"""One correction: an operation on what was extracted from one report, as plain data.

| op | target | value |
|---|---|---|
| report.set | {"field": municipality, committee, report_type or period} | {"value": text, or {"year", "end"} for period} |
| report.remove | {} | {} |
| goal.add | {"at": the selected title, quoted} | {"title", "status", "level": [parents]} |
| goal.remove | {"goal": goal} | {} |
| goal.set | {"goal": goal, "field": title, status or level} | {"value": text, or [parents] for level} |
| table.kind | {"table": table} | {"kind": kpi, finance or none, "finance": income_statement or by_unit} |
| kpi.set | {"kpi": kpi, "field": name, unit, target or value, "year" (value only)} | {"value": text, number or null} |
| kpi.join | {"kpi": kpi} | {"series": the name of the series it belongs to} |

A goal, KPI or table is described as extracted (targets.py): its title or name and the
line it starts on, quoted with context like an annotation. Two corrections with the same
op and target correct the same thing: the later one replaces the earlier of its origin.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, get_args

from desktop.ingest.model import GOAL_STATUSES as _GOAL_STATUSES
from desktop.ingest.model import Unit

OPS = (
    "report.set",
    "report.remove",
    "goal.add",
    "goal.remove",
    "goal.set",
    "table.kind",
    "kpi.set",
    "kpi.join",
)
REPORT_FIELDS = ("municipality", "committee", "report_type", "period")
GOAL_FIELDS = ("title", "status", "level")
KPI_FIELDS = ("name", "unit", "target", "value")
TABLE_KINDS = ("kpi", "finance", "none")
FINANCE_KINDS = ("income_statement", "by_unit")
# library: the secretary's, in library.db and shipped; own: the member's, in user.db
ORIGINS = ("library", "own")
GOAL_STATUSES = _GOAL_STATUSES
UNITS: tuple[str, ...] = get_args(Unit)
FOUND_BY = "rättelse"  # what the items a correction adds say found them


# what became of a correction when applied: applied; already (the report had it so);
# missing (its target is not in the report); gone (another correction removed the
# target); invalid (a value the app cannot use)
OUTCOMES = ("applied", "already", "missing", "gone", "invalid")


@dataclass(frozen=True)
class Outcome:
    state: str  # one of OUTCOMES
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.state in ("applied", "already")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_uuid() -> str:
    import uuid

    return f"urn:uuid:{uuid.uuid4()}"


def canonical(data: object) -> str:
    """The one JSON spelling of a value: equal data, equal text."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def target_key(op: str, target: dict[str, Any]) -> str:
    """What a correction corrects, as one string: equal keys correct the same thing."""
    return canonical({"op": op, "target": target})


@dataclass(frozen=True)
class Correction:
    """One correction of one report's extraction."""

    uuid: str
    report_sha256: str
    op: str
    target: dict[str, Any] = field(default_factory=dict)
    value: dict[str, Any] = field(default_factory=dict)
    author: str = ""
    created_at: str = ""
    report_label: str = ""  # "Helsingborg Socialnämnden: Årsbokslut 2021", when absent
    origin: str = "library"

    @property
    def key(self) -> str:
        return target_key(self.op, self.target)

    @property
    def field_name(self) -> str:
        """The field a set-operation corrects ('' for the others)."""
        return str(self.target.get("field", ""))

    def with_value(self, value: dict[str, Any], author: str) -> Correction:
        """The same correction with a new value, by `author`, now."""
        return replace(self, value=value, author=author, created_at=now())


def _text(value: object, limit: int = 2000) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= limit


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) < 1e15


def _ref(value: object, *names: str) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(n), str) for n in names)


def problem(correction: Correction) -> str | None:
    """What is wrong with a correction's target or value (Swedish, one line), or None.

    The file format's schema checks the same for a file; this checks a correction from
    anywhere (a library or user.db someone edited by hand) before it is applied.
    """
    op, target, value = correction.op, correction.target, correction.value
    field_name = target.get("field")
    new = value.get("value")
    if op not in OPS:
        return f"okänd rättelse {op!r}"
    if op == "report.set":
        if field_name not in REPORT_FIELDS:
            return f"okänt fält {field_name!r}"
        if field_name == "report_type" and new not in ("annual", "interim"):
            return f"okänd rapporttyp {new!r}"
        if field_name == "period":
            year = new.get("year") if isinstance(new, dict) else None
            end = new.get("end") if isinstance(new, dict) else None
            if not isinstance(year, int) or not 1900 <= year <= 2100 or not _date(end, year):
                return "perioden ska ha ett år och ett slutdatum (ÅÅÅÅ-MM-DD) samma år"
        elif field_name != "report_type" and not _text(new, 200):
            return f"{field_name} får inte vara tomt"
    elif op == "goal.add":
        if not _ref(target.get("at"), "exact") or not target["at"]["exact"].strip():
            return "ingen markerad text att göra till mål"
        if not _text(value.get("title")):
            return "målet har ingen titel"
        if value.get("status", "unassessed") not in GOAL_STATUSES:
            return f"okänd status {value.get('status')!r}"
        if not _parents(value.get("level", [])):
            return "nivån ska vara en lista med överordnade mål"
    elif op in ("goal.remove", "goal.set") and not _ref(target.get("goal"), "title"):
        return "målet saknas i rättelsen"
    elif op in ("kpi.set", "kpi.join") and not _ref(target.get("kpi"), "name", "table"):
        return "nyckeltalet saknas i rättelsen"
    elif op == "table.kind" and not _ref(target.get("table"), "title"):
        return "tabellen saknas i rättelsen"
    if op == "goal.set":
        if field_name not in GOAL_FIELDS:
            return f"okänt fält {field_name!r}"
        if field_name == "status" and new not in GOAL_STATUSES:
            return f"okänd status {new!r}"
        if field_name == "title" and not _text(new):
            return "målet måste ha en titel"
        if field_name == "level" and not _parents(new):
            return "nivån ska vara en lista med överordnade mål"
    if op == "table.kind":
        if value.get("kind") not in TABLE_KINDS:
            return f"okänd tabelltyp {value.get('kind')!r}"
        if value.get("finance", "income_statement") not in FINANCE_KINDS:
            return f"okänd ekonomitabell {value.get('finance')!r}"
    if op == "kpi.set":
        year = target.get("year")
        if field_name not in KPI_FIELDS:
            return f"okänt fält {field_name!r}"
        if field_name == "name" and not _text(new, 500):
            return "nyckeltalet måste ha ett namn"
        if field_name == "unit" and new not in UNITS:
            return f"okänd enhet {new!r}"
        if field_name in ("target", "value") and new is not None and not _number(new):
            return f"{new!r} är inget tal"
        if field_name == "value" and (not isinstance(year, int) or not 1900 <= year <= 2100):
            return "värdet saknar år"
    if op == "kpi.join" and not _text(value.get("series"), 500):
        return "serien att föra samman med saknas"
    return None


def _parents(value: object) -> bool:
    return isinstance(value, list) and len(value) <= 10 and all(_text(v, 500) for v in value)


def _date(value: object, year: int) -> bool:
    if not isinstance(value, str) or len(value) != 10 or value[:4] != f"{year:04d}":
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def make(
    report_sha256: str,
    op: str,
    target: dict[str, Any],
    value: dict[str, Any] | None = None,
    *,
    author: str = "",
    report_label: str = "",
    origin: str = "own",
) -> Correction:
    """A new correction, named and dated now."""
    if op not in OPS:
        raise ValueError(op)
    return Correction(new_uuid(), report_sha256, op, dict(target), dict(value or {}), author,
                      now(), report_label, origin)  # fmt: skip
