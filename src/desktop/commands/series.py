"""`namndlasaren series NAME [--municipality M] [--json]`: one KPI over every year known."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.errors import NamndlasarenError, error_line


def run(args: argparse.Namespace) -> int:
    from desktop.analysis.series import find_series
    from desktop.analysis.series_overrides import load_overrides
    from desktop.corrections.session import member_library
    from desktop.store.library import open_library

    try:
        conn = open_library(member_library())
        series = find_series(conn, args.name, args.municipality, load_overrides())
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    if series is None:
        print(f"namndlasaren: inget nyckeltal liknar {args.name!r}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(series.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"{series.name} ({series.municipality}, {series.committee})")
    disagreements = series.disagreements()
    for point in series.best_points():
        kind = "" if point.final else " (preliminärt)"
        print(f"  {point.year}: {point.value:g}{kind}  [{point.source}]")
        for other in disagreements.get(point.year, []):
            kind = "slutligt" if other.final else "preliminärt"
            print(f"        annat värde: {other.value:g} ({kind}, {other.source})")
    return 0
