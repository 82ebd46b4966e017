"""Mötesförberedelse: a meeting's questions and notes in the member's order, and where each came from.

Drag to change the order (kept in user.db); pick a question to set its status and write
the answer after the meeting. "Lägg till…" brings questions and notes already written
into the meeting. The list follows the annotations model: a question given this meeting
in the notes panel appears here at once. The summary of the chosen meeting is previewed,
printed or saved as PDF from here or from the File menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.annotate import notes
from desktop.annotate.kinds import kind_label
from desktop.ui.annotations_model import AnnotationsModel
from desktop.ui.notes_panel import STATUS_LABELS, fill_meetings, status_label
from desktop.ui.plain import count, plain_label
from desktop.ui.text_size import text_size

ID_ROLE = Qt.ItemDataRole.UserRole + 10


class NewMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt möte"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("t.ex. Socialnämnden 15 december"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.addRow(self.tr("Möte:"), self.title)
        form.addRow(self.tr("Datum:"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AddToMeetingDialog(QDialog):
    """Questions and notes not yet in this meeting, to tick and bring in."""

    def __init__(self, candidates: list[notes.Annotation], source_of: Callable[[notes.Annotation], str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lägg till i mötet"))
        self.resize(720, 520)
        intro = QLabel(self.tr("Bocka för de frågor och anteckningar som ska med till mötet."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for annotation in candidates:
            text = annotation.body or annotation.exact or annotation.goal_title or ""
            item = QListWidgetItem(
                f"{kind_label(annotation.kind)}: {_short(text)}\n{source_of(annotation)}"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, annotation.id)
            self.list.addItem(item)
        if not candidates:
            self.list.addItem(self.tr("Alla frågor och anteckningar hör redan till mötet."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [int(item.data(ID_ROLE)) for item in items
                if item.data(ID_ROLE) is not None and item.checkState() == Qt.CheckState.Checked]  # fmt: skip


class QuestionList(QListWidget):
    """Questions and notes in order; a drop reports the new order."""

    reordered = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(4)
        self.setAlternatingRowColors(True)
        self.model().rowsMoved.connect(lambda *_: self.reordered.emit(self.ids()))

    def ids(self) -> list[int]:
        return [int(self.item(i).data(ID_ROLE)) for i in range(self.count())]


class MeetingView(QWidget):
    """`print_requested`, `preview_requested`, `pdf_requested(meeting_id)`; None = all."""

    print_requested = Signal(object)
    preview_requested = Signal(object)
    pdf_requested = Signal(object)
    annotation_activated = Signal(int)

    def __init__(self, model: AnnotationsModel,
                 source_of: Callable[[notes.Annotation], str] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.model = model
        self.source_of = source_of or (lambda a: a.report_label)
        self.meeting = QComboBox()
        self.meeting.currentIndexChanged.connect(self.refresh)
        new = QPushButton(self.tr("Nytt möte…"))
        new.clicked.connect(self.on_new_meeting)
        self.add_button = QPushButton(self.tr("Lägg till frågor och anteckningar…"))
        self.add_button.clicked.connect(self.on_add_existing)
        preview_button = QPushButton(self.tr("Förhandsgranska…"))
        preview_button.clicked.connect(lambda: self.preview_requested.emit(self.meeting_id()))
        print_button = QPushButton(self.tr("Skriv ut…"))
        print_button.clicked.connect(lambda: self.print_requested.emit(self.meeting_id()))
        pdf_button = QPushButton(self.tr("Spara som PDF…"))
        pdf_button.clicked.connect(lambda: self.pdf_requested.emit(self.meeting_id()))
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(12)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Möte:")))
        choose.addWidget(self.meeting, 1)
        choose.addWidget(new)
        actions = QHBoxLayout()  # a row of its own: at a large text size one row is too wide
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        actions.addWidget(preview_button)
        actions.addWidget(print_button)
        actions.addWidget(pdf_button)
        top = QVBoxLayout()
        top.addLayout(choose)
        top.addLayout(actions)

        self.questions = QuestionList()
        self.questions.reordered.connect(self.on_reordered)
        self.questions.currentItemChanged.connect(lambda *_: self.show_question())
        self.questions.itemDoubleClicked.connect(
            lambda item: self.annotation_activated.emit(int(item.data(ID_ROLE)))
        )
        self.hint = QLabel()
        text_size().styled(self.hint, "color:#555;")
        self.hint.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.questions, 1)

        self.detail_title = plain_label()
        text_size().styled(self.detail_title, "font-weight:600;")
        self.status = QComboBox()
        for value in STATUS_LABELS:
            self.status.addItem(status_label(value), value)
        self.status.currentIndexChanged.connect(self.on_status_changed)
        self.answer = QPlainTextEdit()
        self.answer.setPlaceholderText(self.tr("Svaret från förvaltningen, efter mötet…"))
        self.answer.textChanged.connect(self.on_answer_changed)
        right = QWidget()
        form = QVBoxLayout(right)
        form.addWidget(self.detail_title)
        status_row = QHBoxLayout()
        self.status_label = QLabel(self.tr("Status:"))
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.status, 1)
        form.addLayout(status_row)
        self.answer_label = QLabel(self.tr("Svar:"))
        form.addWidget(self.answer_label)
        form.addWidget(self.answer, 1)
        self.detail = right

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        model.changed.connect(self.refresh)
        model.meetings_changed.connect(self.reload_meetings)
        self.reload_meetings()

    def meeting_id(self) -> int | None:
        data = self.meeting.currentData()
        return int(data) if data is not None else None

    def reload_meetings(self, select: int | None = None) -> None:
        current = select if select is not None else self.meeting_id()
        fill_meetings(self.meeting, self.model.meetings(), self.tr("Alla frågor"), current)
        self.refresh()

    def _items(self) -> list[notes.Annotation]:
        """The meeting's questions and notes (all questions when no meeting is chosen)."""
        meeting = self.meeting_id()
        return [
            a for a in self.model.all(meeting)
            if a.kind == "question" or (meeting is not None and (a.body or a.kind == "note"))
        ]  # fmt: skip

    def refresh(self) -> None:
        """Show the list as the model has it, keeping the member's place in it."""
        selected = self.selected_id()
        selected = self.model.store.resolve(selected) if selected is not None else None
        items = self._items()
        self.questions.blockSignals(True)
        self.questions.clear()
        number = 0
        for a in items:
            source = self.source_of(a)
            quoted = a.exact or (f"{a.kpi_name} ({a.goal_title})" if a.kpi_name else a.goal_title)
            quote = f"\n”{_short(quoted or '')}”" if quoted else ""
            if a.kind == "question":
                number += 1
                body = a.body or self.tr("(frågan är inte skriven ännu)")
                text = f"{number}. {body}{quote}\n{source} · {status_label(a.status)}"
            else:
                text = f"{kind_label(a.kind)}: {a.body}{quote}\n{source}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, a.id)
            item.setToolTip(
                self.tr("Dra för att ändra ordningen. Dubbelklicka för att visa i rapporten.")
            )
            self.questions.addItem(item)
        self.questions.blockSignals(False)
        questions = sum(1 for a in items if a.kind == "question")
        notes_count = len(items) - questions
        if items:
            parts = [count(questions, self.tr("{0} fråga"), self.tr("{0} frågor"))]
            if notes_count:
                parts.append(count(notes_count, self.tr("{0} anteckning"),
                                   self.tr("{0} anteckningar")))  # fmt: skip
            self.hint.setText(self.tr("{0}. Dra för att ändra ordningen.").format(", ".join(parts)))
        else:
            self.hint.setText(
                self.tr(
                    "Inga frågor till det här mötet ännu. Markera text i en rapport, högerklicka och "
                    "välj ”Fråga till förvaltningen…”, och välj mötet på frågan – eller lägg till "
                    "frågor du redan skrivit med ”Lägg till frågor och anteckningar…”."
                )
            )
        self.add_button.setEnabled(self.meeting_id() is not None)
        ids = self.questions.ids()
        row = ids.index(selected) if selected in ids else (0 if ids else -1)
        self.questions.setCurrentRow(row)
        self.show_question()

    def selected_id(self) -> int | None:
        item = self.questions.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def show_question(self) -> None:
        annotation_id = self.selected_id()
        annotation = self.model.get(annotation_id) if annotation_id is not None else None
        self.detail.setEnabled(annotation is not None)
        is_question = annotation is not None and annotation.kind == "question"
        for widget in (self.status, self.status_label, self.answer, self.answer_label):
            widget.setVisible(annotation is None or is_question)
        self.detail_title.setText(annotation.body if annotation else "")
        self.status.blockSignals(True)
        self.status.setCurrentIndex(
            max(0, self.status.findData(annotation.status if annotation else "öppen"))
        )
        self.status.blockSignals(False)
        answer = annotation.answer if annotation else ""
        if answer != self.answer.toPlainText() and not self.answer.hasFocus():
            self.answer.blockSignals(True)
            self.answer.setPlainText(answer)
            self.answer.blockSignals(False)

    def on_reordered(self, ids: list[int]) -> None:
        # after the drop has finished: the list is rebuilt from the model when it changes
        QTimer.singleShot(0, self, lambda: self.model.reorder(ids))

    def on_status_changed(self) -> None:
        annotation_id = self.selected_id()
        if annotation_id is not None:
            self.model.change(annotation_id, self.tr("Ändra status"),
                              status=self.status.currentData())  # fmt: skip

    def on_answer_changed(self) -> None:
        annotation_id = self.selected_id()
        if annotation_id is not None:
            self.model.update(annotation_id, answer=self.answer.toPlainText())

    def on_new_meeting(self) -> None:
        dialog = NewMeetingDialog(self)
        if dialog.exec() and dialog.title.text().strip():
            meeting_id = self.model.add_meeting(
                dialog.title.text().strip(), dialog.date.date().toString("yyyy-MM-dd")
            )
            if meeting_id is not None:
                self.reload_meetings(select=meeting_id)

    def candidates(self) -> list[notes.Annotation]:
        """Questions and notes (highlights with words) that are not in the chosen meeting."""
        meeting = self.meeting_id()
        return [a for a in self.model.all() if a.meeting_id != meeting
                and (a.kind in ("question", "note") or a.body.strip())]  # fmt: skip

    def add_existing(self, ids: list[int]) -> None:
        meeting = self.meeting_id()
        if meeting is not None and ids:
            self.model.change_many(ids, self.tr("Lägg till i mötet"), meeting_id=meeting)

    def on_add_existing(self) -> None:
        dialog = AddToMeetingDialog(self.candidates(), self.source_of, self)
        if dialog.exec():
            self.add_existing(dialog.chosen())


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
