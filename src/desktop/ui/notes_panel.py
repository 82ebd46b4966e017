"""The side panel of the open report's notes; everything typed is saved as it is typed.

Each note is a card: what kind it is, the quoted passage, the member's text, and for a
question its status and meeting. Clicking the quote scrolls the reader to the passage.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.annotate import notes
from desktop.ui.reader import HIGHLIGHT_COLOURS, KIND_BACKGROUND

STATUS_LABELS = {
    "öppen": QT_TRANSLATE_NOOP("NoteStatus", "Öppen"),
    "ställd": QT_TRANSLATE_NOOP("NoteStatus", "Ställd"),
    "besvarad": QT_TRANSLATE_NOOP("NoteStatus", "Besvarad"),
}


def status_label(status: str | None) -> str:
    """A question's status as the member reads it ("öppen" → "Öppen" / "Open")."""
    return QCoreApplication.translate("NoteStatus", str(STATUS_LABELS.get(status or "öppen", "")))


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "highlight": QCoreApplication.translate("Notes", "Markering"),
        "note": QCoreApplication.translate("Notes", "Anteckning"),
        "question": QCoreApplication.translate("Notes", "Fråga till förvaltningen"),
    }.get(kind, kind)


class QuoteLabel(QLabel):
    """The quoted passage; a click shows it in the report."""

    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setStyleSheet("font-style:italic; color:#333;")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit()


class NoteCard(QFrame):
    """One annotation, editable in place."""

    activated = Signal(int)
    deleted = Signal(int)

    def __init__(self, user: sqlite3.Connection, annotation: notes.Annotation,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.user = user
        self.annotation_id = annotation.id
        colour = KIND_BACKGROUND.get(annotation.kind) or HIGHLIGHT_COLOURS.get(
            annotation.colour, "#fff3a0"
        )
        self.setObjectName("noteCard")
        self.setStyleSheet(
            f"#noteCard {{ background: white; border: 1px solid #d0d0d0;"
            f" border-left: 5px solid {colour}; border-radius: 3px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        title = QLabel(f"<b>{kind_label(annotation.kind)}</b>")
        top.addWidget(title)
        top.addStretch(1)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Ta bort"))
        remove.setAutoRaise(True)
        remove.clicked.connect(self.on_remove)
        top.addWidget(remove)
        layout.addLayout(top)
        quote_text = annotation.exact or annotation.goal_title or ""
        if annotation.kpi_name:
            quote_text = f"{annotation.kpi_name} ({annotation.goal_title})"
        if quote_text:
            quote = QuoteLabel(f"”{_elide(quote_text, 160)}”")
            quote.setToolTip(self.tr("Visa i rapporten"))
            quote.clicked.connect(lambda: self.activated.emit(self.annotation_id))
            layout.addWidget(quote)
            self.quote = quote
        if annotation.about_whole_report:
            whole = QLabel(self.tr("Om hela rapporten"))
            whole.setStyleSheet("font-style:italic; color:#333;")
            layout.addWidget(whole)
        if annotation.tags:
            tags = QLabel(self.tr("Taggar: {0}").format(", ".join(annotation.tags)))
            tags.setTextFormat(Qt.TextFormat.PlainText)
            tags.setWordWrap(True)
            tags.setStyleSheet("color:#555;")
            layout.addWidget(tags)
        if annotation.orphaned:
            lost = QLabel(self.tr("Kunde inte placeras i rapportens nya version"))
            lost.setStyleSheet("color:#b00020;")
            layout.addWidget(lost)
        self.body = QPlainTextEdit(annotation.body)
        self.body.setPlaceholderText(
            self.tr("Skriv din fråga här…")
            if annotation.kind == "question"
            else self.tr("Skriv en anteckning…")
        )
        self.body.setFixedHeight(72)
        self.body.textChanged.connect(self.on_body_changed)
        layout.addWidget(self.body)
        if annotation.kind == "question":
            row = QHBoxLayout()
            self.status = QComboBox()
            for value in STATUS_LABELS:
                self.status.addItem(status_label(value), value)
            self.status.setCurrentIndex(max(0, self.status.findData(annotation.status)))
            self.status.currentIndexChanged.connect(
                lambda _: notes.update(
                    self.user, self.annotation_id, status=self.status.currentData()
                )
            )
            row.addWidget(QLabel(self.tr("Status:")))
            row.addWidget(self.status)
            self.meeting = QComboBox()
            self.meeting.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.meeting.setMinimumContentsLength(8)
            self.meeting.addItem(self.tr("Inget möte"), None)
            for meeting_id, meeting_title, date in notes.meetings(user):
                self.meeting.addItem(f"{meeting_title} ({date})", meeting_id)
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(annotation.meeting_id)))
            self.meeting.currentIndexChanged.connect(
                lambda _: notes.update(
                    self.user, self.annotation_id, meeting_id=self.meeting.currentData()
                )
            )
            row.addWidget(self.meeting, 1)
            layout.addLayout(row)

    def on_body_changed(self) -> None:
        # written at once: a crash a moment later loses nothing (user.db is synchronous=FULL)
        notes.update(self.user, self.annotation_id, body=self.body.toPlainText())

    def on_remove(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Ta bort"), self.tr("Ta bort anteckningen? Det går inte att ångra.")
        )
        if answer == QMessageBox.StandardButton.Yes:
            notes.delete(self.user, self.annotation_id)
            self.deleted.emit(self.annotation_id)


