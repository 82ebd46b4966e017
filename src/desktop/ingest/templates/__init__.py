"""The layouts the readers know, and the generic reading for every other report.

Each template scores a report by its own markers; the highest score at or above
THRESHOLD reads it, otherwise the generic template does (and says so in the warnings).
Shared code never names a template: a new layout is a new module listed here.
"""

from __future__ import annotations

from desktop.ingest.readers.reading import Reading
from desktop.ingest.templates.base import Template
from desktop.ingest.templates.helsingborg import Helsingborg2018
from desktop.ingest.templates.helsingborg_styrkort import HelsingborgStyrkort
from desktop.ingest.templates.huddinge import Huddinge2021

TEMPLATES: tuple[Template, ...] = (Helsingborg2018(), HelsingborgStyrkort(), Huddinge2021())
GENERIC = Template()
THRESHOLD = 0.5


def pick(reading: Reading) -> tuple[Template, float]:
    """The template that reads this report, and its score (the generic one's is 0)."""
    scored = sorted(((t.score(reading), t) for t in TEMPLATES), key=lambda s: -s[0])
    if scored and scored[0][0] >= THRESHOLD:
        return scored[0][1], scored[0][0]
    return GENERIC, 0.0


def by_name(name: str) -> Template | None:
    return next((t for t in (*TEMPLATES, GENERIC) if t.name == name), None)


def template_versions() -> dict[str, int]:
    """Each template's name and version, the generic one's included."""
    return {t.name: t.version for t in (*TEMPLATES, GENERIC)}


def registry_signature() -> str:
    """The templates there are, as stored with a library: when one is added, the reports
    the generic template read are read again (the new one may know them)."""
    return ",".join(sorted(f"{name}:{version}" for name, version in template_versions().items()))
