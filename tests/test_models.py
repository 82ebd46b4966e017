"""Every custom Qt model passes pytest-qt's model tester (habit 10), on real data."""

from __future__ import annotations

from pathlib import Path

from desktop.analysis.compare import compare_reports, default_pair
from desktop.store import queries
from desktop.store.library import open_library
from desktop.ui.frame_model import Column, RecordsModel, number
from desktop.ui.goals_overview import grid_model
from desktop.ui.reader import TableModel


def test_reader_table_model(qtmodeltester, built_library: Path) -> None:  # type: ignore[no-untyped-def]
    conn = open_library(built_library)
    tables = [
        block.table
        for report in queries.list_reports(conn)
        for section in queries.report_sections(conn, report.id)
        for block in section.blocks
        if block.table is not None
    ]
    assert len(tables) > 10
    for table in tables:
        model = TableModel(table)
        qtmodeltester.check(model)
        if model.rowCount():
            model.set_search(["2021"])  # the search highlight changes data, not shape
            model.set_current((0, 0))
            qtmodeltester.check(model)


def test_records_model_of_the_comparison(qtmodeltester, built_library: Path) -> None:  # type: ignore[no-untyped-def]
    conn = open_library(built_library)
    pair = default_pair(queries.list_reports(conn))
    assert pair is not None
    comparison = compare_reports(conn, pair[0].id, pair[1].id)
    for frame in (comparison.kpis, comparison.finance):
        assert frame is not None
        records = frame.to_dict("records")
        columns = [Column(str(key), str(key), number if key in ("left", "right") else str,
                          numeric=key in ("left", "right")) for key in frame.columns]  # fmt: skip
        qtmodeltester.check(RecordsModel(columns, records))
    qtmodeltester.check(RecordsModel([], []))


def test_goals_grid_model(qtmodeltester, built_library: Path) -> None:  # type: ignore[no-untyped-def]
    conn = open_library(built_library)
    owners = {(r.municipality, r.committee) for r in queries.list_reports(conn)}
    for owner in sorted(owners):
        model = grid_model(conn, *owner)
        assert model.rowCount() > 0
        qtmodeltester.check(model)
