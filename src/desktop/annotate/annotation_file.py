"""Reading an annotation file: bounded, strictly checked, then understood item by item.

A file from another laptop or another tool is untrusted. Reading it is bounded (file
size, nesting, number and size of every value) and every value the app reads is checked
for its type and range before anything is written: a problem anywhere is one line
(AnnotationFileError) naming the file, the annotation and the field, and nothing is
imported. jsonschema is not used here: checking 20,000 annotations took it 16 ms each
(0.3 ms with a compiled validator, still seconds in all) and it speaks English.

What is well-formed but cannot be used (an image target, a CSS selector, a source that
is no report) is not an error: that annotation is listed as skipped, with the reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from desktop.errors import NamndlasarenError
from desktop.textfiles import wide_codec

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ITEMS = 200_000
MAX_DEPTH = 12  # selectors refined by selectors, bodies in choices, targets in lists
MAX_LIST = 100  # bodies, targets or selectors of one annotation
MAX_QUOTE = 150_000  # characters: a quoted passage is at most a long chapter
MAX_CONTEXT = 10_000  # prefix, suffix
MAX_BODY = 1_000_000
MAX_SHORT = 2_000  # ids, addresses, names, headings
MAX_OFFSET = 10**9
EXT = "namndlasaren:"
SHA_SOURCE = re.compile(r"urn:sha256:(.+)\Z")
HIGHLIGHT_COLOURS = ("gul", "grön", "blå", "rosa")
KINDS = {"highlighting": "highlight", "commenting": "note", "questioning": "question"}
QUESTION_STATUSES = ("öppen", "ställd", "besvarad")
TEXT_SELECTORS = ("TextQuoteSelector", "TextPositionSelector")


class AnnotationFileError(NamndlasarenError):
    """A file that is not a Web Annotation document this app can read; nothing was imported."""


class _Bad(Exception):
    """A value of the wrong type, range or size at a place in one annotation."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)


@dataclass
class Incoming:
    """One annotation as the app stores it, read from one target of a file's annotation."""

    number: int  # the annotation's place in the file, from 1
    ident: str  # its id, or made from its content
    kind: str  # highlight | note | question
    source: str  # the target's address
    sha256: str  # the report's key when the source names one (urn:sha256:…)
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    body: str = ""
    tags: list[str] = field(default_factory=list)
    report_label: str = ""
    report_key: dict[str, str] = field(default_factory=dict)
    section: str = ""
    goal: str | None = None
    kpi: str | None = None
    colour: str = "gul"
    status: str | None = None
    answer: str = ""
    meeting: tuple[str, str] | None = None  # (title, date)
    addresses: list[str] = field(default_factory=list)  # where the document was read
    origin: str = "web-annotation"  # or "hypothesis": quotes matched across the library


@dataclass(frozen=True)
class Skipped:
    number: int
    label: str  # the annotation's id, or "anteckning N"
    reason: str

    def line(self) -> str:
        return f"{self.label}: {self.reason}"


@dataclass
class Reading:
    incoming: list[Incoming] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    total: int = 0  # annotations in the file


Progress = Callable[[int, int, str], None]


# --- the file ----------------------------------------------------------------------------


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} är inget tal i JSON")


