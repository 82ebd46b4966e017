"""The floor for start-up: a bare PySide6 window holding one pyqtgraph plot, painted once."""

import sys
import time

started = time.perf_counter()
import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

app = QApplication(sys.argv)
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [3, 1, 2])
window.setCentralWidget(plot)
window.resize(1400, 900)
window.show()
window.repaint()
print(f"painted {time.perf_counter() - started:.3f}")
