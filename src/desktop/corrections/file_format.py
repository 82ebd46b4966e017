"""The corrections file: the secretary's (or a member's) corrections as JSON, between laptops
and in scripts (`namndlasaren corrections export / import`, docs/corrections.md).

A file is checked whole before anything is written: against SCHEMA (JSON Schema 2020-12,
which docs/corrections.md documents field by field), then each correction's values as
the app applies them (model.problem). A problem is one line naming the file, the
correction and the place (CorrectionsFileError); nothing is imported then.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.corrections.model import (
    FINANCE_KINDS,
    GOAL_FIELDS,
    KPI_FIELDS,
    OPS,
    REPORT_FIELDS,
    TABLE_KINDS,
    Correction,
    now,
    problem,
)
from desktop.errors import NamndlasarenError

FORMAT = "namndlasaren-corrections"
VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_CORRECTIONS = 100_000
STATUSES = ["achieved", "partly", "not_achieved", "expected_achieved",
            "expected_not_achieved", "unassessed"]  # fmt: skip
UNITS = ["percent", "count", "days", "index", "tkr", "other"]


class CorrectionsFileError(NamndlasarenError):
    """A corrections file that cannot be read as one; nothing was imported."""


def _text(limit: int = 2000) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": limit, "pattern": r"\S"}


def _op(op: str, target: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    return {
        "if": {"properties": {"op": {"const": op}}},
        "then": {"properties": {"target": target, "value": value}},
    }


def _object(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required,
            "additionalProperties": False}  # fmt: skip


_NUMBER_OR_NULL = {"type": ["number", "null"]}
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Nämndläsaren corrections",
    "type": "object",
    "required": ["format", "version", "corrections"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "exported_at": {"type": "string", "maxLength": 40},
        "corrections": {
            "type": "array",
            "maxItems": MAX_CORRECTIONS,
            "items": {"$ref": "#/$defs/correction"},
        },
    },
    "$defs": {
        "quote": _object(
            {
                "exact": _text(150_000),
                "prefix": {"type": "string", "maxLength": 10_000},
                "suffix": {"type": "string", "maxLength": 10_000},
                "start": {"type": ["integer", "null"], "minimum": 0},
                "end": {"type": ["integer", "null"], "minimum": 0},
            },
            ["exact"],
        ),
        "goal": _object({"title": _text(), "at": {"$ref": "#/$defs/quote"}}, ["title", "at"]),
        "kpi": _object(
            {
                "name": _text(),
                "table": {"type": "string", "maxLength": 2000},
                "at": {"$ref": "#/$defs/quote"},
            },
            ["name", "table", "at"],
        ),
        "table": _object(
            {
                "title": {"type": "string", "maxLength": 2000},
                "header": {
                    "type": "array",
                    "maxItems": 100,
                    "items": {"type": "string", "maxLength": 2000},
                },
                "at": {"$ref": "#/$defs/quote"},
            },
            ["title", "header", "at"],
        ),  # fmt: skip
        "level": {"type": "array", "maxItems": 10, "items": _text(500)},
        "report": _object(
            {
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "label": {"type": "string", "maxLength": 500},
            },
            ["sha256"],
        ),
        "correction": {
            "type": "object",
            "required": ["id", "report", "op", "target", "value"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string", "pattern": "^urn:uuid:[0-9a-fA-F-]{36}$"},
                "report": {"$ref": "#/$defs/report"},
                "op": {"enum": list(OPS)},
                "target": {"type": "object"},
                "value": {"type": "object"},
                "author": {"type": "string", "maxLength": 200},
                "created_at": {"type": "string", "maxLength": 40},
            },
            "allOf": [
                _op(
                    "report.set",
                    _object({"field": {"enum": list(REPORT_FIELDS)}}, ["field"]),
                    _object({"value": {"type": ["string", "object"]}}, ["value"]),
                ),
                _op("report.remove", _object({}, []), _object({}, [])),
                _op(
                    "goal.add",
                    _object({"at": {"$ref": "#/$defs/quote"}}, ["at"]),
                    _object(
                        {
                            "title": _text(),
                            "status": {"enum": STATUSES},
                            "level": {"$ref": "#/$defs/level"},
                        },
                        ["title"],
                    ),
                ),  # fmt: skip
                _op(
                    "goal.remove",
                    _object({"goal": {"$ref": "#/$defs/goal"}}, ["goal"]),
                    _object({}, []),
                ),  # fmt: skip
                _op(
                    "goal.set",
                    _object(
                        {"goal": {"$ref": "#/$defs/goal"}, "field": {"enum": list(GOAL_FIELDS)}},
                        ["goal", "field"],
                    ),
                    _object({"value": {"type": ["string", "array"]}}, ["value"]),
                ),  # fmt: skip
                _op(
                    "table.kind",
                    _object({"table": {"$ref": "#/$defs/table"}}, ["table"]),
                    _object(
                        {
                            "kind": {"enum": list(TABLE_KINDS)},
                            "finance": {"enum": list(FINANCE_KINDS)},
                        },
                        ["kind"],
                    ),
                ),  # fmt: skip
                _op(
                    "kpi.set",
                    _object(
                        {
                            "kpi": {"$ref": "#/$defs/kpi"},
                            "field": {"enum": list(KPI_FIELDS)},
                            "year": {"type": "integer", "minimum": 1900, "maximum": 2100},
                        },
                        ["kpi", "field"],
                    ),
                    _object({"value": {"type": ["string", "number", "null"]}}, ["value"]),
                ),  # fmt: skip
                _op(
                    "kpi.join",
                    _object({"kpi": {"$ref": "#/$defs/kpi"}}, ["kpi"]),
                    _object({"series": _text(500)}, ["series"]),
                ),
            ],
        },
    },
}


def to_json(corrections: list[Correction]) -> dict[str, Any]:
    """The file's content for these corrections."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now(),
        "corrections": [
            {
                "id": c.uuid,
                "report": {"sha256": c.report_sha256, "label": c.report_label},
                "op": c.op,
                "target": c.target,
                "value": c.value,
                "author": c.author,
                "created_at": c.created_at,
            }
            for c in corrections
        ],
    }


