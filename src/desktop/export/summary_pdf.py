"""Laying the summary out on A4 pages: to a PDF file or to the printer the member chose.

QTextDocument does the layout (lines and images are never split at a page edge); each
page is then painted with a footer "Sida N av M". The same code serves QPdfWriter and
QPrinter, so the printed copy and the saved PDF are the same document.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.analysis.formatting import format_value
from desktop.export.summary import KpiSummary, Summary, build_summary
from desktop.export.summary_html import CHART_HEIGHT, CHART_WIDTH, chart_name, summary_html

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    PagedDevice = QPdfWriter | QPrinter  # both know their resolution and page layout

CHART_SCALE = 4  # chart images are drawn at 4× so they stay sharp on paper
MARGINS_MM = QMarginsF(20, 18, 20, 14)
LINE = QColor("#1f5fa8")
TARGET = QColor("#2e7d32")


def write_summary_pdf(
    output: Path,
    meeting_id: int | None = None,
    user: sqlite3.Connection | None = None,
    library: sqlite3.Connection | None = None,
) -> int:
    """Write the summary to `output` as an A4 PDF; returns the number of pages."""
    return save_pdf(Path(output), _load(meeting_id, user, library))


def save_pdf(output: Path, summary: Summary) -> int:
    """Write a built summary to `output` as an A4 PDF; returns the number of pages."""
    if not output.parent.is_dir():
        raise OSError(f"mappen {output.parent} finns inte")
    writer = a4_writer(output, summary.title)
    pages = paint_summary(summary, writer)
    del writer  # the file is complete once the writer is gone
    if not output.exists() or output.stat().st_size == 0:
        raise OSError("filen kunde inte skapas")
    return pages


def a4_writer(output: Path, title: str = "") -> QPdfWriter:
    """A PDF writer for A4 pages with the summary's margins, at print resolution."""
    writer = QPdfWriter(str(output))
    writer.setTitle(title)
    writer.setCreator("Nämndläsaren")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def print_summary(printer: PagedDevice, meeting_id: int | None = None,
                  user: sqlite3.Connection | None = None,
                  library: sqlite3.Connection | None = None) -> int:  # fmt: skip
    """Print the summary on a printer the member chose in the print dialog."""
    prepare_printer(printer)
    return paint_summary(_load(meeting_id, user, library), printer)


