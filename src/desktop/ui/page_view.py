"""The original page: a PDF report's page drawn as printed, with a passage highlighted.

A thin view over desktop.store.pages (where an item stands on its page) and
desktop.ingest.pdf.render (the page drawn from the PDF kept in the library). The page is
drawn at the screen's resolution for the width shown: fit to the panel's width (the
default) or a chosen zoom. Next/previous page, a page number to type, zoom in and out.
A text report, a PDF whose file is gone, or a page that cannot be drawn shows a sentence
saying so instead of a page.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ingest.pdf.render import PageError, PdfPages
from desktop.store import pages as stored_pages
from desktop.store.layout import Box
from desktop.store.pages import OriginalMissing, Place, ReportPages
from desktop.ui.text_size import text_size

ZOOMS = [0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0]  # of the page's printed size
HIGHLIGHT_FILL = QColor(255, 200, 0, 90)
HIGHLIGHT_EDGE = QColor(230, 120, 0)
CACHED_PAGES = 4


class PageCanvas(QWidget):
    """One drawn page and the highlighted boxes on it."""

    def __init__(self) -> None:
        super().__init__()
        self.pixmap: QPixmap | None = None
        self.scale = 1.0  # logical pixels per point
        self.boxes: list[Box] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_page(self, pixmap: QPixmap | None, scale: float, boxes: list[Box]) -> None:
        self.pixmap, self.scale, self.boxes = pixmap, scale, boxes
        size = pixmap.deviceIndependentSize().toSize() if pixmap is not None else QSize(0, 0)
        self.setFixedSize(size)
        self.update()

    def highlight_rects(self) -> list[QRectF]:
        """The highlighted boxes, in this widget's coordinates."""
        pad = 2.0
        return [
            QRectF(
                box.x0 * self.scale - pad,
                box.top * self.scale - pad,
                (box.x1 - box.x0) * self.scale + 2 * pad,
                (box.bottom - box.top) * self.scale + 2 * pad,
            )
            for box in self.boxes
        ]

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.pixmap is None:
            return
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.pixmap)
        painter.setPen(QPen(HIGHLIGHT_EDGE, 1.5))
        painter.setBrush(HIGHLIGHT_FILL)
        for rect in self.highlight_rects():
            painter.drawRoundedRect(rect, 2, 2)
        painter.end()


