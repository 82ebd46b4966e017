"""Corrections of what the readers extracted: data applied over every extraction.

The committee secretary (in library.db, shipped with the library) and each member (in
user.db, their own copy) correct a report once: its metadata, its goals, which tables
are KPI or finance tables, a KPI's name, unit, target or values, a report removed. A
correction is an operation keyed by the report's SHA-256 and a stable description of its
target (model.py, targets.py); applying them (apply.py) writes the corrected rows into
library.db, keeping the rows as extracted (journal.py) so that each can be undone and
all re-applied after the report is read again. A correction whose target is gone is
listed, never dropped and never applied to a look-alike.
"""