class NotesPanel(QWidget):
    """The notes of the open report, newest passage order; `annotation_activated(id)`."""

    annotation_activated = Signal(int)
    changed = Signal()

    def __init__(self, user: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.report_sha: str | None = None
        self.cards: dict[int, NoteCard] = {}
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setStyleSheet("color:#555;")
        self.orphan_button = QPushButton()
        self.orphan_button.setStyleSheet("color:#b00020; text-align:left;")
        self.orphan_button.setFlat(True)
        self.orphan_button.hide()
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list)
        self.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.orphan_button)
        layout.addWidget(scroll, 1)
        self.show_report(None)

    def show_report(self, report_sha: str | None) -> None:
        self.report_sha = report_sha
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = {}
        annotations = notes.for_report(self.user, report_sha) if report_sha else []
        annotations.sort(key=lambda a: (a.orphaned, a.start if a.start is not None else -1))
        for annotation in annotations:
            self._add_card(annotation)
        self.list_layout.addStretch(1)
        if report_sha is None:
            self.header.setText(self.tr("Öppna en rapport för att se dina anteckningar."))
        elif not annotations:
            self.header.setText(
                self.tr(
                    "Inga anteckningar i rapporten ännu. Markera text och högerklicka för att "
                    "markera, anteckna eller skriva en fråga."
                )
            )
        else:
            self.header.setText(self.tr("{0} anteckningar i rapporten").format(len(annotations)))
        orphaned = len(notes.orphans(self.user))
        self.orphan_button.setVisible(bool(orphaned))
        self.orphan_button.setText(
            self.tr("{0} anteckningar kunde inte placeras – visa").format(orphaned)
        )

    def _after_delete(self, _annotation_id: int) -> None:
        self.show_report(self.report_sha)
        self.changed.emit()

    def _add_card(self, annotation: notes.Annotation) -> NoteCard:
        card = NoteCard(self.user, annotation)
        card.activated.connect(self.annotation_activated)
        card.deleted.connect(self._after_delete)
        self.cards[annotation.id] = card
        self.list_layout.insertWidget(max(0, self.list_layout.count() - 1), card)
        return card

    def edit(self, annotation_id: int) -> None:
        """Show a (new) annotation's card and put the cursor in its text."""
        card = self.cards.get(annotation_id)
        if card is not None:
            card.body.setFocus()
            parent = self.list.parentWidget()
            scroll = parent.parentWidget() if parent is not None else None
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(card)


def _elide(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
