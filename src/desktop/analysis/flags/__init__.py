"""'Att fråga om': checks that point at what does not add up in a committee's reports.

Plain Python over library.db (no Qt). The checks, one module each:

- check_status: a goal assessed achieved while one of its KPIs missed its target, or not
  achieved while all met theirs;
- check_restated: one KPI and year printed with different values in two reports
  (preliminary vs final, or a restated history);
- check_text: a sentence of a goal's analysis whose number or direction its KPI contradicts;
- check_finance: rows that do not add up to their total or result, and budget deviations
  with the paragraph that explains them;
- check_continuity: a goal or KPI of last year's report missing or renamed this year;
- check_trend: a KPI that moved away from its target three years in a row.

A check raises a flag only with evidence the member can open; what it cannot decide (no
target, an unreadable value, an ambiguous match) it leaves alone. `store` keeps the flags
in library.db and recomputes a committee's when its data changed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The public names and the module each comes from: imported when first used, so that
# `desktop.analysis.flags.model` (the settings read it at start-up) pulls in no checks.
_WHERE = {
    "Passage": "anchors", "QuestionPlace": "anchors", "locate": "anchors",
    "question_place": "anchors", "question_uuid": "anchors", "flags_json": "contract",
    "CONTINUITY": "model", "DEVIATION": "model", "KINDS": "model", "RESTATED": "model",
    "STATUS": "model", "SUMS": "model", "TEXT": "model", "TREND": "model", "Evidence": "model",
    "Flag": "model", "FlagSettings": "model", "Say": "model", "english": "model",
    "add_evidence": "store", "compute": "store", "ensure_fresh": "store", "finance_flags": "store", "flags_about": "store", "get_flag": "store",
    "library_flags": "store", "owner_of": "store", "refresh": "store", "report_flags": "store",
}  # fmt: skip

if TYPE_CHECKING:
    from desktop.analysis.flags.anchors import (
        Passage,
        QuestionPlace,
        locate,
        question_place,
        question_uuid,
    )
    from desktop.analysis.flags.contract import flags_json
    from desktop.analysis.flags.model import (
        CONTINUITY,
        DEVIATION,
        KINDS,
        RESTATED,
        STATUS,
        SUMS,
        TEXT,
        TREND,
        Evidence,
        Flag,
        FlagSettings,
        Say,
        english,
    )
    from desktop.analysis.flags.store import (
        add_evidence,
        compute,
        ensure_fresh,
        finance_flags,
        flags_about,
        get_flag,
        library_flags,
        owner_of,
        refresh,
        report_flags,
    )


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'desktop.analysis.flags' has no attribute {name!r}")
    return getattr(importlib.import_module(f"desktop.analysis.flags.{_WHERE[name]}"), name)


__all__ = [
    "CONTINUITY",
    "DEVIATION",
    "Evidence",
    "Flag",
    "FlagSettings",
    "KINDS",
    "Passage",
    "QuestionPlace",
    "RESTATED",
    "STATUS",
    "SUMS",
    "Say",
    "TEXT",
    "TREND",
    "add_evidence",
    "compute",
    "english",
    "ensure_fresh",
    "finance_flags",
    "flags_about",
    "flags_json",
    "get_flag",
    "library_flags",
    "locate",
    "owner_of",
    "question_place",
    "question_uuid",
    "refresh",
    "report_flags",
]
