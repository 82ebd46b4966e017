"""Text in a PDF's hidden layers: optional content groups that are off unless a reader
turns them on (a designer's notes over the pages, a translation laid over the headings).

They are neither shown nor printed, so they are no text of the report; but PDFium's text
page holds every character, shown or not. Which layers are off is said by the document's
catalog (`/OCProperties /D`), which PDFium does not expose, so pypdf reads it; which
text belongs to a layer is said by the marked content around it ("/OC /Notes BDC …
EMC"), which PDFium gives each page object as a mark whose parameters are the layer's
own dictionary, its name among them.
"""

from __future__ import annotations

import ctypes
import io
import logging
from typing import Any

OPTIONAL_CONTENT = "OC"  # the mark that puts content in a layer


def hidden_layers(data: bytes) -> frozenset[str]:
    """The names of the layers a reader does not show when it opens the PDF. A file with
    no layer dictionary in sight (and no compressed objects that could hide one) is not
    parsed at all."""
    if b"/OCG" not in data and b"/ObjStm" not in data:
        return frozenset()
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # a damaged file's repairs are PDFium's to tell of
    try:
        from pypdf import PdfReader

        catalog = _resolved(PdfReader(io.BytesIO(data)).trailer["/Root"])
        properties = _resolved(catalog.get("/OCProperties"))
        if not properties:
            return frozenset()
        config = _resolved(properties.get("/D")) or {}
        off = [_resolved(group) for group in _resolved(config.get("/OFF")) or []]
        if str(config.get("/BaseState", "/ON")) == "/OFF":  # all off but those turned on
            on = {id(_resolved(group)) for group in _resolved(config.get("/ON")) or []}
            every = [_resolved(group) for group in _resolved(properties.get("/OCGs")) or []]
            off += [group for group in every if id(group) not in on]
        return frozenset(str(group["/Name"]) for group in off if group and "/Name" in group)
    except Exception:  # noqa: BLE001 - a catalog pypdf cannot read hides nothing it knows of
        return frozenset()
    finally:
        quiet.setLevel(level)


def _resolved(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def hidden_chars(page: Any, textpage: Any, layers: frozenset[str]) -> set[int]:
    """The indices of the text page's characters drawn inside a hidden layer."""
    import pypdfium2.raw as raw

    hidden = {_address(obj) for obj in _text_objects(page) if _layer_of(obj) in layers}
    if not hidden:
        return set()
    return {
        index
        for index in range(raw.FPDFText_CountChars(textpage))
        if _address(raw.FPDFText_GetTextObject(textpage, index)) in hidden
    }


def _text_objects(page: Any) -> list[Any]:
    import pypdfium2.raw as raw

    objects = []
    for k in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, k)
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_TEXT:
            objects.append(obj)
    return objects


def _layer_of(obj: Any) -> str | None:
    """The name of the layer a page object is drawn in, if any."""
    import pypdfium2.raw as raw

    for k in range(raw.FPDFPageObj_CountMarks(obj)):
        mark = raw.FPDFPageObj_GetMark(obj, k)
        if _mark_string(raw.FPDFPageObjMark_GetName, mark) != OPTIONAL_CONTENT:
            continue
        return _mark_string(raw.FPDFPageObjMark_GetParamStringValue, mark, b"Name")
    return None


def _mark_string(function: Any, mark: Any, *key: bytes) -> str | None:
    """A mark's name or one of its string parameters (UTF-16LE, as PDFium hands them)."""
    size = ctypes.c_ulong()
    if not function(mark, *key, None, 0, ctypes.byref(size)) or size.value <= 2:
        return None
    buffer = ctypes.create_string_buffer(size.value)
    wide = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    function(mark, *key, wide, size.value, ctypes.byref(size))
    return buffer.raw[: size.value - 2].decode("utf-16-le", "replace")


def _address(obj: Any) -> int | None:
    return ctypes.cast(obj, ctypes.c_void_p).value
