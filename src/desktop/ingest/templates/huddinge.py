"""Huddinge's interim report layout (delårsrapport 2021).

Goals are labelled: "Målområde:" → "Kommunfullmäktigemål:" → "Nämndmål:", each with its
analysis and an "Indikatorer" table. The shared label rule reads them; this template
knows that the interim report prints no assessment per goal (only a summary table), so
no sentence of an analysis is taken for one.
"""

from __future__ import annotations

from desktop.ingest.model import Goal
from desktop.ingest.readers.goals import read_goals
from desktop.ingest.readers.reading import Reading
from desktop.ingest.templates.base import Template

LABELS = ("malomrade:", "kommunfullmaktigemal:", "namndmal:")


class Huddinge2021(Template):
    name = "huddinge-2021"
    version = 1

    def score(self, reading: Reading) -> float:
        found = {label for key in reading.folded for label in LABELS if key.startswith(label)}
        count = sum(1 for key in reading.folded if key.startswith(LABELS))
        if len(found) < 3:
            return 0.0
        return min(1.0, 0.6 + 0.02 * count)

    def goals(self, reading: Reading) -> list[Goal]:
        goals = [g for g in read_goals(reading) if g.found_by == "generic/label"]
        for goal in goals:
            goal.status, goal.status_raw = "unassessed", ""
            goal.found_by = f"{self.name}/nämndmål"
        return goals
