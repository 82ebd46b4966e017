"""The library as a tree: Kommun → Nämnd → Rapport, newest report first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.store.queries import ReportRow
from desktop.ui.plain import committee_name, plain_tooltip

REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def library_tree(reports: list[ReportRow]) -> QStandardItemModel:
    """Items for municipalities and committees (sorted) holding report items (newest first)."""
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([QCoreApplication.translate("LibraryTree", "Bibliotek")])
    owners: dict[str, QStandardItem] = {}
    committees: dict[tuple[str, str], QStandardItem] = {}
    ordered = sorted(
        reports, key=lambda r: (r.municipality, r.committee, r.period_end), reverse=True
    )
    ordered.sort(key=lambda r: (r.municipality, r.committee))  # stable: newest first within
    for report in ordered:
        if report.municipality not in owners:
            item = QStandardItem(report.municipality)
            item.setEditable(False)
            owners[report.municipality] = item
            model.appendRow(item)
        key = (report.municipality, report.committee)
        if key not in committees:
            item = QStandardItem(committee_name(report.committee))
            item.setEditable(False)
            committees[key] = item
            owners[report.municipality].appendRow(item)
        leaf = QStandardItem(report.label)
        leaf.setEditable(False)
        leaf.setToolTip(plain_tooltip(report.title))
        leaf.setData(report.id, REPORT_ID_ROLE)
        committees[key].appendRow(leaf)
    return model


def find_report_item(model: QStandardItemModel, report_id: int) -> QStandardItem | None:
    for row in range(model.rowCount()):
        owner = model.item(row)
        for c in range(owner.rowCount()):
            committee = owner.child(c)
            for r in range(committee.rowCount()):
                leaf = committee.child(r)
                if leaf.data(REPORT_ID_ROLE) == report_id:
                    return leaf
    return None
