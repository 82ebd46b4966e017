"""The side panel of the open report's notes; everything typed is saved as it is typed.

Each note is a card: what kind it is, the quoted passage, the member's text, the
meeting it is for, and for a question its status (a highlight: its colour). Clicking
the quote scrolls the reader to the passage. The panel reads the annotations model and
follows its `changed`: a card being typed in is updated in place, never rebuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.annotate import notes
from desktop.annotate.kinds import HIGHLIGHT_COLOURS, colour_label, kind_label, passage_colour
from desktop.ui.annotations_model import AnnotationsModel
from desktop.ui.plain import count, plain_label
from desktop.ui.text_size import text_size

STATUS_LABELS = {
    "öppen": QT_TRANSLATE_NOOP("NoteStatus", "Öppen"),
    "ställd": QT_TRANSLATE_NOOP("NoteStatus", "Ställd"),
    "besvarad": QT_TRANSLATE_NOOP("NoteStatus", "Besvarad"),
}


def status_label(status: str | None) -> str:
    """A question's status as the member reads it ("öppen" → "Öppen" / "Open")."""
    return QCoreApplication.translate("NoteStatus", str(STATUS_LABELS.get(status or "öppen", "")))


def swatch(hex_colour: str, size: int = 14) -> QIcon:
    """A small square of a highlight colour, for menus and lists."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_colour))
    return QIcon(pixmap)


def fill_meetings(box: QComboBox, meetings: list[tuple[int, str, str]], none_label: str,
                  current: int | None) -> None:  # fmt: skip
    """The meeting choices (newest date last), keeping `current` chosen, without signals."""
    box.blockSignals(True)
    box.clear()
    box.addItem(none_label, None)
    for meeting_id, title, date in meetings:
        box.addItem(f"{title} ({date})", meeting_id)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.blockSignals(False)


class GrowingText(QPlainTextEdit):
    """A text field as tall as its text (3 to 12 lines) at the current text size."""

    MIN_LINES, MAX_LINES = 3, 12

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        lines = max(self.MIN_LINES, min(self.MAX_LINES, self._wrapped_lines()))
        margins = self.contentsMargins()
        height = lines * self.fontMetrics().lineSpacing()
        height += int(2 * self.document().documentMargin()) + margins.top() + margins.bottom()
        self.setFixedHeight(height + 2)

    def _wrapped_lines(self) -> int:
        total = 0
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            total += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        return total

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


class QuoteLabel(QLabel):
    """The quoted passage, as printed; a click shows it in the report."""

    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        text_size().styled(self, "font-style:italic; color:#333;")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit()


class NoteCard(QFrame):
    """One annotation, editable in place; every change goes through the model."""

    activated = Signal(int)

    def __init__(self, model: AnnotationsModel, annotation: notes.Annotation,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.model = model
        self.annotation_id = annotation.id
        self.uuid = annotation.uuid
        self.kind = annotation.kind
        self.setObjectName("noteCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        self.title = plain_label(kind_label(annotation.kind), wrap=False)
        text_size().scaled(self.title, 1.0, bold=True)
        top.addWidget(self.title)
        top.addStretch(1)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Ta bort (Redigera → Ångra tar tillbaka den)"))
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda: self.model.delete(self.annotation_id))
        top.addWidget(remove)
        self.remove_button = remove
        layout.addLayout(top)
        self.quote = QuoteLabel("")
        self.quote.setToolTip(self.tr("Visa i rapporten"))
        self.quote.clicked.connect(lambda: self.activated.emit(self.annotation_id))
        layout.addWidget(self.quote)
        self.whole = QLabel(self.tr("Om hela rapporten"))
        text_size().styled(self.whole, "font-style:italic; color:#333;")
        layout.addWidget(self.whole)
        self.tags = QLabel("")
        self.tags.setTextFormat(Qt.TextFormat.PlainText)
        self.tags.setWordWrap(True)
        text_size().styled(self.tags, "color:#555;")
        layout.addWidget(self.tags)
        self.lost = QLabel(self.tr("Kunde inte placeras i rapportens nya version"))
        text_size().styled(self.lost, "color:#b00020;")
        self.lost.setWordWrap(True)
        layout.addWidget(self.lost)
        self.body = GrowingText(annotation.body)
        self.body.setPlaceholderText(
            self.tr("Skriv din fråga här…")
            if annotation.kind == "question"
            else self.tr("Skriv en anteckning…")
        )
        self.body.textChanged.connect(self.on_body_changed)
        layout.addWidget(self.body)
        row = QHBoxLayout()
        self.status: QComboBox | None = None
        self.colour: QComboBox | None = None
        if annotation.kind == "question":
            self.status = QComboBox()
            for value in STATUS_LABELS:
                self.status.addItem(status_label(value), value)
            self.status.currentIndexChanged.connect(
                lambda _: self.model.change(self.annotation_id, self.tr("Ändra status"),
                                            status=self.status.currentData())
            )  # fmt: skip
            row.addWidget(self.status)
        elif annotation.kind == "highlight":
            self.colour = QComboBox()
            for name, (_label, hex_colour) in HIGHLIGHT_COLOURS.items():
                self.colour.addItem(swatch(hex_colour), colour_label(name), name)
            self.colour.setIconSize(QSize(14, 14))
            self.colour.currentIndexChanged.connect(
                lambda _: self.model.change(self.annotation_id, self.tr("Ändra färg"),
                                            colour=self.colour.currentData())
            )  # fmt: skip
            row.addWidget(self.colour)
        self.meeting = QComboBox()
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(8)
        self.meeting.setToolTip(self.tr("Mötet den här anteckningen ska med till"))
        self.meeting.currentIndexChanged.connect(
            lambda _: self.model.change(self.annotation_id, self.tr("Välj möte"),
                                        meeting_id=self.meeting.currentData())
        )  # fmt: skip
        row.addWidget(self.meeting, 1)
        layout.addLayout(row)
        self.reload_meetings(annotation.meeting_id)
        self.show_annotation(annotation)

    def show_annotation(self, annotation: notes.Annotation) -> None:
        """Show the annotation as it is now; the text being typed is left alone."""
        self.annotation_id = annotation.id
        text_size().styled(
            self,
            "#noteCard { background: white; border: 1px solid #d0d0d0;"
            f" border-left: 5px solid {passage_colour(annotation.kind, annotation.colour)};"
            " border-radius: 3px; }",
        )
        quote_text = annotation.exact or annotation.goal_title or ""
        if annotation.kpi_name:
            quote_text = f"{annotation.kpi_name} ({annotation.goal_title})"
        self.quote.setText(f"”{_elide(quote_text, 160)}”" if quote_text else "")
        self.quote.setVisible(bool(quote_text))
        self.whole.setVisible(annotation.about_whole_report)
        self.tags.setText(self.tr("Taggar: {0}").format(", ".join(annotation.tags)))
        self.tags.setVisible(bool(annotation.tags))
        self.lost.setVisible(annotation.orphaned)
        if annotation.body != self.body.toPlainText() and not self.body.hasFocus():
            self.body.blockSignals(True)
            self.body.setPlainText(annotation.body)
            self.body.blockSignals(False)
        for box, value in ((self.status, annotation.status), (self.colour, annotation.colour),
                           (self.meeting, annotation.meeting_id)):  # fmt: skip
            if box is not None and box.currentData() != value:
                box.blockSignals(True)
                box.setCurrentIndex(max(0, box.findData(value)))
                box.blockSignals(False)

    def reload_meetings(self, current: object = False) -> None:
        chosen = self.meeting.currentData() if current is False else current
        fill_meetings(self.meeting, self.model.meetings(), self.tr("Inget möte"), chosen)  # type: ignore[arg-type]

    def on_body_changed(self) -> None:
        # written at once: a crash a moment later loses nothing (user.db is synchronous=FULL)
        self.model.update(self.annotation_id, body=self.body.toPlainText())


class NotesPanel(QWidget):
    """The notes of the open report, in the order of their passages; `annotation_activated(id)`."""

    annotation_activated = Signal(int)

    def __init__(self, model: AnnotationsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.report_sha: str | None = None
        self.cards: dict[int, NoteCard] = {}
        self.header = QLabel()
        self.header.setWordWrap(True)
        text_size().styled(self.header, "color:#555;")
        self.orphan_button = QPushButton()
        text_size().styled(self.orphan_button, "color:#b00020; text-align:left;")
        self.orphan_button.setFlat(True)
        self.orphan_button.hide()
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.list)
        self.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.orphan_button)
        layout.addWidget(self.scroller, 1)
        model.changed.connect(self.refresh)
        model.meetings_changed.connect(self.on_meetings_changed)
        self.show_report(None)

    def show_report(self, report_sha: str | None) -> None:
        """Show another report's notes."""
        if report_sha != self.report_sha:
            for card in self.cards.values():
                card.hide()
                card.deleteLater()
            self.cards = {}
        self.report_sha = report_sha
        self.refresh()

    def refresh(self) -> None:
        """Bring the cards in step with the model: new ones added, gone ones removed."""
        annotations = self.model.for_report(self.report_sha) if self.report_sha else []
        annotations.sort(key=lambda a: (a.orphaned, a.start if a.start is not None else -1, a.id))
        by_uuid = {card.uuid: card for card in self.cards.values()}
        keep = {a.uuid for a in annotations}
        for uuid, card in by_uuid.items():
            if uuid not in keep:
                card.hide()
                card.deleteLater()
        cards: dict[int, NoteCard] = {}
        for index, annotation in enumerate(annotations):
            found = by_uuid.get(annotation.uuid)
            if found is None:
                card = NoteCard(self.model, annotation)
                card.activated.connect(self.annotation_activated)
            else:
                card = found
                card.show_annotation(annotation)
            if self.list_layout.indexOf(card) != index:
                self.list_layout.insertWidget(index, card)
            cards[annotation.id] = card
        self.cards = cards
        if self.report_sha is None:
            self.header.setText(self.tr("Öppna en rapport för att se dina anteckningar."))
        elif not annotations:
            self.header.setText(
                self.tr(
                    "Inga anteckningar i rapporten ännu. Markera text och högerklicka för att "
                    "markera, anteckna eller skriva en fråga."
                )
            )
        else:
            self.header.setText(count(len(annotations), self.tr("{0} anteckning i rapporten"),
                                      self.tr("{0} anteckningar i rapporten")))  # fmt: skip
        orphaned = len(self.model.orphans())
        self.orphan_button.setVisible(bool(orphaned))
        self.orphan_button.setText(
            count(orphaned, self.tr("{0} anteckning kunde inte placeras – visa"),
                  self.tr("{0} anteckningar kunde inte placeras – visa"))
        )  # fmt: skip

    def on_meetings_changed(self) -> None:
        for card in self.cards.values():
            card.reload_meetings()

    def edit(self, annotation_id: int) -> None:
        """Show a (new) annotation's card and put the cursor in its text."""
        card = self.cards.get(self.model.store.resolve(annotation_id))
        if card is not None:
            card.body.setFocus()
            self.scroller.ensureWidgetVisible(card)


def _elide(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
