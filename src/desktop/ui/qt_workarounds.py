"""Work-arounds for bugs in the Qt binding, each named, each with the test that shows it.

PySide6 6.12.0 on Python 3.11 returns None without taking a reference from every call
of a C++ function returning void, and from every QVariant it converts to None
(`label.setText(...)`, `app.processEvents()`, `combo.currentData()` on an item without
data, `index.data(role)` for a role not set): each call takes one reference from None.
None starts with a few thousand (some tens of thousands once pandas is loaded), so a
long session, or a loop of thousands of processEvents(), frees None itself and the
interpreter aborts ("none_dealloc"). Python 3.12 makes None immortal; on 3.11 its count
is raised far out of reach here, which is what 3.12 does. tests/test_qt_workarounds.py
shows the loss, and that the app survives it.
"""

from __future__ import annotations

import ctypes
import sys

_OUT_OF_REACH = 1 << 40  # references: more than a session can lose


def keep_none_alive() -> None:
    """Give None references enough that the binding's lost ones cannot free it."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _OUT_OF_REACH:
        count.value += _OUT_OF_REACH