def load_json(path: Path) -> Any:
    """The file's JSON: size bounded, UTF-8 (BOM or not), UTF-16 or UTF-32, no NaN."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise AnnotationFileError(
                f"{path}: filen är för stor ({size // (1024 * 1024)} MB;"
                f" högst {MAX_FILE_BYTES // (1024 * 1024)} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise AnnotationFileError(f"{path}: kan inte läsas ({exc.strerror or exc})") from exc
    text = _decode(path, data)
    if not text.strip():
        raise AnnotationFileError(f"{path}: filen är tom")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise AnnotationFileError(
            f"{path}: inte en JSON-fil med anteckningar (för djupt nästlad)"
        ) from exc
    except json.JSONDecodeError as exc:
        raise AnnotationFileError(
            f"{path}: inte en JSON-fil med anteckningar ({exc.msg}, rad {exc.lineno}"
            f" kolumn {exc.colno})"
        ) from exc
    except ValueError as exc:  # an integer of thousands of digits, NaN, Infinity
        detail = " ".join(str(exc).split())[:120]
        raise AnnotationFileError(f"{path}: inte en JSON-fil med anteckningar ({detail})") from exc


def _decode(path: Path, data: bytes) -> str:
    codec = wide_codec(data) or "utf-8"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise AnnotationFileError(
            f"{path}: inte en JSON-fil med anteckningar (teckenkodningen är inte {codec.upper()})"
        ) from exc


def annotation_items(path: Path, data: Any) -> list[Any]:
    """The annotations of a Web Annotation document: one, a list, a page or a collection."""
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        kind = data.get("type")
        if kind == "AnnotationCollection":
            first = data.get("first")
            if isinstance(first, str):
                raise AnnotationFileError(
                    f"{path}: samlingens sidor ligger på en annan adress ({first[:100]});"
                    " bara sidor i filen kan läsas"
                )
            items = first.get("items", []) if isinstance(first, dict) else []
        elif kind == "AnnotationPage":
            items = data.get("items", [])
        else:
            items = [data]
    else:
        raise AnnotationFileError(f"{path}: filen innehåller inga anteckningar")
    if not isinstance(items, list):
        raise AnnotationFileError(f"{path}: items ska vara en lista av anteckningar")
    if len(items) > MAX_ITEMS:
        raise AnnotationFileError(
            f"{path}: för många anteckningar ({len(items)}; högst {MAX_ITEMS})"
        )
    return items


# --- checking values -----------------------------------------------------------------------


def _string(value: Any, where: str, limit: int = MAX_SHORT) -> str:
    if not isinstance(value, str):
        raise _Bad(where, f"ska vara text, är {_shown(value)}")
    if len(value) > limit:
        raise _Bad(where, f"är för lång ({len(value)} tecken; högst {limit})")
    return value


def _optional_string(obj: dict[str, Any], key: str, where: str, limit: int = MAX_SHORT) -> str:
    if key not in obj or obj[key] is None:
        return ""
    return _string(obj[key], _join(where, key), limit)


def _integer(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(where, f"ska vara ett heltal, är {_shown(value)}")
    if not low <= value <= high:
        raise _Bad(where, f"ska vara mellan {low} och {high}, är {_shown(value)}")
    return value


def _strings(value: Any, where: str) -> list[str]:
    """A string or a list of strings (motivation, type)."""
    values = value if isinstance(value, list) else [value]
    if len(values) > MAX_LIST:
        raise _Bad(where, f"har för många värden ({len(values)}; högst {MAX_LIST})")
    return [
        _string(v, f"{where}[{i}]" if isinstance(value, list) else where)
        for i, v in enumerate(values)
    ]


def _objects(value: Any, where: str, allow_string: bool = True) -> list[tuple[str, Any]]:
    """(place, value) of a value that may be one or a list of objects (or strings)."""
    values = value if isinstance(value, list) else [value]
    if len(values) > MAX_LIST:
        raise _Bad(where, f"har för många värden ({len(values)}; högst {MAX_LIST})")
    out = []
    for index, item in enumerate(values):
        place = f"{where}[{index}]" if isinstance(value, list) else where
        if isinstance(item, dict) or (allow_string and isinstance(item, str)):
            if isinstance(item, str):
                _string(item, place)
            out.append((place, item))
        else:
            kind = "ett objekt eller en adress" if allow_string else "ett objekt"
            raise _Bad(place, f"ska vara {kind}, är {_shown(item)}")
    return out


def _shown(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value[:20] + ("…" if len(value) > 20 else ""), ensure_ascii=False)
    if isinstance(value, int):
        text = str(value)
        return text if len(text) <= 20 else f"ett tal med {len(text)} siffror"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return "en lista"
    return "ett objekt"


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _types(obj: dict[str, Any], where: str) -> list[str]:
    return _strings(obj["type"], _join(where, "type")) if "type" in obj else []


# --- one annotation ----------------------------------------------------------------------


@dataclass
class _Target:
    source: str
    selectors: list[tuple[str, dict[str, Any]]]  # (place, selector) of text selectors
    unusable: str = ""  # why this target cannot be used, if it cannot


def check_and_read(item: Any, number: int) -> tuple[list[Incoming], str]:
    """The annotation's notes (one per usable target) and, if none, why it was skipped.

    Raises _Bad for a value of the wrong type, range or size anywhere the app reads.
    """
    if not isinstance(item, dict):
        raise _Bad("", f"ska vara ett objekt, är {_shown(item)}")
    ident = _optional_string(item, "id", "id")
    types = _types(item, "")
    if types and "Annotation" not in types:
        raise _Bad("type", f"ska vara Annotation, är {_shown(item['type'])}")
    motivations = _strings(item["motivation"], "motivation") if "motivation" in item else []
    texts, tags, links = _bodies(item)
    ext = _extension(item)
    if "target" not in item:
        raise _Bad("", "saknar target (vad anteckningen gäller)")
    targets = [
        found
        for place, value in _objects(item["target"], "target")
        for found in _targets(value, place, 0)
    ]
    kind = _kind(motivations, bool(texts or links), ext)
    body = "\n\n".join(texts + links)
    ident = ident or _content_id(item)
    made: list[Incoming] = []
    usable = [t for t in targets if not t.unusable]
    for index, target in enumerate(usable):
        found = SHA_SOURCE.match(target.source)
        quote: dict[str, Any] = next(
            (s for _p, s in target.selectors if s.get("type") == "TextQuoteSelector"), {}
        )
        position: dict[str, Any] = next(
            (s for _p, s in target.selectors if s.get("type") == "TextPositionSelector"), {}
        )
        made.append(
            Incoming(
                number=number,
                ident=ident if len(usable) == 1 else f"{ident}#target-{index + 1}",
                kind=kind,
                source=target.source,
                sha256=found.group(1) if found else "",
                exact=quote.get("exact", ""),
                prefix=quote.get("prefix", ""),
                suffix=quote.get("suffix", ""),
                start=position.get("start"),
                end=position.get("end"),
                body=body,
                tags=tags,
                addresses=[target.source],
                **ext,
            )
        )
    if made:
        return made, ""
    reasons = [t.unusable for t in targets if t.unusable]
    return [], reasons[0] if reasons else "inget mål som går att använda"


def _kind(motivations: list[str], has_body: bool, ext: dict[str, Any]) -> str:
    for motivation in motivations:
        if motivation in KINDS:
            return KINDS[motivation]
        if motivation.startswith(("oa:", "http://www.w3.org/ns/oa#")):
            short = motivation.split(":")[-1].split("#")[-1]
            if short in KINDS:
                return KINDS[short]
    if ext.get("status") and not motivations:
        return "question"
    return "note" if has_body or motivations else "highlight"


def _bodies(item: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """(texts, tags, links) of the annotation's bodies and bodyValue."""
    texts: list[str] = []
    tags: list[str] = []
    links: list[str] = []
    if "bodyValue" in item:
        texts.append(_string(item["bodyValue"], "bodyValue", MAX_BODY))
    if "body" in item:
        for place, body in _objects(item["body"], "body"):
            _body(body, place, texts, tags, links, 0, item.get("motivation") == "tagging")
    return texts, tags, links


