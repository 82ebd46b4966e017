"""Runtime hook: a stand-in for PySide6.QtOpenGL, which the bundle leaves out (9 MB).

pyqtgraph imports PySide6.QtOpenGL with importlib at import time, but only uses it when
OpenGL drawing is switched on (pg.setConfigOptions(useOpenGL=True) or a GL widget), which
Nämndläsaren never does. Any use of it in the frozen app fails with this message instead of
an obscure import error; to enable OpenGL charts, drop this hook and the exclude in the spec.
"""

import sys
import types


class _NotBundled(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(
            f"PySide6.QtOpenGL.{name}: Qt's OpenGL module is not part of this build of "
            "Nämndläsaren (see packaging/namndlasaren.spec)"
        )


sys.modules.setdefault("PySide6.QtOpenGL", _NotBundled("PySide6.QtOpenGL"))
