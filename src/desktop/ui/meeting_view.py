"""Mötesförberedelse: a meeting's questions in the member's order, with where each came from.

Drag a question to change the order (kept in user.db); pick one to set its status and
write the answer after the meeting. The summary of the chosen meeting is printed or
saved as PDF from here or from the File menu.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
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
from desktop.ui.notes_panel import STATUS_LABELS, status_label

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


class QuestionList(QListWidget):
    """Questions in order; a drop reports the new order."""

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
    """`print_requested(meeting_id)`, `pdf_requested(meeting_id)`; meeting None = all questions."""

    print_requested = Signal(object)
    pdf_requested = Signal(object)
    annotation_activated = Signal(int)

    def __init__(self, user: sqlite3.Connection,
                 source_of: Callable[[notes.Annotation], str] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.user = user
        self.source_of = source_of or (lambda a: a.report_label)
        self.meeting = QComboBox()
        self.meeting.currentIndexChanged.connect(self.refresh)
        new = QPushButton(self.tr("Nytt möte…"))
        new.clicked.connect(self.on_new_meeting)
        print_button = QPushButton(self.tr("Skriv ut…"))
        print_button.clicked.connect(lambda: self.print_requested.emit(self.meeting_id()))
        pdf_button = QPushButton(self.tr("Spara som PDF…"))
        pdf_button.clicked.connect(lambda: self.pdf_requested.emit(self.meeting_id()))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Möte:")))
        top.addWidget(self.meeting, 1)
        top.addWidget(new)
        top.addSpacing(24)
        top.addWidget(print_button)
        top.addWidget(pdf_button)

        self.questions = QuestionList()
        self.questions.reordered.connect(self.on_reordered)
        self.questions.currentItemChanged.connect(lambda *_: self.show_question())
        self.questions.itemDoubleClicked.connect(
            lambda item: self.annotation_activated.emit(int(item.data(ID_ROLE)))
        )
        self.hint = QLabel()
        self.hint.setStyleSheet("color:#555;")
        self.hint.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.questions, 1)

        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("font-weight:600;")
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
        status_row.addWidget(QLabel(self.tr("Status:")))
        status_row.addWidget(self.status, 1)
        form.addLayout(status_row)
        form.addWidget(QLabel(self.tr("Svar:")))
        form.addWidget(self.answer, 1)
        self.detail = right

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload_meetings()

    def meeting_id(self) -> int | None:
        data = self.meeting.currentData()
        return int(data) if data is not None else None

    def reload_meetings(self, select: int | None = None) -> None:
        current = select if select is not None else self.meeting_id()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        self.meeting.addItem(self.tr("Alla frågor"), None)
        for meeting_id, title, date in notes.meetings(self.user):
            self.meeting.addItem(f"{title} ({date})", meeting_id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(current)))
        self.meeting.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        questions = [a for a in notes.all_annotations(self.user, self.meeting_id())
                     if a.kind == "question"]  # fmt: skip
        self.questions.clear()
        for number, q in enumerate(questions, start=1):
            source = self.source_of(q)
            quote = (
                f"\n”{_short(q.exact or q.goal_title or '')}”" if (q.exact or q.goal_title) else ""
            )
            body = q.body or self.tr("(frågan är inte skriven ännu)")
            item = QListWidgetItem(f"{number}. {body}{quote}\n{source} · {status_label(q.status)}")
            item.setData(ID_ROLE, q.id)
            item.setToolTip(
                self.tr("Dra för att ändra ordningen. Dubbelklicka för att visa i rapporten.")
            )
            self.questions.addItem(item)
        self.hint.setText(
            self.tr("{0} frågor. Dra för att ändra ordningen.").format(len(questions))
            if questions
            else self.tr(
                "Inga frågor till det här mötet ännu. Markera text i en rapport, högerklicka och "
                "välj ”Fråga till förvaltningen…”, och välj mötet på frågan."
            )
        )
        if questions:
            self.questions.setCurrentRow(0)
        self.show_question()

    def selected_id(self) -> int | None:
        item = self.questions.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def show_question(self) -> None:
        annotation_id = self.selected_id()
        annotation = notes.get(self.user, annotation_id) if annotation_id else None
        self.detail.setEnabled(annotation is not None)
        for widget in (self.status, self.answer):
            widget.blockSignals(True)
        self.detail_title.setText(annotation.body if annotation else "")
        self.status.setCurrentIndex(
            max(0, self.status.findData(annotation.status if annotation else "öppen"))
        )
        self.answer.setPlainText(annotation.answer if annotation else "")
        for widget in (self.status, self.answer):
            widget.blockSignals(False)

    def on_reordered(self, ids: list[int]) -> None:
        notes.reorder(self.user, ids)
        self.refresh_numbers()

    def refresh_numbers(self) -> None:
        selected = self.selected_id()
        self.refresh()
        for row in range(self.questions.count()):
            if self.questions.item(row).data(ID_ROLE) == selected:
                self.questions.setCurrentRow(row)

    def on_status_changed(self) -> None:
        annotation_id = self.selected_id()
        if annotation_id is not None:
            notes.update(self.user, annotation_id, status=self.status.currentData())
            self.refresh_numbers()

    def on_answer_changed(self) -> None:
        annotation_id = self.selected_id()
        if annotation_id is not None:
            notes.update(self.user, annotation_id, answer=self.answer.toPlainText())

    def on_new_meeting(self) -> None:
        dialog = NewMeetingDialog(self)
        if dialog.exec() and dialog.title.text().strip():
            meeting_id = notes.add_meeting(
                self.user, dialog.title.text().strip(), dialog.date.date().toString("yyyy-MM-dd")
            )
            self.reload_meetings(select=meeting_id)


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