def _body(
    body: Any, where: str, texts: list[str], tags: list[str], links: list[str],
    depth: int, tagging: bool,
) -> None:  # fmt: skip
    if depth > MAX_DEPTH:
        raise _Bad(where, f"är nästlad för djupt (högst {MAX_DEPTH} nivåer)")
    if isinstance(body, str):
        links.append(body)
        return
    types = _types(body, where)
    purposes = _strings(body["purpose"], _join(where, "purpose")) if "purpose" in body else []
    if "Choice" in types:
        choices = _objects(body.get("items", []), _join(where, "items"))
        if choices:  # the first is the one the writer prefers
            _body(choices[0][1], choices[0][0], texts, tags, links, depth + 1, tagging)
        return
    if "value" in body:
        value = _string(body["value"], _join(where, "value"), MAX_BODY)
        fmt = _optional_string(body, "format", where)
        if "text/html" in fmt or re.search(r"<[a-zA-Z/][^>]*>", value) and fmt != "text/plain":
            value = plain_text(value)
        if "tagging" in purposes or (tagging and not purposes):
            tags.append(value)
        else:
            texts.append(value)
        return
    source = body.get("source", body.get("id"))
    if isinstance(source, dict):
        source = source.get("id")
    if source is not None:
        address = _string(source, _join(where, "source" if "source" in body else "id"))
        (tags if "tagging" in purposes else links).append(address)


