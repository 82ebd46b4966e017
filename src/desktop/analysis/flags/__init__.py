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

from desktop.analysis.flags.anchors import Passage, QuestionPlace, locate, question_place
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
)
from desktop.analysis.flags.store import (
    compute,
    ensure_fresh,
    flags_about,
    get_flag,
    library_flags,
    refresh,
    report_flags,
)

__all__ = [
    "CONTINUITY",
    "DEVIATION",
    "KINDS",
    "RESTATED",
    "STATUS",
    "SUMS",
    "TEXT",
    "TREND",
    "Evidence",
    "Flag",
    "FlagSettings",
    "Passage",
    "QuestionPlace",
    "compute",
    "ensure_fresh",
    "flags_about",
    "flags_json",
    "get_flag",
    "library_flags",
    "locate",
    "question_place",
    "refresh",
    "report_flags",
]
