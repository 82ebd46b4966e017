"""Kramfors, Socialnämnden, månadsrapport oktober 2026: a printed report scanned back to PDF, two
pages that are only pictures (no text layer), read by OCR."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from .. import raster
from ..model import Col, Doc, H, NumFmt, P, Row, Scan, Table


def build() -> Doc:
    d = Doc(
        stem="kramfors-socialnamnden-manadsrapport-2026-10",
        municipality="Kramfors",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-10-31",
        title="Månadsrapport oktober 2026",
        engine="reportlab",
        what="Socialnämnden, månadsrapport oktober 2026, printed and scanned: two image-only "
        "pages (200 dpi JPEG, grey paper, skewed 0.4–0.6°)",
        hard="no text layer at all: metadata, the drift table (Årsbudget / Utfall jan–okt / "
        "Helårsprognos / Avvikelse, tkr, negative deviations, a Summa row) and a KPI table comparing "
        "October of two years can only be read by OCR; the municipality only in the scanned letterhead "
        '("KRAMFORS KOMMUN")',
    )
    units = [
        ("Individ- och familjeomsorg", 58_400, 50_112, 61_900),
        ("Ekonomiskt bistånd", 21_300, 18_905, 22_600),
        ("Funktionsstöd", 96_800, 79_630, 95_400),
        ("Vård och omsorg", 212_500, 178_441, 215_900),
        ("Nämnd och ledning", 8_200, 6_338, 7_700),
    ]
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in units]
    tb, tu, tp = (sum(x[i] for x in units) for i in (1, 2, 3))
    assert tb - tp == -6_300, tb - tp
    rows.append(Row("Summa", [tb, tu, tp, tb - tp], total=True))
    page1 = [
        P("KRAMFORS KOMMUN"),
        H(1, "Månadsrapport oktober 2026"),
        P("Socialnämnden"),
        P(
            "Socialnämnden prognostiserar ett underskott om 6 300 tkr för helåret 2026. Underskottet "
            "finns inom individ- och familjeomsorgen, där två placeringar av ungdomar på särskilt "
            "ungdomshem har pågått hela året, och inom vård och omsorg, där antalet hemtjänsttimmar "
            "har ökat med åtta procent."
        ),
        H(2, "Driftredovisning"),
        Table(
            label_head=("Verksamhet (tkr)",),
            cols=[
                Col(("Årsbudget",)),
                Col(("Utfall jan–okt",)),
                Col(("Helårsprognos",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            fmt=NumFmt(),
            label_width=2.7,
        ),
        P(
            "Funktionsstöd och Nämnd och ledning bedöms lämna överskott om sammanlagt 1 900 tkr, "
            "främst genom vakanta tjänster."
        ),
    ]
    page2 = [
        H(2, "Nyckeltal"),
        Table(
            label_head=("Nyckeltal",),
            cols=[Col(("Okt 2025",), year="2025"), Col(("Okt 2026",), year="2026")],
            rows=[
                Row("Antal hushåll med ekonomiskt bistånd", [212, 231]),
                Row("Antal beviljade hemtjänsttimmar", [14_820, 16_005]),
                Row("Antal placerade barn och unga", [31, 34]),
                Row("Antal personer med insats enligt LSS", [118, 121]),
            ],
            kind="kpi",
            fmt=NumFmt(),
            label_width=3.0,
        ),
        H(2, "Åtgärder"),
        P(
            "Förvaltningen fortsätter arbetet med att ersätta externa placeringar med stöd på "
            "hemmaplan och ser över planeringen i hemtjänsten för att minska restiden."
        ),
        H(2, "Förslag till beslut"),
        P("Socialnämnden godkänner månadsrapporten för oktober 2026."),
    ]
    d.add(Scan(page1), Scan(page2))
    return d


def render(doc: Doc, out: Path) -> Path:
    path = out / f"{doc.stem}.pdf"
    src = out / "sources"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Skannat dokument")
    c.setProducer("ReportLab PDF Library - www.reportlab.com")
    for number, (block, angle) in enumerate(zip(doc.blocks, (0.45, -0.6), strict=True), start=1):
        assert isinstance(block, Scan)
        name = f"{doc.stem}-skannad-sida{number}.jpg"
        img = raster.scanned_page(
            block.blocks,
            seed=name,
            family="LiberationSans",
            size_pt=10.5,
            footer=f"Socialnämnden · Månadsrapport oktober 2026 · Sida {number} av 2",
            angle=angle,
        )
        raster.save_jpeg(img, src / name, quality=55)
        c.drawImage(str(src / name), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return path