class _PlainText(HTMLParser):
    BREAKS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(html: str) -> str:
    """An HTML body as the text it shows: tags dropped, entities read, never rendered."""
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


NOT_TEXT_TYPES = {"Image": "en bild", "Video": "en video", "Audio": "ljud", "Sound": "ljud"}
NOT_TEXT_SELECTORS = {
    "CssSelector": "en CSS-väljare (gäller HTML-sidor)",
    "XPathSelector": "en XPath-väljare (gäller HTML- och XML-sidor)",
    "SvgSelector": "en SVG-väljare (gäller bilder)",
    "DataPositionSelector": "en byteposition (gäller binära filer)",
}


def _targets(value: Any, where: str, depth: int) -> list[_Target]:
    """The target's one or more text targets (Independents: each item on its own)."""
    if isinstance(value, dict) and "items" in value:
        types = _types(value, where)
        if "Independents" in types:
            items = _objects(value["items"], _join(where, "items"))
            return [_target(item, place, depth + 1) for place, item in items]
        if {"List", "Composite"} & set(types):
            _objects(value["items"], _join(where, "items"))  # checked; not one passage
            return [
                _Target(
                    "",
                    [],
                    "flera mål som hör ihop (List/Composite) är inget enskilt ställe i en rapport",
                )
            ]
    return [_target(value, where, depth)]


def _target(value: Any, where: str, depth: int) -> _Target:
    if depth > MAX_DEPTH:
        raise _Bad(where, f"är nästlad för djupt (högst {MAX_DEPTH} nivåer)")
    if isinstance(value, str):
        return _Target(value, [])
    types = _types(value, where)
    if "items" in value and {"List", "Composite", "Independents"} & set(types):
        raise _Bad(where, "mål i mål (List/Composite/Independents) kan inte nästlas")
    source_value = value.get("source", value.get("id"))
    if isinstance(source_value, dict):
        source_value = source_value.get("id")
    if source_value is None:
        raise _Bad(where, "saknar source eller id (vilken text anteckningen gäller)")
    source = _string(source_value, _join(where, "source" if "source" in value else "id"))
    for kind, name in NOT_TEXT_TYPES.items():
        if kind in types:
            return _Target(source, [], f"målet är {name}, inte text")
    fmt = _optional_string(value, "format", where)
    if fmt.startswith(("image/", "video/", "audio/")):
        return _Target(source, [], f"målet är {fmt}, inte text")
    if "#xywh=" in source or "#t=" in source:
        return _Target(source, [], "målet är en del av en bild eller video")
    selectors: list[tuple[str, dict[str, Any]]] = []
    unusable = ""
    if "selector" in value:
        for place, selector in _objects(value["selector"], _join(where, "selector")):
            found, why = _selector(selector, place, depth + 1)
            selectors.extend(found)
            unusable = unusable or why
    if unusable and not selectors:
        return _Target(source, [], unusable)
    return _Target(source, selectors)


def _selector(
    selector: Any, where: str, depth: int
) -> tuple[list[tuple[str, dict[str, Any]]], str]:
    """The text selectors in a selector (through refinedBy and ranges), or why none."""
    if depth > MAX_DEPTH:
        raise _Bad(where, f"är nästlad för djupt (högst {MAX_DEPTH} nivåer)")
    if isinstance(selector, str):
        return [], "väljaren finns på en annan adress och kan inte hämtas"
    kind = _string(selector.get("type"), _join(where, "type"), 100) if "type" in selector else ""
    found: list[tuple[str, dict[str, Any]]] = []
    why = ""
    if kind == "TextQuoteSelector":
        found.append((where, _quote(selector, where)))
    elif kind == "TextPositionSelector":
        found.append((where, _position(selector, where)))
    elif kind == "RangeSelector":
        ends = []
        for key in ("startSelector", "endSelector"):
            if key not in selector:
                raise _Bad(where, f"saknar {key}")
            [(place, end)] = _objects(selector[key], _join(where, key), allow_string=False)
            ends.append(_selector(end, place, depth + 1))
        (starts, why_start), (stops, why_stop) = ends
        start = next((s for _p, s in starts if s["type"] == "TextPositionSelector"), None)
        stop = next((s for _p, s in stops if s["type"] == "TextPositionSelector"), None)
        if start and stop and start["start"] <= stop["end"]:
            found.append(
                (
                    where,
                    {"type": "TextPositionSelector", "start": start["start"], "end": stop["end"]},
                )
            )
        else:
            why = why_start or why_stop or "ett intervall som inte ges med textpositioner"
    elif kind in NOT_TEXT_SELECTORS:
        why = f"väljaren är {NOT_TEXT_SELECTORS[kind]}"
    elif kind == "FragmentSelector":
        _optional_string(selector, "value", where)
        why = "väljaren är ett fragment utan citat"
    else:
        why = f"okänd väljare {kind or '(utan typ)'}"
    if "refinedBy" in selector:
        for place, refined in _objects(selector["refinedBy"], _join(where, "refinedBy")):
            more, more_why = _selector(refined, place, depth + 1)
            found.extend(more)
            why = why if found else (more_why or why)
    return found, "" if found else why


