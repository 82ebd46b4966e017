"""LibreOffice Calc back-end: a Doc as one sheet of a flat ODF spreadsheet (.fods), printed to PDF
the way a spreadsheet is printed: cells on a grid, numbers formatted by Calc (Swedish grouping),
header lines of a table in separate rows, the sheet name in the page header."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from . import lo
from .model import Block, Doc, P, Raw, Table

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def _num_style(name: str, dec: int) -> str:
    return (
        f'<number:number-style style:name="{name}" number:language="sv" number:country="SE">'
        f'<number:number number:decimal-places="{dec}" number:min-decimal-places="{dec}" '
        f'number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
    )


def build(doc: Doc, src_dir: Path, out_dir: Path) -> Path:
    o = doc.options.get("fods", {})
    sheet = o.get("sheet", "Blad1")
    ncols = o.get("ncols", 6)
    widths = o.get("widths", [6.5] + [2.4] * (ncols - 1))
    rows: list[str] = []
    used: set[str] = set()  # number formats beyond the Swedish default

    def cell(
        text: str | None = None, style: str = "cT", value: float | None = None, span: int = 1
    ) -> str:
        attr = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        if value is not None:
            return (
                f'<table:table-cell table:style-name="{style}" office:value-type="float" '
                f'office:value="{value!r}"{attr}/>'
            ) + "<table:covered-table-cell/>" * (span - 1)
        if text is None or text == "":
            return (
                f'<table:table-cell table:style-name="{style}"{attr}/>'
                + "<table:covered-table-cell/>" * (span - 1)
            )
        return (
            f'<table:table-cell table:style-name="{style}" office:value-type="string"{attr}>'
            f"<text:p>{escape(text)}</text:p></table:table-cell>"
        ) + "<table:covered-table-cell/>" * (span - 1)

    def row(cells: list[str]) -> None:
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")

    def block(b: Block) -> None:
        if isinstance(b, P):
            st = {
                "title": "cTitle",
                "subtitle": "cSub",
                "meta": "cT",
                "note": "cNote",
                "caption": "cCap",
            }.get(b.style or "", "cT")
            for line in b.body.split("\n"):
                row([cell(line, st)])
            return
        if isinstance(b, Table):
            if b.caption:
                row([cell(b.caption, "cCap")])
            if any(c.group for c in b.cols):  # a heading over several columns, merged cells
                row([cell("", "cHL")] + [cell(g, "cHC", span=n) for g, n in b.groups()])
            grid = b.header_lines()
            for i in range(len(grid[0])):
                last = i == len(grid[0]) - 1
                row(
                    [
                        cell(col[i], ("cHL" if j == 0 else "cHN") + ("B" if last else ""))
                        for j, col in enumerate(grid)
                    ]
                )
            for r in b.rows:
                lab = ("    " * r.indent) + r.label
                cs = [cell(lab, "cLB" if r.total else ("cLH" if r.heading else "cL"))]
                if not r.heading:
                    for c, v in zip(b.cols, r.cells, strict=True):
                        f = c.fmt or r.fmt or b.fmt
                        st = ("cNB" if r.total else "cN") + str(f.dec)
                        if isinstance(v, Raw):
                            cs.append(cell(v.text, "cNT"))
                        elif v is None:
                            cs.append(cell(None, "cN0"))
                        elif f.thou == "." and f.trail_minus and not f.dec:
                            # Calc "#.##0;[RED]#.##0-": dots as thousands, negatives red with a
                            # trailing minus
                            used.add("D")
                            cs.append(cell(None, "cDB" if r.total else "cD", value=v))
                        elif f.thou == "" and not f.dec:  # Calc "0": no grouping
                            used.add("G")
                            cs.append(cell(None, "cGB" if r.total else "cG", value=v))
                        else:
                            assert f.thou == " " and f.minus == "-" and not f.suffix, (
                                "Calc prints its own format"
                            )
                            cs.append(cell(None, st, value=v))
                row(cs)
            if b.note:
                row([cell(b.note, "cNote")])
            row([cell("")])
            return
        raise TypeError(b)

    for b in doc.blocks:
        block(b)
    font = o.get("font", "Liberation Sans")
    cellp = 'fo:padding="0.04cm"'
    bottom = 'fo:border-bottom="0.6pt solid #000000"'
    styles = "".join(
        [
            _num_style("N0", 0),
            _num_style("N1", 1),
            f'<style:default-style style:family="table-cell"><style:text-properties style:font-name="{font}" fo:font-size="9pt"/></style:default-style>',
            f'<style:style style:name="cT" style:family="table-cell"><style:table-cell-properties {cellp}/></style:style>',
            '<style:style style:name="cTitle" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>',
            '<style:style style:name="cSub" style:family="table-cell"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>',
            '<style:style style:name="cCap" style:family="table-cell"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>',
            '<style:style style:name="cNote" style:family="table-cell"><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>',
            f'<style:style style:name="cL" style:family="table-cell"><style:table-cell-properties {cellp} fo:border-bottom="0.3pt solid #BFBFBF"/></style:style>',
            f'<style:style style:name="cLH" style:family="table-cell"><style:table-cell-properties {cellp}/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>',
            f'<style:style style:name="cLB" style:family="table-cell"><style:table-cell-properties {cellp} fo:border-top="0.6pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>',
            f'<style:style style:name="cHL" style:family="table-cell"><style:table-cell-properties {cellp} fo:background-color="#DDEBF7"/><style:text-properties fo:font-weight="bold"/></style:style>',
            f'<style:style style:name="cHLB" style:family="table-cell" style:parent-style-name="cHL"><style:table-cell-properties {bottom}/></style:style>',
            '<style:style style:name="cHN" style:family="table-cell" style:parent-style-name="cHL"><style:paragraph-properties fo:text-align="end"/></style:style>',
            '<style:style style:name="cHC" style:family="table-cell" style:parent-style-name="cHL"><style:paragraph-properties fo:text-align="center"/></style:style>',
            f'<style:style style:name="cHNB" style:family="table-cell" style:parent-style-name="cHN"><style:table-cell-properties {bottom}/></style:style>',
            f'<style:style style:name="cNT" style:family="table-cell"><style:table-cell-properties {cellp} fo:border-bottom="0.3pt solid #BFBFBF"/><style:paragraph-properties fo:text-align="end"/></style:style>',
        ]
        + [
            f'<style:style style:name="cN{d}" style:family="table-cell" style:data-style-name="N{d}"><style:table-cell-properties {cellp} fo:border-bottom="0.3pt solid #BFBFBF"/></style:style>'
            f'<style:style style:name="cNB{d}" style:family="table-cell" style:data-style-name="N{d}"><style:table-cell-properties {cellp} fo:border-top="0.6pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>'
            for d in (0, 1)
        ]
    )
    if "D" in used:
        styles += (
            '<number:number-style style:name="ND-neg" number:language="de" number:country="DE">'
            '<style:text-properties fo:color="#FF0000"/><number:number number:decimal-places="0" '
            'number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>'
            "<number:text>-</number:text></number:number-style>"
            '<number:number-style style:name="ND" number:language="de" number:country="DE">'
            '<number:number number:decimal-places="0" number:min-decimal-places="0" '
            'number:min-integer-digits="1" number:grouping="true"/>'
            '<style:map style:condition="value()&lt;0" style:apply-style-name="ND-neg"/>'
            "</number:number-style>"
        )
    if "G" in used:
        styles += (
            '<number:number-style style:name="NG" number:language="sv" number:country="SE">'
            '<number:number number:decimal-places="0" number:min-decimal-places="0" '
            'number:min-integer-digits="1" number:grouping="false"/></number:number-style>'
        )
    for k in sorted(used):
        styles += (
            f'<style:style style:name="c{k}" style:family="table-cell" style:data-style-name="N{k}">'
            f'<style:table-cell-properties {cellp} fo:border-bottom="0.3pt solid #BFBFBF"/></style:style>'
            f'<style:style style:name="c{k}B" style:family="table-cell" style:data-style-name="N{k}">'
            f'<style:table-cell-properties {cellp} fo:border-top="0.6pt solid #000000"/>'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
        )
    cols = "".join(
        f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{w}cm"/></style:style>'
        for i, w in enumerate(widths)
    )
    hl, hr = o.get("header", ("", sheet))
    fl = o.get("footer_left", "")
    landscape = o.get("landscape", False)
    pw, ph, orient = (
        ("29.7cm", "21cm", "landscape") if landscape else ("21cm", "29.7cm", "portrait")
    )
    page = (
        f'<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" '
        f'style:print-orientation="{orient}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" '
        'fo:margin-right="1.5cm" style:scale-to="100%"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>'
        "</style:page-layout>"
    )
    master = (
        '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">'
        f"<style:header><style:region-left><text:p>{escape(hl)}</text:p></style:region-left>"
        f"<style:region-right><text:p><text:sheet-name>???</text:sheet-name></text:p></style:region-right></style:header>"
        f"<style:footer><style:region-left><text:p>{escape(fl)}</text:p></style:region-left>"
        "<style:region-right><text:p>Sida <text:page-number>1</text:page-number> (<text:page-count>1</text:page-count>)</text:p></style:region-right>"
        "</style:footer></style:master-page></office:master-styles>"
    )
    _ = hr
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
        f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
        f"<office:meta><dc:title>{escape(doc.options.get('pdf_title', doc.title))}</dc:title></office:meta>\n"
        f'<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="{font}"/></office:font-face-decls>\n'
        f"<office:styles>{styles}</office:styles>\n"
        f'<office:automatic-styles>{cols}{page}<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
        '<style:table-properties table:display="true"/></style:style></office:automatic-styles>\n'
        f"{master}\n<office:body><office:spreadsheet>"
        f'<table:table table:name="{escape(sheet)}" table:style-name="ta1">'
        + "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(widths)))
        + "\n".join(rows)
        + "</table:table></office:spreadsheet></office:body></office:document>\n"
    )
    src = src_dir / f"{doc.stem}.fods"
    src.write_text(xml, encoding="utf-8")
    return lo.convert(src, out_dir)