def write(path: Path, corrections: list[Correction]) -> None:
    """Write the file whole or not at all (a temporary file renamed into place)."""
    import os

    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(
        json.dumps(to_json(corrections), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    os.replace(tmp, path)


_READABLE = {
    "required": "ett fält saknas",
    "additionalProperties": "ett fält som formatet inte har",
    "enum": "ett värde som formatet inte har",
    "const": "fel värde",
    "type": "fel typ",
    "pattern": "fel form",
    "minLength": "tomt",
    "maxLength": "för långt",
    "maxItems": "för många",
    "minimum": "för litet",
    "maximum": "för stort",
}


def _where(path: list[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "filen"


def _schema_problem(data: object) -> str | None:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(SCHEMA)
    error = best_match(validator.iter_errors(data))
    if error is None:
        return None
    path = list(error.absolute_path)
    number = f"rättelse {path[1] + 1}: " if len(path) > 1 and path[0] == "corrections" else ""
    what = _READABLE.get(str(error.validator), "ogiltigt")
    detail = " ".join(str(error.message).split())[:160]
    return f"{number}{_where(path)}: {what} ({detail})"


def read(path: Path, origin: str = "library") -> list[Correction]:
    """Every correction in the file, checked; CorrectionsFileError on any problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CorrectionsFileError(
                f"{path}: filen är för stor ({size // (1024 * 1024)} MB; högst"
                f" {MAX_FILE_BYTES // (1024 * 1024)} MB)"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise CorrectionsFileError(f"{path}: kan inte läsas ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise CorrectionsFileError(f"{path}: inte UTF-8-text") from exc
    except json.JSONDecodeError as exc:
        raise CorrectionsFileError(
            f"{path}: inte JSON ({exc.msg}, rad {exc.lineno} kolumn {exc.colno})"
        ) from exc
    except RecursionError as exc:
        raise CorrectionsFileError(f"{path}: inte JSON (för djupt nästlad)") from exc
    wrong = _schema_problem(data)
    if wrong is not None:
        raise CorrectionsFileError(f"{path}: inte en rättelsefil från Nämndläsaren: {wrong}")
    out: list[Correction] = []
    seen: set[str] = set()
    for number, item in enumerate(data["corrections"], start=1):
        correction = Correction(
            item["id"], item["report"]["sha256"], item["op"], item["target"], item["value"],
            item.get("author", ""), item.get("created_at", "") or now(),
            item["report"].get("label", ""), origin,
        )  # fmt: skip
        wrong = problem(correction)
        if wrong is not None:
            raise CorrectionsFileError(f"{path}: rättelse {number}: {wrong}")
        if correction.uuid in seen:
            raise CorrectionsFileError(
                f"{path}: rättelse {number}: id {correction.uuid} finns redan tidigare i filen"
            )
        seen.add(correction.uuid)
        out.append(correction)
    return out