def _quote(selector: dict[str, Any], where: str) -> dict[str, Any]:
    exact = _string(selector.get("exact"), _join(where, "exact"), MAX_QUOTE)
    if not exact:
        raise _Bad(_join(where, "exact"), "är tomt")
    return {
        "type": "TextQuoteSelector",
        "exact": exact,
        "prefix": _optional_string(selector, "prefix", where, MAX_CONTEXT),
        "suffix": _optional_string(selector, "suffix", where, MAX_CONTEXT),
    }


def _position(selector: dict[str, Any], where: str) -> dict[str, Any]:
    for key in ("start", "end"):
        if key not in selector:
            raise _Bad(where, f"saknar {key}")
    start = _integer(selector["start"], _join(where, "start"), 0, MAX_OFFSET)
    end = _integer(selector["end"], _join(where, "end"), 0, MAX_OFFSET)
    if end < start:
        raise _Bad(_join(where, "end"), f"ska vara minst start ({start}), är {end}")
    return {"type": "TextPositionSelector", "start": start, "end": end}


def _extension(item: dict[str, Any]) -> dict[str, Any]:
    """This app's own fields (namndlasaren:…), each checked for its type and size."""
    out: dict[str, Any] = {}
    for key, name, limit in (
        ("report", "report_label", MAX_SHORT),
        ("section", "section", MAX_SHORT),
        ("answer", "answer", MAX_BODY),
    ):
        if EXT + key in item:
            out[name] = _string(item[EXT + key], EXT + key, limit)
    for key in ("goal", "kpi"):
        if item.get(EXT + key) is not None:
            out[key] = _string(item[EXT + key], EXT + key)
    if EXT + "colour" in item:
        colour = _string(item[EXT + "colour"], EXT + "colour", 50)
        out["colour"] = colour if colour in HIGHLIGHT_COLOURS else "gul"
    if item.get(EXT + "status") is not None:
        status = _string(item[EXT + "status"], EXT + "status", 50)
        out["status"] = status if status in QUESTION_STATUSES else "öppen"
    if EXT + "position" in item:
        _integer(item[EXT + "position"], EXT + "position", 0, MAX_OFFSET)
    if EXT + "reportKey" in item:
        key = item[EXT + "reportKey"]
        if not isinstance(key, dict):
            raise _Bad(EXT + "reportKey", f"ska vara ett objekt, är {_shown(key)}")
        out["report_key"] = {
            name: _string(key[name], f"{EXT}reportKey.{name}", 200)
            for name in ("municipality", "committee", "reportType", "periodEnd")
            if name in key
        }
    if EXT + "meeting" in item:
        meeting = item[EXT + "meeting"]
        if not isinstance(meeting, dict):
            raise _Bad(EXT + "meeting", f"ska vara ett objekt, är {_shown(meeting)}")
        title = _string(meeting.get("title"), f"{EXT}meeting.title", 500)
        date = _optional_string(meeting, "date", f"{EXT}meeting", 50)
        out["meeting"] = (title, date) if title else None
    return out


