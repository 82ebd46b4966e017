"""LibreOffice Writer back-end: a Doc as a flat ODF text file (.fodt), converted to PDF.

The .fodt is committed beside the PDFs (tests/corpus/sources) so the PDF can be remade with
`soffice --headless --convert-to pdf`. Headings carry their numbers as text ("2.1 Uppdrag"),
the table of contents is written out with dot leaders and the page numbers found in a first
conversion, page headers and footers use Writer's page-number and page-count fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from . import lo
from .model import TOC, Block, Bullets, Custom, Doc, H, P, PageBreak, Scan, Table

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
)

ITALIC = ' fo:font-style="italic"'
BOLD = ' fo:font-weight="bold"'

DEFAULTS = {
    "font": "Carlito",
    "hfont": None,
    "size": 11,
    "color": "#000000",
    "hcolor": "#000000",
    "h_sizes": {1: 16, 2: 13, 3: 11.5, 4: 11},
    "h_bold": True,
    "margins": (2.0, 2.0, 2.5, 2.5),  # top, bottom, left, right (cm)
    "header": None,  # "left\tcentre\tright" with {page} {pages}
    "footer": None,
    "hf_size": 8.5,
    "hf_rule": False,
    "first_page_plain": True,
    "table_rules": "rules",  # rules | grid | none
    "table_head_bg": None,
    "table_size": 9.5,
    "table_font": None,
    "zebra": None,
    "justify": False,
    "para_after": 0.21,
    "h1_page_break": False,
    "line_height": None,
    "title_color": None,
    "caption_italic": False,
}


def x(s: str) -> str:
    return escape(s)


def _span_text(s: str) -> str:
    """Escape text, keep runs of spaces and tabs and line breaks as ODF elements."""
    out = []
    for i, line in enumerate(s.split("\n")):
        if i:
            out.append("<text:line-break/>")
        parts = line.split("\t")
        for j, part in enumerate(parts):
            if j:
                out.append("<text:tab/>")
            part = x(part)
            part = re.sub(r"  +", lambda m: " " + f'<text:s text:c="{len(m.group()) - 1}"/>', part)
            out.append(part)
    return "".join(out)


def _hf(template: str | None, size: float, rule: str | None, top: bool) -> str:
    if not template:
        return ""
    s = _span_text(template)
    s = s.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
    s = s.replace("{pages}", "<text:page-count>1</text:page-count>")
    tag = "style:header" if top else "style:footer"
    return f'<{tag}><text:p text:style-name="{"Header" if top else "Footer"}">{s}</text:p></{tag}>'


class FodtWriter:
    def __init__(self, doc: Doc, opts: dict | None = None) -> None:
        self.doc = doc
        self.o = {**DEFAULTS, **(doc.options.get("fodt") or {}), **(opts or {})}
        self.custom: dict[str, Callable[[Custom], str]] = {}
        self.auto: list[str] = []  # automatic styles
        self.ntab = 0
        self.toc_pages: dict[int, int] = {}
        self.src_dir: Path | None = None

    # ------------------------------------------------------------ styles
    def styles(self) -> str:
        o = self.o
        f = o["font"]
        hf = o["hfont"] or f
        tw = 21.0 - o["margins"][2] - o["margins"][3]
        lh = f' fo:line-height="{o["line_height"]}"' if o["line_height"] else ""
        just = ' fo:text-align="justify"' if o["justify"] else ""
        s = [
            f'<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>'
            f'<style:text-properties style:font-name="{f}" fo:font-size="{o["size"]}pt" fo:color="{o["color"]}" '
            'fo:language="sv" fo:country="SE" fo:hyphenate="false"/></style:default-style>',
            '<style:default-style style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm"/></style:default-style>',
            f'<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="{o["para_after"]}cm"{lh}{just}/></style:style>',
            f'<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="{o["para_after"]}cm"{lh}{just}/></style:style>',
        ]
        for lvl, size in o["h_sizes"].items():
            brk = ' fo:break-before="page"' if (lvl == 1 and o["h1_page_break"]) else ""
            bold = ' fo:font-weight="bold"' if o["h_bold"] or lvl == 1 else ""
            s.append(
                f'<style:style style:name="Heading_20_{lvl}" style:display-name="Heading {lvl}" style:family="paragraph" '
                f'style:default-outline-level="{lvl}"><style:paragraph-properties fo:margin-top="{0.5 if lvl == 1 else 0.35}cm" '
                f'fo:margin-bottom="0.18cm" fo:keep-with-next="always"{brk}/><style:text-properties style:font-name="{hf}" '
                f'fo:font-size="{size}pt"{bold} fo:color="{o["hcolor"]}"/></style:style>'
            )
        s.append(
            '<style:style style:name="Heading_20_1_20_nb" style:family="paragraph" style:parent-style-name="Heading_20_1">'
            '<style:paragraph-properties fo:break-before="auto"/></style:style>'
        )
        tc = o["title_color"] or o["hcolor"]
        s += [
            f'<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-top="{5 if o["first_page_plain"] else 0.3}cm" fo:margin-bottom="0.4cm"/>'
            f'<style:text-properties style:font-name="{hf}" fo:font-size="30pt" fo:font-weight="bold" fo:color="{tc}"/></style:style>',
            f'<style:style style:name="Subtitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/>'
            f'<style:text-properties style:font-name="{hf}" fo:font-size="17pt" fo:color="{tc}"/></style:style>',
            '<style:style style:name="Meta" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/>'
            '<style:text-properties fo:font-size="9.5pt"/></style:style>',
            '<style:style style:name="MetaTop" style:family="paragraph" style:parent-style-name="Meta"><style:paragraph-properties fo:margin-top="9cm"/></style:style>',
            f'<style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="{o["size"] + 1}pt" fo:font-style="italic"/></style:style>',
            f'<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="{o["size"] - 2}pt"/></style:style>',
            '<style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm" '
            'fo:background-color="#F2F2F2" fo:padding="0.15cm"/><style:text-properties fo:font-style="italic"/></style:style>',
            '<style:style style:name="Status" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>',
            f'<style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>'
            f'<style:text-properties fo:font-size="{o["size"] - 1}pt" fo:font-weight="bold"{ITALIC if o["caption_italic"] else ""}/></style:style>',
            f'<style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.3cm"/>'
            f'<style:text-properties fo:font-size="{o["size"] - 2.5}pt" fo:font-style="italic"/></style:style>',
            f'<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties><style:tab-stops>'
            f'<style:tab-stop style:position="{tw / 2:.2f}cm" style:type="center"/><style:tab-stop style:position="{tw:.2f}cm" style:type="right"/>'
            f'</style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="{o["hf_size"]}pt"/></style:style>',
            f'<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties><style:tab-stops>'
            f'<style:tab-stop style:position="{tw / 2:.2f}cm" style:type="center"/><style:tab-stop style:position="{tw:.2f}cm" style:type="right"/>'
            f'</style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="{o["hf_size"]}pt"/></style:style>',
            f'<style:style style:name="TOCHead" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/>'
            f'<style:text-properties style:font-name="{hf}" fo:font-size="{o["h_sizes"][1]}pt" fo:font-weight="bold" fo:color="{o["hcolor"]}"/></style:style>',
        ]
        for lvl in (1, 2, 3):
            s.append(
                f'<style:style style:name="TOC{lvl}" style:family="paragraph"><style:paragraph-properties fo:margin-left="{(lvl - 1) * 0.6}cm" '
                f'fo:margin-bottom="0.08cm"><style:tab-stops><style:tab-stop style:position="{tw - (lvl - 1) * 0.6:.2f}cm" style:type="right" '
                f'style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>'
                f"<style:text-properties{BOLD if lvl == 1 else ''}/></style:style>"
            )
        tf = o["table_font"] or f
        ts = o["table_size"]
        s += [
            f'<style:style style:name="TL" style:family="paragraph"><style:paragraph-properties fo:margin="0cm"/><style:text-properties style:font-name="{tf}" fo:font-size="{ts}pt"/></style:style>',
            '<style:style style:name="TN" style:family="paragraph" style:parent-style-name="TL"><style:paragraph-properties fo:text-align="end"/></style:style>',
            '<style:style style:name="TLB" style:family="paragraph" style:parent-style-name="TL"><style:text-properties fo:font-weight="bold"/></style:style>',
            '<style:style style:name="TNB" style:family="paragraph" style:parent-style-name="TN"><style:text-properties fo:font-weight="bold"/></style:style>',
            '<style:style style:name="TLI" style:family="paragraph" style:parent-style-name="TL"><style:paragraph-properties fo:margin-left="0.35cm"/></style:style>',
            '<style:style style:name="TLH" style:family="paragraph" style:parent-style-name="TL"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>',
        ]
        return "\n".join(s)

    def page_layouts(self) -> str:
        o = self.o
        t, b, lft, r = o["margins"]
        head = self._hf_layout()
        rule = ""
        if o["hf_rule"]:
            rule = ' fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.08cm"'
        frule = (
            ' fo:border-top="0.5pt solid #808080" fo:padding-top="0.08cm"' if o["hf_rule"] else ""
        )
        return (
            f'<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            f'fo:margin-top="{t}cm" fo:margin-bottom="{b}cm" fo:margin-left="{lft}cm" fo:margin-right="{r}cm"/>'
            f'<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"{rule}/></style:header-style>'
            f'<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"{frule}/></style:footer-style>'
            f"</style:page-layout>{head}"
            '<style:page-layout style:name="pm3"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout>'
            f'<style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            f'fo:margin-top="{t}cm" fo:margin-bottom="{b}cm" fo:margin-left="{lft}cm" fo:margin-right="{r}cm"/></style:page-layout>'
        )

    def _hf_layout(self) -> str:
        return ""

    def master(self) -> str:
        o = self.o
        first = ""
        nxt = ""
        if o["first_page_plain"]:
            first = '<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm2" style:next-style-name="Standard"/>'
        first += '<style:master-page style:name="Scan" style:page-layout-name="pm3" style:next-style-name="Standard"/>'
        return (
            f"<office:master-styles>{first}"
            f'<style:master-page style:name="Standard" style:page-layout-name="pm1"{nxt}>'
            f"{_hf(o['header'], o['hf_size'], None, True)}{_hf(o['footer'], o['hf_size'], None, False)}"
            f"</style:master-page></office:master-styles>"
        )

    # ------------------------------------------------------------ blocks
    def block(self, b: Block) -> str:
        if isinstance(b, H):
            st = "Heading_20_1_20_nb" if b.style == "nb" else f"Heading_20_{min(b.level, 4)}"
            return f'<text:h text:style-name="{st}" text:outline-level="{b.level}">{_span_text(b.full)}</text:h>'
        if isinstance(b, P):
            st = {
                "title": "Title",
                "subtitle": "Subtitle",
                "meta": "Meta",
                "metatop": "MetaTop",
                "lead": "Lead",
                "small": "Small",
                "quote": "Quote",
                "status": "Status",
                "note": "Note",
                "caption": "Caption",
            }.get(b.style or "", "Text_20_body")
            return f'<text:p text:style-name="{st}">{_span_text(b.body)}</text:p>'
        if isinstance(b, Bullets):
            items = "".join(
                f'<text:list-item><text:p text:style-name="Text_20_body">{_span_text(i)}</text:p></text:list-item>'
                for i in b.items
            )
            return f'<text:list text:style-name="LBullet">{items}</text:list>'
        if isinstance(b, PageBreak):
            return '<text:p text:style-name="PB"/>'
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, TOC):
            return self.toc(b)
        if isinstance(b, Custom):
            return self.custom[b.kind](b)
        if isinstance(b, Scan):
            return self.scan(b)
        raise TypeError(b)

    def scan(self, b: Scan) -> str:
        """A page that is a scanned picture: its own master page without margins or furniture."""
        from . import raster

        self.nscan = getattr(self, "nscan", 0) + 1
        name = f"{self.doc.stem}-skannad-sida{self.nscan}.jpg"
        assert self.src_dir is not None
        img = raster.scanned_page(b.blocks, seed=name, **self.doc.options.get("scan", {}))
        raster.save_jpeg(img, self.src_dir / name, quality=self.doc.options.get("scan_quality", 50))
        return (
            '<text:p text:style-name="ScanPage"><draw:frame draw:name="Skannad" text:anchor-type="as-char" '
            'svg:width="20.99cm" svg:height="29.69cm"><draw:image xlink:href="'
            + name
            + '" xlink:type="simple" '
            'xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p><text:p text:style-name="AfterScan"/>'
        )

    def toc(self, b: TOC) -> str:
        out = [f'<text:p text:style-name="TOCHead">{x(b.title)}</text:p>']
        for i, h in enumerate(self.doc.blocks):
            if isinstance(h, H) and h.toc and h.level <= b.levels:
                page = self.toc_pages.get(i, 88)
                out.append(
                    f'<text:p text:style-name="TOC{h.level}">{_span_text(h.full)}<text:tab/>{page}</text:p>'
                )
        if not self.o["h1_page_break"]:
            out.append('<text:p text:style-name="PB"/>')
        return "".join(out)

    def image_table(self, t: Table) -> str:
        """The table pasted as a picture (an Excel range copied as an image); caption stays text."""
        from . import raster

        o = self.o
        tw = 21.0 - o["margins"][2] - o["margins"][3]
        img = raster.table_image(t, tw / 2.54 * 72, **self.doc.options.get("image_table", {}))
        name = f"{self.doc.stem}-bild{self.ntab}.png"
        assert self.src_dir is not None
        img.save(self.src_dir / name, "PNG", optimize=True)
        h = tw * img.height / img.width
        out = []
        if t.caption:
            out.append(f'<text:p text:style-name="Caption">{_span_text(t.caption)}</text:p>')
        out.append(
            f'<text:p text:style-name="Standard"><draw:frame draw:name="Bild{self.ntab}" text:anchor-type="as-char" '
            f'svg:width="{tw:.3f}cm" svg:height="{h:.3f}cm"><draw:image xlink:href="{name}" xlink:type="simple" '
            f'xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>'
        )
        if t.note:
            out.append(f'<text:p text:style-name="Note">{_span_text(t.note)}</text:p>')
        return "".join(out)

    def table(self, t: Table) -> str:
        o = self.o
        self.ntab += 1
        if t.as_image:
            return self.image_table(t)
        name = f"Tbl{self.ntab}"
        tw = 21.0 - o["margins"][2] - o["margins"][3]
        widths = [t.label_width] + [c.width or 1.0 for c in t.cols]
        scale = tw / sum(widths)
        rules = o["table_rules"]
        auto = [
            f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{tw:.2f}cm" '
            f'table:align="left" fo:margin-bottom="{0.1 if t.note else 0.4}cm"/></style:style>'
        ]
        for i, w in enumerate(widths):
            auto.append(
                f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties '
                f'style:column-width="{w * scale:.3f}cm"/></style:style>'
            )

        def cell_style(kind: str) -> str:
            sname = f"{name}.{kind}"
            props = 'fo:padding-left="0.08cm" fo:padding-right="0.08cm" fo:padding-top="0.04cm" fo:padding-bottom="0.04cm"'
            if rules == "grid":
                props += ' fo:border="0.5pt solid #7f7f7f"'
            elif rules == "rules":
                if kind in ("head", "group"):
                    props += ' fo:border-bottom="0.75pt solid #000000"'
                elif kind == "total":
                    props += ' fo:border-top="0.75pt solid #000000" fo:border-bottom="0.75pt solid #000000"'
                else:
                    props += ' fo:border-bottom="0.25pt solid #bfbfbf"'
            if kind in ("head", "group") and o["table_head_bg"]:
                props += f' fo:background-color="{o["table_head_bg"]}"'
            if kind == "zebra" and o["zebra"]:
                props += f' fo:background-color="{o["zebra"]}"'
            if kind in ("head", "group"):
                props += ' style:vertical-align="bottom"'
            auto.append(
                f'<style:style style:name="{sname}" style:family="table-cell"><style:table-cell-properties {props}/></style:style>'
            )
            return sname

        cs = {k: cell_style(k) for k in ("head", "group", "body", "total", "zebra")}
        self.auto.extend(auto)
        cols = "".join(
            f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths))
        )
        head_rows = []
        if any(c.group for c in t.cols):
            cells = [
                f'<table:table-cell table:style-name="{cs["group"]}"><text:p text:style-name="TLB"/></table:table-cell>'
            ]
            for g, span in t.groups():
                attr = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                cells.append(
                    f'<table:table-cell table:style-name="{cs["group"]}"{attr}><text:p text:style-name="TNB" '
                    f'loext:text-align="center">{x(g)}</text:p></table:table-cell>'
                )
                cells += ["<table:covered-table-cell/>"] * (span - 1)
            head_rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        grid = t.header_lines()
        cells = []
        for j, lines in enumerate(grid):
            st = "TLB" if j == 0 else "TNB"
            ps = (
                "".join(f'<text:p text:style-name="{st}">{x(s)}</text:p>' for s in lines if s)
                or f'<text:p text:style-name="{st}"/>'
            )
            cells.append(
                f'<table:table-cell table:style-name="{cs["head"]}" office:value-type="string">{ps}</table:table-cell>'
            )
        head_rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        body = []
        for k, r in enumerate(t.rows):
            kind = "total" if r.total else ("zebra" if k % 2 and o["zebra"] else "body")
            if r.heading:
                body.append(
                    f'<table:table-row><table:table-cell table:style-name="{cs[kind]}" table:number-columns-spanned="{len(widths)}">'
                    f'<text:p text:style-name="TLH">{x(r.label)}</text:p></table:table-cell>'
                    + "<table:covered-table-cell/>" * (len(widths) - 1)
                    + "</table:table-row>"
                )
                continue
            lst = "TLB" if r.total else ("TLI" if r.indent else "TL")
            nst = "TNB" if r.total else "TN"
            cells = [
                f'<table:table-cell table:style-name="{cs[kind]}" office:value-type="string"><text:p text:style-name="{lst}">{_span_text(r.label)}</text:p></table:table-cell>'
            ]
            for c, v in zip(t.cols, r.cells, strict=True):
                s = t.fmt_cell(r, c, v)
                cells.append(
                    f'<table:table-cell table:style-name="{cs[kind]}" office:value-type="string"><text:p text:style-name="{nst}">{x(s)}</text:p></table:table-cell>'
                )
            body.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        out = []
        if t.caption:
            out.append(f'<text:p text:style-name="Caption">{_span_text(t.caption)}</text:p>')
        out.append(
            f'<table:table table:name="{name}" table:style-name="{name}">{cols}'
            f"<table:table-header-rows>{''.join(head_rows)}</table:table-header-rows>{''.join(body)}</table:table>"
        )
        if t.note:
            out.append(f'<text:p text:style-name="Note">{_span_text(t.note)}</text:p>')
        return "".join(out)

    # ------------------------------------------------------------ whole document
    def render(self) -> str:
        self.auto = []
        self.ntab = 0
        body = []
        if self.o["first_page_plain"]:
            body.append('<text:p text:style-name="FirstPageP"/>')  # opens the title page master
        for b in self.doc.blocks:
            body.append(self.block(b))
        o = self.o
        fonts = {o["font"], o["hfont"] or o["font"], o["table_font"] or o["font"]}
        font_decls = "".join(
            f'<style:font-face style:name="{f}" svg:font-family="{f}"/>' for f in sorted(fonts)
        )
        lists = (
            '<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" '
            'fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>'
        )
        auto = [
            '<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>',
            '<style:style style:name="ScanPage" style:family="paragraph" style:master-page-name="Scan">'
            '<style:paragraph-properties fo:margin="0cm" fo:line-height="100%"/><style:text-properties fo:font-size="2pt"/></style:style>',
            '<style:style style:name="AfterScan" style:family="paragraph" style:master-page-name="Standard">'
            '<style:text-properties fo:font-size="2pt"/></style:style>',
            '<style:style style:name="FirstPageP" style:family="paragraph" style:master-page-name="First_20_Page">'
            '<style:text-properties fo:font-size="2pt"/></style:style>',
        ] + self.auto
        meta = f"<office:meta><dc:title>{x(self.doc.options.get('pdf_title', self.doc.title))}</dc:title></office:meta>"
        return (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">\n{meta}\n'
            f"<office:font-face-decls>{font_decls}</office:font-face-decls>\n"
            f"<office:styles>\n{self.styles()}\n{lists}\n</office:styles>\n"
            f"<office:automatic-styles>{self.page_layouts()}{''.join(auto)}</office:automatic-styles>\n"
            f"{self.master()}\n<office:body><office:text>\n"
            + "\n".join(body)
            + "\n</office:text></office:body></office:document>\n"
        )


def build(
    doc: Doc,
    src_dir: Path,
    out_dir: Path,
    custom: dict | None = None,
    writer: FodtWriter | None = None,
) -> Path:
    """Write sources/<stem>.fodt and convert it; with a TOC, convert twice to learn the pages."""
    w = writer or FodtWriter(doc)
    w.custom.update(custom or {})
    w.src_dir = src_dir
    src = src_dir / f"{doc.stem}.fodt"
    has_toc = any(isinstance(b, TOC) for b in doc.blocks)
    src.write_text(w.render(), encoding="utf-8")
    pdf = lo.convert(src, out_dir)
    if has_toc:
        w2 = w
        w2.src_dir = src_dir
        w2.toc_pages = lo.heading_pages(pdf, doc)
        src.write_text(w2.render(), encoding="utf-8")
        pdf = lo.convert(src, out_dir)
        again = lo.heading_pages(pdf, doc)
        assert again == w2.toc_pages, (doc.stem, again, w2.toc_pages)
    return pdf
