"""Att fråga om: what does not add up in a report, and a question to ask about each.

Left, the list (the report the member reads, or the whole library, by kind and committee);
right, the chosen item: one sentence, the evidence with links that open the report at the
passage, and a suggested question that one click turns into a question for a meeting (an
ordinary annotation, anchored on the evidence). The checks are desktop.analysis.flags;
this view only shows what they found, with the member's settings (ui.settings).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.analysis.flags.model import KINDS, Evidence, Flag, FlagSettings, english
from desktop.store import queries
from desktop.ui import settings as keys
from desktop.ui.annotations_model import AnnotationsModel
from desktop.ui.notes_panel import fill_meetings
from desktop.ui.plain import LinkLabel, committee_name, count, plain_label, plain_tooltip
from desktop.ui.text_size import text_size

Index = QModelIndex | QPersistentModelIndex
FLAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ASKED_ROLE = Qt.ItemDataRole.UserRole + 3

# what each kind is called in the list (context "Flags"), and its colour
KIND_LABELS = {
    "status_vs_indicators": str(QT_TRANSLATE_NOOP("Flags", "Bedömningen och nyckeltalen")),
    "preliminary_vs_final": str(QT_TRANSLATE_NOOP("Flags", "Ett värde som ändrats")),
    "text_vs_numbers": str(QT_TRANSLATE_NOOP("Flags", "Texten och siffrorna")),
    "sums": str(QT_TRANSLATE_NOOP("Flags", "En summa som inte stämmer")),
    "budget_deviation": str(QT_TRANSLATE_NOOP("Flags", "Avvikelse mot budget")),
    "continuity": str(QT_TRANSLATE_NOOP("Flags", "Borta eller omdöpt sedan förra året")),
    "trend": str(QT_TRANSLATE_NOOP("Flags", "Bort från målet tre år i rad")),
}
KIND_COLOURS = {
    "status_vs_indicators": "#c62828",
    "preliminary_vs_final": "#6a1b9a",
    "text_vs_numbers": "#ad1457",
    "sums": "#e65100",
    "budget_deviation": "#ef8a17",
    "continuity": "#1f5fa8",
    "trend": "#795548",
}
MARKER = "⚑"


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Flags", KIND_LABELS.get(kind, kind))


def language() -> str:
    """The language the UI shows: English when the English catalogue is installed (a
    flag's sentences are made in both; the one shown follows the rest of the window)."""
    source = "Att fråga om"
    return "en" if QCoreApplication.translate("MainWindow", source) != source else "sv"


class FlagsModel(QAbstractListModel):
    """The flags of the list: kind, what it is about, the sentence; asked ones marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Flag] = []
        self.asked: set[int] = set()
        self.reports: dict[int, queries.ReportRow] = {}
        self.with_report = False
        self.language = "sv"

    def set_flags(self, flags: list[Flag], asked: set[int], reports: dict[int, queries.ReportRow],
                  with_report: bool) -> None:  # fmt: skip
        self.beginResetModel()
        self.items, self.asked, self.reports = flags, asked, reports
        self.with_report, self.language = with_report, language()
        self.endResetModel()

    def set_asked(self, asked: set[int]) -> None:
        self.asked = asked
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        flag = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            head = kind_label(flag.kind)
            report = self.reports.get(flag.report_id)
            if self.with_report and report is not None:
                head += f" · {report.label}, {report.municipality}"
            if flag.id in self.asked:
                head += " · " + QCoreApplication.translate("Flags", "fråga skapad")
            return f"{head}\n{english(flag.explanation, self.language)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(english(flag.question, self.language))
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(KIND_COLOURS.get(flag.kind, "#777777"))  # a square in its colour
        if role == FLAG_ID_ROLE:
            return flag.id
        if role == KIND_ROLE:
            return flag.kind
        if role == ASKED_ROLE:
            return flag.id in self.asked
        return None


class FlagMarker(QPushButton):
    """'⚑ Att fråga om' beside a goal, KPI or row that a flag concerns; clicked, it opens
    the flag in the list. Its tooltip says what the flags say."""

    requested = Signal(int)  # flag id

    def __init__(self, flags: list[Flag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flags = flags
        lang = language()
        if len(flags) == 1:
            self.setText(f"{MARKER} " + self.tr("Att fråga om"))
        else:
            self.setText(f"{MARKER} " + self.tr("Att fråga om ({0})").format(len(flags)))
        self.setToolTip(plain_tooltip("\n\n".join(english(f.explanation, lang) for f in flags)))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        text_size().styled(
            self,
            "QPushButton { background:#fff1c9; color:#6b4400; border:1px solid #e0a800;"
            " border-radius:6px; padding:2px 10px; font-weight:600; }",
        )
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), self.sizePolicy().verticalPolicy())
        self.clicked.connect(lambda: self.requested.emit(flags[0].id))


class FlagsView(QWidget):
    """The list for one report (`show_report`) or the library; `select_flag`, `ask`."""

    evidence_opened = Signal(object)  # Evidence: open its report at the passage
    question_asked = Signal(int)  # the new annotation's id

    def __init__(self, conn: sqlite3.Connection, model: AnnotationsModel | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.conn = conn
        self.model = model
        self.report_id: int | None = None
        self.current: Flag | None = None
        self.uuids: dict[int, str] = {}  # flag id -> the id a question about it gets

        self.scope = QComboBox()
        self.scope.setToolTip(self.tr("Visa det som rör rapporten du läser, eller alla rapporter"))
        self.kind = QComboBox()
        self.kind.setToolTip(self.tr("Visa bara ett slag"))
        self.committee = QComboBox()
        self.committee.setToolTip(self.tr("Visa bara en nämnds rapporter"))
        for box in (self.scope, self.kind, self.committee):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
        settings_button = QPushButton(self.tr("Inställningar…"))
        settings_button.setToolTip(
            self.tr("Vilka slag som visas, och hur stor en avvikelse mot budget ska vara")
        )
        settings_button.clicked.connect(self.edit_settings)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Visa:")))
        top.addWidget(self.scope, 2)
        top.addWidget(self.kind, 2)
        top.addWidget(self.committee, 2)
        top.addWidget(settings_button)

        self.intro = plain_label()
        text_size().styled(self.intro, "color:#555;")
        self.list_model = FlagsModel(self)
        self.view = QListView()
        self.view.setModel(self.list_model)
        self.view.setWordWrap(True)
        self.view.setSpacing(4)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(True)
        self.view.selectionModel().currentChanged.connect(lambda current, _old: self._show(current))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.intro)
        left_layout.addWidget(self.view, 1)

        self.kind_badge = QLabel()
        self.subject = plain_label()
        text_size().scaled(self.subject, 1.15, bold=True)
        self.explanation = plain_label()
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text_size().scaled(self.explanation, 1.05)
        self.note = plain_label()
        text_size().styled(self.note, "color:#8a4b00; font-style:italic;")
        self.evidence_heading = QLabel(self.tr("Underlag – klicka för att öppna rapporten där"))
        text_size().scaled(self.evidence_heading, 1.0, bold=True)
        self.evidence_box = QVBoxLayout()
        self.question_heading = QLabel(self.tr("Fråga att ställa"))
        text_size().scaled(self.question_heading, 1.0, bold=True)
        self.question = QPlainTextEdit()
        self.question.setPlaceholderText(self.tr("Frågan, som du vill ställa den"))
        self.question.setMaximumHeight(110)
        self.meeting = QComboBox()
        self.meeting.setToolTip(self.tr("Mötet frågan ska med till"))
        self.ask_button = QPushButton(self.tr("Gör till en fråga"))
        self.ask_button.setToolTip(
            self.tr("Frågan sparas bland dina anteckningar, förankrad i underlaget, och kommer "
                    "med i mötesförberedelsen och utskriften")
        )  # fmt: skip
        self.ask_button.clicked.connect(self.ask)
        self.asked_label = plain_label()
        text_size().styled(self.asked_label, "color:#1b7f3b; font-weight:600;")
        ask_row = QHBoxLayout()
        ask_row.addWidget(QLabel(self.tr("Till möte:")))
        ask_row.addWidget(self.meeting, 1)
        ask_row.addWidget(self.ask_button)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.kind_badge, 0, Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(self.subject)
        detail_layout.addWidget(self.explanation)
        detail_layout.addWidget(self.note)
        detail_layout.addSpacing(6)
        detail_layout.addWidget(self.evidence_heading)
        detail_layout.addLayout(self.evidence_box)
        detail_layout.addSpacing(6)
        detail_layout.addWidget(self.question_heading)
        detail_layout.addWidget(self.question)
        detail_layout.addLayout(ask_row)
        detail_layout.addWidget(self.asked_label)
        detail_layout.addStretch(1)
        self.detail = detail
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(detail)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._fill_filters()
        self.scope.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.committee.currentIndexChanged.connect(self.refresh)
        if model is not None:
            model.changed.connect(self._refresh_asked)
            model.meetings_changed.connect(self._fill_meetings)
        self._fill_meetings()
        self.refresh()

    # --- what the list shows ----------------------------------------------------------

    def _fill_filters(self) -> None:
        settings = keys.flag_settings()
        for box in (self.scope, self.kind, self.committee):
            box.blockSignals(True)
        scope = self.scope.currentData() or "report"
        self.scope.clear()
        self.scope.addItem(self.tr("Rapporten du läser"), "report")
        self.scope.addItem(self.tr("Hela biblioteket"), "library")
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))
        current_kind = self.kind.currentData()
        current_owner = self.committee.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("Alla slag"), None)
        for kind in KINDS:
            if kind not in settings.off:
                self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current_kind)))
        self.committee.clear()
        self.committee.addItem(self.tr("Alla nämnder"), None)
        owners = sorted({(r.municipality, r.committee) for r in queries.list_reports(self.conn)})
        for municipality, committee in owners:
            self.committee.addItem(f"{municipality}, {committee_name(committee)}",
                                   f"{municipality}\x00{committee}")  # fmt: skip
        self.committee.setCurrentIndex(max(0, self.committee.findData(current_owner)))
        for box in (self.scope, self.kind, self.committee):
            box.blockSignals(False)

    def _fill_meetings(self) -> None:
        meetings = self.model.meetings() if self.model is not None else []
        current = self.meeting.currentData()
        if current is None and meetings:
            current = max(meetings, key=lambda m: (m[2], m[0]))[0]  # the latest meeting
        fill_meetings(self.meeting, meetings, self.tr("Inget möte än"), current)

    def show_report(self, report_id: int) -> None:
        """The list of the report the member reads."""
        self.report_id = report_id
        if self.scope.currentData() == "report":
            self.refresh()

    def show_library(self) -> None:
        self.scope.setCurrentIndex(self.scope.findData("library"))

    def settings(self) -> FlagSettings:
        return keys.flag_settings()

    def refresh(self) -> None:
        """Read the list again as the filters and the member's settings say."""
        from desktop.analysis.flags import library_flags, report_flags

        library = self.scope.currentData() == "library"
        self.committee.setVisible(library)
        settings = self.settings()
        kind = self.kind.currentData()
        reports = {r.id: r for r in queries.list_reports(self.conn)}
        if library:
            chosen = str(self.committee.currentData() or "")
            municipality, _, committee = chosen.partition("\x00")
            owner = (municipality, committee) if chosen else None
            # evidence is built for the flag shown (_show): a library has thousands
            flags = library_flags(self.conn, settings, kind, owner, build_evidence=False)
        elif self.report_id is not None and self.report_id in reports:
            flags = [f for f in report_flags(self.conn, self.report_id, settings)
                     if kind is None or f.kind == kind]  # fmt: skip
        else:
            flags = []
        self.uuids = self._uuids(flags, reports)
        selected = self.current.id if self.current is not None else None
        self.list_model.set_flags(flags, self._asked(), reports, library)
        self._intro(flags, reports, library, settings)
        ids = [f.id for f in flags]
        row = ids.index(selected) if selected in ids else (0 if ids else -1)
        if row >= 0:
            self.view.setCurrentIndex(self.list_model.index(row))
        self._show(self.list_model.index(row) if row >= 0 else QModelIndex())

    def _intro(self, flags: list[Flag], reports: dict[int, queries.ReportRow], library: bool,
               settings: FlagSettings) -> None:  # fmt: skip
        report = reports.get(self.report_id or 0)
        where = self.tr("i biblioteket") if library or report is None else report.label
        if flags:
            text = count(
                len(flags), self.tr("{0} sak att fråga om"), self.tr("{0} saker att fråga om")
            )
            self.intro.setText(
                self.tr("{0} – {1}. Varje punkt har underlag du kan öppna.").format(where, text)
            )
        else:
            self.intro.setText(
                self.tr("{0}: Nämndläsaren hittade inget att fråga om. Det betyder inte att allt "
                        "stämmer – en kontroll säger bara något när den kan visa underlag.")
                .format(where)
            )  # fmt: skip
        if settings.off:
            self.intro.setText(
                self.intro.text() + " " + self.tr("Några slag är avstängda under Inställningar.")
            )

    def _uuids(self, flags: list[Flag], reports: dict[int, queries.ReportRow]) -> dict[int, str]:
        from desktop.analysis.flags import question_uuid

        return {
            f.id: question_uuid(reports[f.report_id], f) for f in flags if f.report_id in reports
        }

    def _asked(self) -> set[int]:
        if self.model is None or not self.uuids:
            return set()
        found = self.model.by_uuid(set(self.uuids.values()))
        return {flag_id for flag_id, uuid in self.uuids.items() if uuid in found}

    def _refresh_asked(self) -> None:
        self.list_model.set_asked(self._asked())
        self._show_asked()

    # --- the chosen item ----------------------------------------------------------------

    def select_flag(self, flag_id: int) -> bool:
        """Show one flag (a marker in another view was clicked); False if not in the list."""
        ids = [f.id for f in self.list_model.items]
        if flag_id not in ids:
            self.kind.setCurrentIndex(0)
            self.show_library()
            ids = [f.id for f in self.list_model.items]
        if flag_id not in ids:
            return False
        index = self.list_model.index(ids.index(flag_id))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _show(self, index: QModelIndex) -> None:
        from desktop.analysis.flags import add_evidence

        flag = self.list_model.items[index.row()] if index.isValid() else None
        self.current = flag
        self.detail.setEnabled(flag is not None)
        _clear(self.evidence_box)
        for widget in (self.kind_badge, self.subject, self.explanation, self.note,
                       self.evidence_heading, self.question_heading, self.question,
                       self.meeting, self.ask_button):  # fmt: skip
            widget.setVisible(flag is not None)
        if flag is None:
            self.asked_label.hide()
            return
        add_evidence(self.conn, [flag])
        lang = language()
        colour = KIND_COLOURS.get(flag.kind, "#777777")
        self.kind_badge.setText(kind_label(flag.kind))
        text_size().styled(
            self.kind_badge,
            f"background:{colour}; color:white; border-radius:6px; padding:2px 10px;"
            " font-weight:600;",
        )
        self.subject.setText(flag.subject)
        self.explanation.setText(english(flag.explanation, lang))
        self.note.setText(english(flag.note, lang) if flag.note else "")
        self.note.setVisible(bool(flag.note))
        for item in flag.evidence:
            self.evidence_box.addWidget(self._evidence_link(item, lang))
        self.question.setPlainText(english(flag.question, lang))
        self._show_asked()

    def _evidence_link(self, item: Evidence, lang: str) -> QWidget:
        where = item.report_label
        if item.page:
            where += ", " + self.tr("s. {0}").format(item.page)
        label = {
            "explanation": self.tr("Rapporten skriver"),
            "status": self.tr("Bedömningen"),
            "text": self.tr("Målanalysen"),
            "total": self.tr("Summan"),
        }.get(item.role, "")
        text = english(item.text, lang)
        shown = f"{where} – {label}: ”{text}”" if label else f"{where}: {text}"
        link = LinkLabel(f"› {shown}")
        link.setToolTip(self.tr("Öppna rapporten vid stället"))
        link.clicked.connect(lambda e=item: self.evidence_opened.emit(e))
        return link

    def _show_asked(self) -> None:
        flag = self.current
        if flag is None or self.model is None:
            self.asked_label.hide()
            self.ask_button.setEnabled(self.model is not None and flag is not None)
            return
        uuid = self.uuids.get(flag.id)
        found = self.model.by_uuid({uuid}) if uuid else {}
        annotation = found.get(uuid or "")
        self.ask_button.setEnabled(annotation is None)
        if annotation is None:
            self.asked_label.hide()
            return
        meeting = next((m for m in self.model.meetings() if m[0] == annotation.meeting_id), None)
        self.asked_label.setText(
            self.tr("Frågan finns bland dina frågor, till mötet {0}.").format(f"{meeting[1]} ({meeting[2]})")
            if meeting
            else self.tr("Frågan finns bland dina frågor (inget möte valt än).")
        )  # fmt: skip
        self.asked_label.show()

    def ask(self) -> int | None:
        """Turn the chosen flag into a question: an annotation anchored on its evidence."""
        from desktop.analysis.flags import question_place

        flag = self.current
        if flag is None or self.model is None:
            return None
        place = question_place(self.conn, flag)
        if place is None:
            return None
        if self.model.by_uuid({place.uuid}):
            return None  # already asked
        body = self.question.toPlainText().strip() or english(flag.question, language())
        where: dict[str, object] = {
            "body": body,
            "meeting_id": self.meeting.currentData(),
            "goal_title": place.goal_title,
            "kpi_name": place.kpi_name,
            "annotation_uuid": place.uuid,
        }
        if place.section is not None:
            where.update(section=place.section, start=place.start, end=place.end)
        annotation_id = self.model.add(place.report, "question", "", **where)
        self.question_asked.emit(annotation_id)
        return annotation_id

    # --- settings -----------------------------------------------------------------------

    def edit_settings(self) -> FlagSettingsDialog:
        dialog = FlagSettingsDialog(keys.flag_settings(), self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.chosen()))
        dialog.open()
        return dialog

    def apply_settings(self, chosen: FlagSettings) -> None:
        keys.save_flag_settings(chosen)
        self._fill_filters()
        self.refresh()