def _content_id(item: dict[str, Any]) -> str:
    """A stable id for an annotation written without one, so a second import skips it."""
    import hashlib

    digest = hashlib.sha256(
        json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    return f"urn:sha256-annotation:{digest[:32]}"


# --- the whole file ----------------------------------------------------------------------


def read_annotations(path: Path, progress: Progress | None = None) -> Reading:
    """Every annotation of the file checked and read; raises AnnotationFileError on the
    first problem, naming the file, the annotation and the field."""
    path = Path(path)
    data = load_json(path)
    hypothesis = is_hypothesis_export(data)
    items = hypothesis_items(path, data) if hypothesis else annotation_items(path, data)
    read = read_hypothesis if hypothesis else check_and_read
    reading = Reading(total=len(items))
    for number, item in enumerate(items, start=1):
        if progress and number % 1000 == 0:
            progress(number, len(items), "")
        try:
            made, reason = read(item, number)
        except _Bad as exc:
            label = _label(item, number)
            raise AnnotationFileError(f"{path}: {label} är felaktig: {exc}") from exc
        reading.incoming.extend(made)
        if reason:
            reading.skipped.append(Skipped(number, _label(item, number), reason))
    return reading


def _label(item: Any, number: int) -> str:
    ident = item.get("id") if isinstance(item, dict) else None
    if isinstance(ident, str) and ident and len(ident) <= 200:
        return f"anteckning {number} ({ident})"
    return f"anteckning {number}"


# --- Hypothesis exports ----------------------------------------------------------------


def is_hypothesis_export(data: Any) -> bool:
    """The JSON the Hypothesis client exports: its API's annotations with export metadata."""
    return (
        isinstance(data, dict)
        and "annotations" in data
        and "type" not in data
        and any(key in data for key in ("export_date", "export_userid", "client_version"))
    )


def hypothesis_items(path: Path, data: dict[str, Any]) -> list[Any]:
    items = data["annotations"]
    if not isinstance(items, list):
        raise AnnotationFileError(f"{path}: annotations ska vara en lista")
    if len(items) > MAX_ITEMS:
        raise AnnotationFileError(
            f"{path}: för många anteckningar ({len(items)}; högst {MAX_ITEMS})"
        )
    return items


def read_hypothesis(item: Any, number: int) -> tuple[list[Incoming], str]:
    """One annotation of the Hypothesis API: its quote, text and tags, where it was read.

    Positions are left out: they count characters of the web page or PDF, not of the
    report's text here. The report is found later, by address or by the quote.
    """
    if not isinstance(item, dict):
        raise _Bad("", f"ska vara ett objekt, är {_shown(item)}")
    ident = _optional_string(item, "id", "id")
    uri = _optional_string(item, "uri", "uri")
    text = _optional_string(item, "text", "text", MAX_BODY)
    tags = _strings(item["tags"], "tags") if item.get("tags") is not None else []
    addresses = [uri] if uri else []
    title = ""
    document = item.get("document")
    if document is not None:
        if not isinstance(document, dict):
            raise _Bad("document", f"ska vara ett objekt, är {_shown(document)}")
        if document.get("title") is not None:
            titles = _strings(document["title"], "document.title")
            title = titles[0] if titles else ""
        for place, link in _objects(document.get("link", []), "document.link", allow_string=False):
            if "href" in link:
                addresses.append(_string(link["href"], _join(place, "href")))
    quote: dict[str, Any] = {}
    targets = _objects(item.get("target", []), "target", allow_string=False)
    for place, target in targets:
        if "source" in target:
            addresses.append(_string(target["source"], _join(place, "source")))
        for selector_place, selector in _objects(
            target.get("selector", []), _join(place, "selector"), allow_string=False
        ):
            # Hypothesis's own RangeSelector (XPath containers) and positions count in the
            # web page; only the quote is the report's text
            if selector.get("type") == "TextQuoteSelector" and not quote:
                quote = _quote(selector, selector_place)
    if targets and not quote and any("selector" in t for _p, t in targets):
        return [], "ingen citerad text (bara positioner på sidan)"
    incoming = Incoming(
        number=number,
        ident=f"urn:x-hypothesis:{ident}" if ident else _content_id(item),
        kind="note" if text or tags else "highlight",
        source=uri,
        sha256="",
        exact=quote.get("exact", ""),
        prefix=quote.get("prefix", ""),
        suffix=quote.get("suffix", ""),
        body=text,
        tags=tags,
        report_label=title or uri,
        addresses=addresses,
        origin="hypothesis",
    )
    return [incoming], ""
