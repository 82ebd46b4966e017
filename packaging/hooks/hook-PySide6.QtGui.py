"""PyInstaller hook for PySide6.QtGui that leaves out Qt plugins the app never loads.

It replaces PyInstaller's own hook (user hooks take priority) and filters the plugin list
*before* dependency analysis, so the libraries only those plugins need (the GTK stack for
the gtk3 theme, OpenGL for EGL/KMS, ...) are not collected either. Filtering a.binaries in
the spec afterwards would drop the plugins but keep their dependencies.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

# Plugin folders not needed by a widgets app that reads local files (no touch screens,
# EGL full-screen devices, network, SQL or QML).
_DROP_DIRS = {"generic", "egldeviceintegrations", "networkinformation", "tls", "sqldrivers",
              "qmltooling", "designer", "vectorimageformats", "wayland-graphics-integration-client"}
# Single plugins: embedded-only platforms; the GTK3 theme (pulls the whole GTK/cairo/pango
# stack; the xdg-desktop-portal theme still gives native file dialogs on GNOME and KDE);
# the on-screen keyboard; image formats the app never reads or writes.
_DROP_NAMES = ("qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl", "qgtk3",
               "qtvirtualkeyboard", "qpdf", "qtiff", "qwebp", "qtga", "qwbmp", "qicns", "qgif")


def _keep(entry):
    src, dest = entry[0], entry[1]
    dest = dest.replace("\\", "/")
    if "/plugins" not in dest:
        return True
    plugin_dir = dest.split("/plugins/", 1)[-1].split("/", 1)[0]
    if plugin_dir in _DROP_DIRS:
        return False
    name = src.replace("\\", "/").rsplit("/", 1)[-1]
    return not any(bad in name for bad in _DROP_NAMES)


binaries = [entry for entry in binaries if _keep(entry)]