class PageView(QWidget):
    """The original pages of one report at a time."""

    page_shown = Signal(int)  # the page number now shown (1-based)

    def __init__(self, conn: sqlite3.Connection | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.conn = conn
        self.report_id: int | None = None
        self.page = 0
        self.place: Place | None = None
        self.zoom: float | None = None  # None: the page fits the panel's width
        self._pdf: PdfPages | None = None
        self._report_pages: ReportPages | None = None
        self._drawn: OrderedDict[tuple[int, int], QPixmap] = OrderedDict()

        self.previous_button = self._button("◀", self.tr("Föregående sida (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.page - 1))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Sida"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self.go_to)
        self.page_count = QLabel()
        self.next_button = self._button("▶", self.tr("Nästa sida (Page Down)"))
        self.next_button.clicked.connect(lambda: self.go_to(self.page + 1))
        self.zoom_out_button = self._button("−", self.tr("Förminska sidan"))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_label = QLabel()
        self.zoom_in_button = self._button("+", self.tr("Förstora sidan"))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Anpassa bredd"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.setToolTip(self.tr("Sidan fyller panelens bredd"))
        self.fit_button.clicked.connect(self.fit_width)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 4)
        for widget in (self.previous_button, QLabel(self.tr("Sida")), self.page_box,
                       self.page_count, self.next_button):  # fmt: skip
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)

        self.canvas = PageCanvas()
        self.area = QScrollArea()
        self.area.setWidget(self.canvas)
        self.area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text_size().styled(self.area, "QScrollArea { background: #8a8f96; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.message, 1)
        for keys, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                           (QKeySequence.StandardKey.MoveToNextPage, +1)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go_to(self.page + s))
        self._say(self.tr("Välj ett avsnitt, ett mål eller en träff och välj Visa originalsidan."))

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    # --- what is shown ---------------------------------------------------------------

    def set_library(self, conn: sqlite3.Connection) -> None:
        """Read from another library (after an update): nothing of the old one is kept."""
        self.conn = conn
        self._forget()
        self._say(self.tr("Välj ett avsnitt, ett mål eller en träff och välj Visa originalsidan."))

    def pages(self, report_id: int) -> ReportPages | None:
        """Where the report's items stand on its pages; None for a report without pages."""
        if not self._open(report_id):
            return None
        return self._report_pages

    def show_place(self, report_id: int, place: Place | None) -> bool:
        """Open the page of a place with its boxes highlighted (the report's first page
        when the place is unknown). False when the report has no pages to show."""
        if not self._open(report_id):
            return False
        self.place = place
        return self._show(place.page if place is not None else 1)

    def show_page(self, report_id: int, page: int, boxes: tuple[Box, ...] = ()) -> bool:
        place = Place(page, tuple(boxes)) if boxes else None
        if not self._open(report_id):
            return False
        self.place = place
        return self._show(page)

    def show_lines(
        self,
        report_id: int,
        first: int,
        last: int,
        start: int | None = None,
        end: int | None = None,
    ) -> bool:
        """The page of lines first..last of the report's text, those lines highlighted."""
        pages = self.pages(report_id)
        if pages is None:
            return False
        return self.show_place(report_id, pages.lines(first, last, start, end))

    def go_to(self, page: int) -> bool:
        if self._pdf is None or not 1 <= page <= len(self._pdf) or page == self.page:
            return False
        return self._show(page)

    def step_zoom(self, step: int) -> None:
        current = self.zoom if self.zoom is not None else self._fit_zoom()
        if step > 0:
            self.zoom = next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1])
        else:
            self.zoom = next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0])
        self.fit_button.setChecked(False)
        self._redraw()

    def fit_width(self) -> None:
        self.zoom = None
        self.fit_button.setChecked(True)
        self._redraw()

    def highlight_rects(self) -> list[QRectF]:
        """The highlighted boxes on the page shown, in the canvas's coordinates."""
        return self.canvas.highlight_rects()

    # --- opening a report and drawing its pages -----------------------------------------

    def _open(self, report_id: int) -> bool:
        if self.conn is None:
            return False
        if report_id == self.report_id and self._pdf is not None:
            return True
        self._forget()
        self.report_id = report_id
        if not stored_pages.has_pages(self.conn, report_id):
            self._say(
                self.tr(
                    "Rapporten är en textfil och har inga originalsidor att visa. "
                    "Texten i läsaren är rapporten som den lästes in."
                )
            )
            return False
        try:
            data = stored_pages.source_pdf(self.conn, report_id)
            if data is None:
                raise OriginalMissing(self.tr("PDF-filen finns inte i biblioteket"))
            self._pdf = PdfPages(data)
        except (OriginalMissing, PageError) as exc:
            self._say(self.tr("Originalsidorna kan inte visas: {0}").format(exc))
            return False
        self._report_pages = ReportPages(self.conn, report_id)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, len(self._pdf))
        self.page_box.blockSignals(False)
        self.page_count.setText(self.tr("av {0}").format(len(self._pdf)))
        return True

    def _forget(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
        self._pdf, self._report_pages, self.report_id, self.page = None, None, None, 0
        self.place = None
        self._drawn.clear()

    def _show(self, page: int) -> bool:
        self.page = page
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(self._pdf is not None and page < len(self._pdf))
        shown = self._redraw()
        if shown:
            self.page_shown.emit(page)
            boxes = self.place.on(page) if self.place is not None else []
            if boxes:  # the highlight a third down the panel
                rect = self.canvas.highlight_rects()[0]
                self.area.ensureVisible(
                    int(rect.center().x()), int(rect.top()), 40, self.area.height() // 3
                )
            else:
                self.area.verticalScrollBar().setValue(0)
        return shown

    def _fit_zoom(self) -> float:
        if self._pdf is None or not self.page:
            return 1.0
        width_pt, _ = self._pdf.size(self.page)
        room = self.area.viewport().width() - 16
        return max(room, 200) / self._points_to_pixels(width_pt)

    def _points_to_pixels(self, points: float) -> float:
        return points * self.logicalDpiX() / 72.0

    def _redraw(self) -> bool:
        if self._pdf is None or not self.page:
            return False
        zoom = self.zoom if self.zoom is not None else self._fit_zoom()
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        width_pt, _ = self._pdf.size(self.page)
        ratio = self.devicePixelRatioF()
        width_px = max(int(self._points_to_pixels(width_pt) * zoom * ratio), 1)
        try:
            pixmap = self._pixmap(self.page, width_px, ratio)
        except PageError as exc:
            self._say(self.tr("Sidan kunde inte visas: {0}").format(exc))
            return False
        scale = pixmap.width() / ratio / width_pt
        boxes = self.place.on(self.page) if self.place is not None else []
        self.canvas.set_page(pixmap, scale, boxes)
        self.message.hide()
        self.area.show()
        return True

    def _pixmap(self, page: int, width_px: int, ratio: float) -> QPixmap:
        key = (page, width_px)
        if key in self._drawn:
            self._drawn.move_to_end(key)
            return self._drawn[key]
        assert self._pdf is not None
        picture = self._pdf.draw(page, width_px)
        image = QImage(
            picture.data, picture.width, picture.height, picture.stride, QImage.Format.Format_RGB32
        ).copy()  # the image owns its pixels once `picture` is gone
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self._drawn[key] = pixmap
        while len(self._drawn) > CACHED_PAGES:
            self._drawn.popitem(last=False)
        return pixmap

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.area.hide()
        self.canvas.set_page(None, 1.0, [])
        for widget in (self.previous_button, self.next_button):
            widget.setEnabled(False)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.zoom is None and self._pdf is not None and self.page:
            self._redraw()