def prepare_printer(printer: PagedDevice) -> None:
    """A4 with the summary's margins, as the PDF has."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def _load(
    meeting_id: int | None, user: sqlite3.Connection | None, library: sqlite3.Connection | None
) -> Summary:
    from desktop.corrections.session import member_library
    from desktop.store.library import open_library
    from desktop.store.userdb import open_user_db

    user = user or open_user_db()
    library = library or open_library(member_library())
    return build_summary(user, library, meeting_id)


def summary_document(summary: Summary, device: PagedDevice | None = None) -> QTextDocument:
    """The summary as a laid-out text document, charts included as image resources."""
    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_text_font(10.5))
    document.setDocumentMargin(0)
    for g, goal in enumerate(summary.goals):
        for k, kpi in enumerate(goal.kpis):
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(chart_name(g, k)),
                kpi_chart_image(kpi),
            )
    document.setHtml(summary_html(summary))
    return document


def _text_font(points: float) -> QFont:
    """The summary's font, without ligatures: "fl" stays two letters a reader can search
    and copy from the PDF (with the ligature, "flest" reads back as "ﬂest")."""
    font = QFont()
    font.setPointSizeF(points)
    for feature in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def paint_summary(summary: Summary, device: PagedDevice) -> int:
    """Paint every page with its footer; returns the page count."""
    document = summary_document(summary, device)
    dpi = device.resolution()
    page = device.pageLayout().paintRectPixels(dpi)
    footer_height = dpi * 0.3  # about 8 mm
    body = QSizeF(page.width(), page.height() - footer_height)
    document.setPageSize(body)
    keep_goals_on_one_page(document)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("kan inte skriva till skrivaren eller filen")
    try:
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.setClipRect(QRectF(QPointF(0, 0), body))
            painter.translate(0, -number * body.height())
            visible = QRectF(0, number * body.height(), body.width(), body.height() - 1)
            document.drawContents(painter, visible)
            painter.restore()
            _footer(painter, summary.title, number + 1, pages, body, footer_height)
    finally:
        painter.end()
    return pages


def keep_goals_on_one_page(document: QTextDocument) -> None:
    """Start a goal on a new page when it would otherwise run over a page's end.

    A goal is its heading (h3) and what follows up to the next heading; one longer than a
    page keeps its place. QTextDocument knows no "page-break-inside: avoid", so the page
    break goes before the heading; goals are taken from the top, each measured after the
    breaks above it have moved it.
    """
    page = document.pageSize().height()
    layout = document.documentLayout()
    for start, end in _goal_blocks(document):
        top = layout.blockBoundingRect(start).top()
        stop = layout.blockBoundingRect(end).bottom()
        if stop - top < page and int(top // page) != int((stop - 1) // page):
            fmt = QTextBlockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(start).mergeBlockFormat(fmt)
            # lay everything out again: tables and images below move with the text
            document.markContentsDirty(0, document.characterCount())


def _goal_blocks(document: QTextDocument) -> list[tuple[QTextBlock, QTextBlock]]:
    """(first, last) block of each goal: from an h3 to the block before the next heading."""
    groups: list[tuple[QTextBlock, QTextBlock]] = []
    block, start, last = document.begin(), None, None
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level and start is not None and last is not None:
            groups.append((start, last))
            start = None
        if level == 3:
            start = block
        last = block
        block = block.next()
    if start is not None and last is not None:
        groups.append((start, last))
    return groups


def _footer(painter: QPainter, title: str, number: int, pages: int,
            body: QSizeF, height: float) -> None:  # fmt: skip
    painter.setFont(_text_font(8.5))
    painter.setPen(QPen(QColor("#888888"), 0))
    top = body.height() + height * 0.3
    painter.drawLine(QPointF(0, top), QPointF(body.width(), top))
    text_rect = QRectF(0, top, body.width(), height * 0.7)
    align = Qt.AlignmentFlag.AlignVCenter
    painter.setPen(QColor("#555555"))
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, f"Nämndläsaren · {title}")
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, f"Sida {number} av {pages}")


def kpi_chart_image(kpi: KpiSummary) -> QImage:
    """A small line chart of one KPI over the years, with its target as a dashed line."""
    image = QImage(
        CHART_WIDTH * CHART_SCALE, CHART_HEIGHT * CHART_SCALE, QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    image.setDotsPerMeterX(int(96 * CHART_SCALE / 0.0254))
    image.setDotsPerMeterY(int(96 * CHART_SCALE / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(CHART_SCALE, CHART_SCALE)
    font = QFont()
    font.setPixelSize(10)
    painter.setFont(font)
    plot = QRectF(22, 18, CHART_WIDTH - 44, CHART_HEIGHT - 40)
    points = kpi.points
    values = [p.value for p in points] + ([kpi.target] if kpi.target is not None else [])
    if not points:
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "Inga värden")
        painter.end()
        return image
    low, high = min(values), max(values)
    if low >= 0 and low < high * 0.5:  # counts and shares read best from zero
        low = 0.0
    span = (high - low) or max(abs(high), 1.0)
    high += span * 0.1
    low = low if low == 0 else low - span * 0.1

    def x_of(i: int) -> float:
        return (
            plot.center().x()
            if len(points) == 1
            else plot.left() + plot.width() * i / (len(points) - 1)
        )

    def y_of(value: float) -> float:
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    painter.setPen(QPen(QColor("#cccccc"), 0.8))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    if kpi.target is not None:
        painter.setPen(QPen(TARGET, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(plot.left(), y_of(kpi.target)), QPointF(plot.right(), y_of(kpi.target))
        )
    path = QPainterPath()
    for i, point in enumerate(points):
        (path.lineTo if i else path.moveTo)(QPointF(x_of(i), y_of(point.value)))
    painter.setPen(QPen(LINE, 2))
    painter.drawPath(path)
    for i, point in enumerate(points):
        centre = QPointF(x_of(i), y_of(point.value))
        painter.setPen(QPen(LINE, 1.5))
        painter.setBrush(LINE if point.final else QColor("white"))
        painter.drawEllipse(centre, 3.2, 3.2)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(centre.x() - 30, centre.y() - 17, 60, 12), Qt.AlignmentFlag.AlignCenter,
                         format_value(point.value, kpi.unit))  # fmt: skip
        painter.setPen(QColor("#444444"))
        painter.drawText(QRectF(centre.x() - 20, plot.bottom() + 4, 40, 14), Qt.AlignmentFlag.AlignCenter,
                         str(point.year))  # fmt: skip
    painter.end()
    return image
