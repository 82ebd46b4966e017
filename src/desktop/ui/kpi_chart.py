"""One KPI drawn over every year the library knows (pyqtgraph).

Best values as a line with filled dots, preliminary values as hollow dots, figures that
disagree with the best as small grey dots, the target as a dashed line and this report's
year as a faint vertical band; a legend in the plot names each. The value axis starts
at zero when every value is positive, so a small change is not drawn as a fall off a
cliff (when it cannot, the caption says so). Hovering a dot shows value and source;
clicking it asks the window to open the table it came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.analysis.formatting import format_value
from desktop.analysis.series import Series, SeriesPoint
from desktop.ui.plain import plain_label, plain_tooltip
from desktop.ui.text_size import text_size

LINE = QColor("#1f5fa8")
TARGET = QColor("#2e7d32")
OTHER = QColor("#8a8a8a")
CORRECTED = QColor("#d9822b")  # the "rättat" marker's colour


class KpiChart(QWidget):
    """A titled chart of one series; `point_clicked(kpi_id, report_id)` on a click."""

    point_clicked = Signal(int, int)

    def __init__(self, series: Series, highlight_year: int | None = None,
                 parent: QWidget | None = None,
                 corrected: Mapping[tuple[int, int], str] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.series = series
        # (kpi id, year) of a value a correction changed → who, when, what the report said
        self.corrected = dict(corrected or {})
        title = plain_label(series.name)
        text_size().scaled(title, 1.0, bold=True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumHeight(220)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.getPlotItem().setMenuEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.plot)
        self._legend = QLabel()
        text_size().styled(self._legend, "color:#555;")
        self._legend.setWordWrap(True)
        layout.addWidget(self._legend)
        # below the plot, not over it: at a large text size a legend inside covers points
        self.legend = pg.LegendItem(colCount=2, labelTextColor="#333")
        self.plot.getPlotItem().layout.addItem(self.legend, 4, 1)
        self.from_zero = False
        self._draw(highlight_year)
        self._fit_fonts()
        text_size().changed.connect(self._fit_fonts)

    def _fit_fonts(self) -> None:
        """Axis labels and legend at the text size (a little smaller than the text)."""
        font: QFont = text_size().font(0.85)
        for name in ("bottom", "left"):
            self.plot.getAxis(name).setTickFont(font)
        self.legend.setLabelTextSize(f"{font.pointSizeF():.0f}pt")
        for _sample, label in self.legend.items:
            label.setText(label.text, size=f"{font.pointSizeF():.0f}pt")
        self.plot.setMinimumHeight(int(font.pointSizeF() * 20))

    def _draw(self, highlight_year: int | None) -> None:
        best = self.series.best_points()
        others = [p for year_points in self.series.disagreements().values() for p in year_points]
        for name in ("bottom", "left"):
            self.plot.getAxis(name).setTextPen(pg.mkPen("#333"))
            self.plot.getAxis(name).setPen(pg.mkPen("#999"))
        years = sorted({p.year for p in self.series.points})
        if years:
            self.plot.getAxis("bottom").setTicks([[(y, str(y)) for y in years]])
            self.plot.setXRange(years[0] - 0.5, years[-1] + 0.5, padding=0)
        if highlight_year is not None:
            band = pg.LinearRegionItem((highlight_year - 0.4, highlight_year + 0.4), movable=False,
                                       brush=pg.mkBrush(31, 95, 168, 28), pen=pg.mkPen(None))  # fmt: skip
            self.plot.addItem(band)
        self.plot.plot([p.year for p in best], [p.value for p in best], pen=pg.mkPen(LINE, width=2))
        self._scatter([p for p in best if p.final], final=True,
                      name=self.tr("Slutligt värde (årsbokslut)"))  # fmt: skip
        self._scatter([p for p in best if not p.final], final=False,
                      name=self.tr("Preliminärt värde (delårsrapport)"))  # fmt: skip
        self._scatter(others, final=None, name=self.tr("Annat värde för samma år"))
        self._mark_corrected(best + others)
        target_value = self.series.target
        if target_value is not None:
            label = self.tr("Mål {0}").format(self.value_text(target_value))
            pen = pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashLine)
            target = pg.InfiniteLine(target_value, angle=0, pen=pen, label=label,
                                     labelOpts={"position": 0.05, "color": TARGET,
                                                "anchors": [(0, 1), (0, 1)]})  # fmt: skip
            self.plot.addItem(target)
            self.legend.addItem(pg.PlotDataItem(pen=pen), label)
        values = [p.value for p in self.series.points]
        if target_value is not None:
            values.append(target_value)
        notes = []
        if values:
            low, high = min(values), max(values)
            self.from_zero = low >= 0
            if self.from_zero:
                self.plot.setYRange(0, high * 1.12 if high > 0 else 1, padding=0)
            else:
                notes.append(self.tr("Obs! Axeln börjar inte på noll."))
        notes.append(self.tr("Linjen visar det slutliga värdet per år där det finns."))
        if target_value is None:
            notes.append(self.tr("Rapporterna anger inget målvärde för nyckeltalet."))
        self._legend.setText(" ".join(notes))

    def _scatter(self, points: list[SeriesPoint], final: bool | None, name: str) -> None:
        if not points:
            return
        if final is None:
            brush, pen, size = pg.mkBrush(OTHER), pg.mkPen(OTHER), 7
        elif final:
            brush, pen, size = pg.mkBrush(LINE), pg.mkPen(LINE), 10
        else:
            brush, pen, size = pg.mkBrush("w"), QPen(LINE, 2), 12
        scatter = pg.ScatterPlotItem(
            x=[p.year for p in points],
            y=[p.value for p in points],
            data=points,
            brush=brush,
            pen=pen,
            size=size,
            hoverable=True,
            tip=self._tip,
        )
        scatter.sigClicked.connect(self.on_points_clicked)
        self.plot.addItem(scatter)
        self.legend.addItem(scatter, name)

    def _mark_corrected(self, points: list[SeriesPoint]) -> None:
        """A ring around each value a correction changed: it differs from the printed report."""
        marked = [p for p in points if (p.kpi_id, p.year) in self.corrected]
        if not marked:
            return
        ring = pg.ScatterPlotItem(
            x=[p.year for p in marked],
            y=[p.value for p in marked],
            data=marked,
            brush=pg.mkBrush(None),
            pen=pg.mkPen(CORRECTED, width=2.5),
            size=20,
            hoverable=True,
            tip=self._tip,
        )
        self.plot.addItem(ring)
        self.legend.addItem(ring, self.tr("Rättat värde"))

    def _tip(self, x: float, y: float, data: SeriesPoint) -> str:
        kind = self.tr("slutligt") if data.final else self.tr("preliminärt")
        text = f"{data.year}: {self.value_text(data.value)} ({kind})\n{data.source}"
        corrected = self.corrected.get((data.kpi_id, data.year))
        if corrected:
            text += "\n" + corrected
        return plain_tooltip(text)

    def value_text(self, value: float) -> str:
        """1 234,5 % / 46 dagar (days) in the member's language."""
        suffix = {"percent": " %", "days": " " + self.tr("dagar"), "tkr": " tkr"}
        return format_value(value, "") + suffix.get(self.series.unit, "")

    def on_points_clicked(self, _item: object, points: list[object], *_: object) -> None:
        if points:
            point: SeriesPoint = points[0].data()  # type: ignore[attr-defined]
            self.point_clicked.emit(point.kpi_id, point.report_id)

    def export(self, path: Path) -> None:
        """Write the chart as PNG or SVG, chosen by the file's suffix."""
        if path.suffix.lower() == ".svg":
            self._export_svg(path)
            return
        from pyqtgraph import exporters

        exporter = exporters.ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = 1200
        exporter.export(str(path))

    def _export_svg(self, path: Path) -> None:
        # pyqtgraph 0.14's SVGExporter cannot parse the path data Qt 6.12 writes
        # (it expects "x,y" pairs), so the plot is painted into Qt's own SVG writer.
        from PySide6.QtCore import QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(self.plot.width(), self.plot.height()))
        generator.setViewBox(QRect(0, 0, self.plot.width(), self.plot.height()))
        generator.setTitle(self.series.name)
        painter = QPainter(generator)
        try:
            self.plot.render(painter)
        finally:
            painter.end()
