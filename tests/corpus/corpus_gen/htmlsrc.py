"""HTML back-end: a Doc as an HTML page (as a web-based reporting tool exports it), converted by
LibreOffice Writer. No running headers or page numbers: HTML has none."""

from __future__ import annotations

from html import escape
from pathlib import Path

from . import lo
from .model import TOC, Block, Bullets, Custom, Doc, H, P, PageBreak, Table

DEFAULTS = {
    "font": "Liberation Sans",
    "hfont": None,
    "size": "10pt",
    "hcolor": "#000000",
    "table_border": "1px solid #999999",
    "head_bg": "#E7E6E6",
    "css": "",
}


def e(s: str) -> str:
    return escape(s, quote=False).replace("\n", "<br>")


class HtmlWriter:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.o = {**DEFAULTS, **(doc.options.get("html") or {})}
        self.custom: dict = {}

    def block(self, b: Block) -> str:
        if isinstance(b, H):
            return f"<h{b.level}>{e(b.full)}</h{b.level}>"
        if isinstance(b, P):
            cls = f' class="{b.style}"' if b.style else ""
            return f"<p{cls}>{e(b.body)}</p>"
        if isinstance(b, Bullets):
            return "<ul>" + "".join(f"<li>{e(i)}</li>" for i in b.items) + "</ul>"
        if isinstance(b, PageBreak):
            return '<p style="page-break-before: always"></p>'
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, Custom):
            return self.custom[b.kind](b)
        if isinstance(b, TOC):
            raise TypeError("no TOC in HTML documents")
        raise TypeError(b)

    def table(self, t: Table) -> str:
        o = self.o
        bd = o["table_border"]
        out = []
        if t.caption:
            out.append(f'<p class="caption">{e(t.caption)}</p>')
        widths = [t.label_width] + [c.width or 1.0 for c in t.cols]
        tot = sum(widths)
        out.append(
            '<table width="100%" cellspacing="0" cellpadding="3" '
            f'style="border-collapse: collapse; border: {bd}">'
        )
        out.append(
            "<colgroup>"
            + "".join(f'<col width="{round(100 * w / tot)}%">' for w in widths)
            + "</colgroup>"
        )
        out.append("<thead>")
        hstyle = f'style="background: {o["head_bg"]}; border: {bd}; font-weight: bold"'
        if any(c.group for c in t.cols):
            cells = [f"<th {hstyle}></th>"]
            for g, span in t.groups():
                cells.append(f'<th colspan="{span}" align="center" {hstyle}>{e(g)}</th>')
            out.append("<tr>" + "".join(cells) + "</tr>")
        grid = t.header_lines()
        cells = []
        for j, lines in enumerate(grid):
            al = "left" if j == 0 else "right"
            cells.append(
                f'<th align="{al}" valign="bottom" {hstyle}>'
                + "<br>".join(e(s) for s in lines if s)
                + "</th>"
            )
        out.append("<tr>" + "".join(cells) + "</tr></thead><tbody>")
        for r in t.rows:
            st = f'style="border: {bd}{"; font-weight: bold" if r.total or r.heading else ""}"'
            if r.heading:
                out.append(f'<tr><td colspan="{len(widths)}" {st}><i>{e(r.label)}</i></td></tr>')
                continue
            pad = "&nbsp;&nbsp;&nbsp;" * r.indent
            cells = [f"<td {st}>{pad}{e(r.label)}</td>"]
            for c, v in zip(t.cols, r.cells, strict=True):
                cells.append(f'<td align="right" {st}>{e(t.fmt_cell(r, c, v))}</td>')
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        if t.note:
            out.append(f'<p class="note">{e(t.note)}</p>')
        return "\n".join(out)

    def render(self) -> str:
        o = self.o
        css = f"""
body {{ font-family: '{o["font"]}'; font-size: {o["size"]}; }}
h1 {{ font-family: '{o["hfont"] or o["font"]}'; font-size: 17pt; color: {o["hcolor"]}; }}
h2 {{ font-family: '{o["hfont"] or o["font"]}'; font-size: 13.5pt; color: {o["hcolor"]}; }}
h3 {{ font-family: '{o["hfont"] or o["font"]}'; font-size: 11pt; color: {o["hcolor"]}; }}
p.title {{ font-size: 24pt; font-weight: bold; color: {o["hcolor"]}; }}
p.subtitle {{ font-size: 15pt; color: {o["hcolor"]}; }}
p.meta {{ font-size: 9pt; }}
p.caption {{ font-weight: bold; font-size: 9.5pt; }}
p.note {{ font-size: 8pt; font-style: italic; }}
p.lead {{ font-size: 11pt; font-style: italic; }}
p.small {{ font-size: 8.5pt; }}
p.status {{ font-weight: bold; }}
th, td {{ font-size: 8.5pt; }}
{o["css"]}
"""
        body = "\n".join(self.block(b) for b in self.doc.blocks)
        title = e(self.doc.options.get("pdf_title", self.doc.title))
        return (
            f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
            f"<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
        )


def build(doc: Doc, src_dir: Path, out_dir: Path, custom: dict | None = None) -> Path:
    w = HtmlWriter(doc)
    w.custom.update(custom or {})
    src = src_dir / f"{doc.stem}.html"
    src.write_text(w.render(), encoding="utf-8")
    return lo.convert(src, out_dir, fmt="pdf:writer_pdf_Export", infilter="HTML (StarWriter)")