class FlagSettingsDialog(QDialog):
    """Which kinds the list shows, and from what size a deviation from the budget counts."""

    def __init__(self, current: FlagSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar för Att fråga om"))
        form = QFormLayout(self)
        self.kinds: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox(kind_label(kind))
            box.setChecked(kind not in current.off)
            self.kinds[kind] = box
            form.addRow(box)
        self.percent = QDoubleSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setDecimals(1)
        self.percent.setSuffix(" %")
        self.percent.setValue(current.deviation_percent)
        self.mnkr = QDoubleSpinBox()
        self.mnkr.setRange(0, 10_000)
        self.mnkr.setDecimals(1)
        self.mnkr.setSuffix(" mnkr")
        self.mnkr.setValue(current.deviation_mnkr)
        hint = plain_label(
            self.tr("En avvikelse mot budget visas när den är större än båda: andelen av budgeten "
                    "och beloppet.")
        )  # fmt: skip
        text_size().styled(hint, "color:#555;")
        form.addRow(hint)
        form.addRow(self.tr("Andel av budgeten:"), self.percent)
        form.addRow(self.tr("Belopp:"), self.mnkr)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> FlagSettings:
        off = frozenset(kind for kind, box in self.kinds.items() if not box.isChecked())
        return FlagSettings(off, self.percent.value(), self.mnkr.value())


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
