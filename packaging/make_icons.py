"""Render resources/icons/namndlasaren.svg to the PNG, .ico and .icns the package needs.

Run after changing the SVG: `.venv/bin/python packaging/make_icons.py`. The outputs are
committed, so a build never needs this script. Only Qt (QtSvg) and the standard library
are used: .ico and .icns are simple containers of PNG images, written here directly, so
no extra dependency (Pillow, iconutil) is needed and the result is the same on every OS.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "namndlasaren.svg"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# PNG-based ICNS entry types (macOS 10.7+): type -> pixel size.
ICNS_TYPES = (
    ("ic11", 32),  # 16 pt @2x
    ("ic12", 64),  # 32 pt @2x
    ("ic07", 128),
    ("ic13", 256),  # 128 pt @2x
    ("ic08", 256),
    ("ic14", 512),  # 256 pt @2x
    ("ic09", 512),
    ("ic10", 1024),  # 512 pt @2x
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn at size × size pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes, PySide wants str
        raise RuntimeError(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG entries."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(renderer, size) for size in sizes}
    outputs = {
        ICONS / "namndlasaren.png": pngs[256],
        ICONS / "namndlasaren-512.png": pngs[512],
        ICONS / "namndlasaren.ico": ico_bytes({s: pngs[s] for s in ICO_SIZES}),
        ICONS / "namndlasaren.icns": icns_bytes(pngs),
    }
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"{path.relative_to(ICONS.parents[1])}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
