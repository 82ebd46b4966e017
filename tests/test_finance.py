"""Finance tables: the income statement and the result per unit, numbers in tkr as printed.

Every value of the five seeds is checked in test_answer_keys; these tests pin the table
shapes one by one, on small texts, so a failure says which shape broke.
"""

from __future__ import annotations

from tests.conftest import SEEDS

from desktop.ingest.pipeline import extract_file, extract_text
from desktop.ingest.readers.numbers import split_numbers


def test_2021_income_statement_and_units() -> None:
    finance = extract_file(SEEDS["hbg2021"]).to_json()["finance"]
    rows = {r["row"]: r["columns"] for r in finance["income_statement"]}
    assert rows["ÅRETS RESULTAT"] == {
        "Bokslut 2020": -13302,
        "Internbudget 2021": 0,
        "Utfall 2021": -12379,
    }
    units = {r["unit"]: r["columns"] for r in finance["by_unit"]}
    assert units["Vuxen"] == {"Bokslut 2020": -7600, "Internbudget 2021": 0, "Utfall 2021": -5672}


def test_2017_blank_cell_is_no_value_not_zero() -> None:
    finance = extract_file(SEEDS["hbg2017"]).to_json()["finance"]
    units = {r["unit"]: r["columns"] for r in finance["by_unit"]}
    assert units["Ensamkommande"]["Bokslut 2015"] is None
    assert units["Vuxen"]["Bokslut 2017"] == -33372


def test_digit_groups_are_read_as_whole_numbers() -> None:
    assert split_numbers("598 582 637 213 418 055 637 213", 4) == [598582, 637213, 418055, 637213]
    assert split_numbers("637 213 658070 658 070", 3) == [637213, 658070, 658070]
    assert split_numbers("-760 039 -757 858 --752 628", 3) == [-760039, -757858, -752628]
    assert split_numbers("-904 0  -40 000", 4) == [-904, 0, None, -40000]  # double space: blank
    assert split_numbers("0 0 0 0") == [0, 0, 0, 0]
    assert split_numbers("767", 3) is None  # too few numbers: not guessed
    assert split_numbers("1 234 5x", 2) is None


def test_two_row_headings_are_joined_per_column() -> None:
    text = (
        "Socialnämnden\nDelårsrapport augusti 2021\n\nEkonomi\n\n"
        "Driftredovisning, tkr\tHelår\t\tPerioden\t\n"
        "\tBudget\tPrognos\tBudget\tUtfall\n"
        "Personal\t277 573\t265 650\t184 398\t176 119\n"
    )
    rows = extract_text(text).finance.income_statement
    assert [(r.label, r.columns) for r in rows] == [
        (
            "Personal",
            {"Helår Budget": 277573, "Helår Prognos": 265650,
             "Perioden Budget": 184398, "Perioden Utfall": 176119},
        )
    ]  # fmt: skip


def test_space_laid_table_with_wrapped_headings_labels_and_page_break() -> None:
    text = "\n".join([
        "Socialnämnden", "Delårsrapport augusti 2023", "", "Ekonomiskt utfall", "",
        "Resultaträkning, tkr Bokslut 2022", "Internbudget", "", "2023", "Utfall 2023-", "", "08-31",
        "Kommunbidrag 598 582 637 213 418 055", "",
        "Disposition av ackumulerat", "resultat", "", "0 0 0", "",
        "Ackumulerat resultat (inklu- -904  -40 000",
        " Resultaträkning, tkr Bokslut 2022", "Internbudget", "2023", "Utfall 2023-", "08-31",
        "sive årets resultat)", "", "Kommentar till årets resultat",
    ])  # fmt: skip
    rows = {r.label: r.columns for r in extract_text(text).finance.income_statement}
    columns = ["Bokslut 2022", "Internbudget 2023", "Utfall 2023-08-31"]
    assert rows == {
        "Kommunbidrag": dict(zip(columns, [598582, 637213, 418055], strict=True)),
        "Disposition av ackumulerat resultat": dict.fromkeys(columns, 0),
        "Ackumulerat resultat (inklusive årets resultat)": dict(
            zip(columns, [-904, None, -40000], strict=True)
        ),
    }


def test_ocr_finance_leaves_unreadable_rows_out_with_a_warning() -> None:
    report = extract_file(SEEDS["hbg2024"])
    labels = [r.label for r in report.finance.income_statement]
    assert "Disposition av ackumulerat resultat" in labels  # "gtsposition av ackumulerat resul-"
    assert not any(label.startswith("Aeumulerat") for label in labels)
    assert any("Aeumulerat" in w for w in report.warnings)


def test_one_cell_per_line_places_bunched_cells_only_with_evidence() -> None:
    units = {r.label: r.columns for r in extract_file(SEEDS["hbg2024"]).finance.by_unit}
    assert units["Vuxen"] == {"Bokslut 2023": -3404, "Internbudget 2024": 0}  # its Utfall was lost
    assert units["Totalt socialnämnden"]["Utfall 2024"] == -7673  # = the income statement's result


def test_a_slides_drift_table_keeps_its_own_heading_and_not_the_text_beside_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A slide deck's drift table: the slide before ends with a chart's axis labels
    ("T1 2025 T2 2025 …"), which are not the table's heading (its heading is on its own
    page), and the bullets set beside the table hold no amount and are no columns."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "bildspel.pdf"
    size = (842, 474)
    pdf = canvas.Canvas(str(path), pagesize=size, invariant=1)
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(36, 430, "Uppföljning tertial 2 2026")
    pdf.setFont("Helvetica", 12)
    pdf.drawString(36, 405, "Socialnämnden, Södertälje kommun")
    pdf.setFont("Helvetica", 9)
    for k, label in enumerate(["T1 2025", "T2 2025", "T3 2025", "T1 2026", "T2 2026"]):
        pdf.drawString(120 + 110 * k, 70, label)  # under a chart's bars
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(36, 430, "Ekonomi")
    pdf.setFont("Helvetica-Bold", 10)
    for x, text in ((42, "Verksamhet, mnkr"), (288, "Budget helår"), (360, "Utfall ack"),
                    (436, "Prognos helår"), (508, "Avvikelse")):  # fmt: skip
        (pdf.drawString if x == 42 else pdf.drawRightString)(x, 370, text)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(570, 370, "• Barn och unga: fler placeringar")
    pdf.drawString(586, 356, "i familjehem än budgeterat.")
    rows = [
        ("Barn och unga", "412,6", "289,7", "431,2", "-18,6"),
        ("Vuxenenheten", "186,3", "121,0", "183,9", "2,4"),
        ("Summa socialnämnden", "598,9", "410,7", "615,1", "-16,2"),
    ]
    for n, (label, *values) in enumerate(rows):
        y = 340 - 26 * n
        pdf.drawString(42, y, label)
        for x, value in zip((288, 360, 436, 508), values, strict=True):
            pdf.drawRightString(x, y, value)
    pdf.drawString(570, 314, "• Vuxenenheten: lägre kostnader")
    pdf.drawString(586, 300, "för köpt vård (+2,4 mnkr).")
    pdf.showPage()
    pdf.save()

    rows_read = extract_file(path).finance.by_unit or extract_file(path).finance.income_statement
    assert [(r.label, r.columns) for r in rows_read] == [
        (label, dict(zip(["Budget helår", "Utfall ack", "Prognos helår", "Avvikelse"],
                         [float(v.replace(",", ".")) for v in values], strict=True)))
        for label, *values in rows
    ]  # fmt: skip


def test_a_last_column_without_a_heading_is_left_out_not_the_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A drift table whose last heading was not read (a scan's OCR missed "Avvikelse"):
    the named columns are read, the unnamed one is left out with a warning."""
    from tests.pdf_writer import write_report_pdf

    path = write_report_pdf(
        "Delårsrapport januari–augusti 2026\n\nSocialnämnden, Mora kommun\n\nEkonomi\n\n"
        "Driftredovisning per verksamhet (tkr)\n\n"
        "Verksamhet\tBudget 2026\tUtfall jan–aug\tPrognos 2026\t\n"
        "Barn och unga\t42 600\t30 880\t45 900\t-3 300\n"
        "Ekonomiskt bistånd\t22 900\t16 940\t21 700\t1 200\n"
        "Summa socialnämnden\t65 500\t47 820\t67 600\t-2 100\n",
        tmp_path / "utan-rubrik.pdf",
    )
    report = extract_file(path)
    rows = report.finance.by_unit or report.finance.income_statement
    assert [(r.label, r.columns) for r in rows] == [
        ("Barn och unga", {"Budget 2026": 42600, "Utfall jan–aug": 30880, "Prognos 2026": 45900}),
        ("Ekonomiskt bistånd", {"Budget 2026": 22900, "Utfall jan–aug": 16940, "Prognos 2026": 21700}),
        ("Summa socialnämnden", {"Budget 2026": 65500, "Utfall jan–aug": 47820, "Prognos 2026": 67600}),
    ]  # fmt: skip
    assert any("saknar rubrik" in w for w in report.warnings)


def test_a_drift_table_per_verksamhet_and_a_table_shared_among_member_municipalities() -> None:
    """A total ("Summa nettokostnad") says nothing of what a table's rows are, so one unit
    named with a kind of cost does not make a drift table per verksamhet an income
    statement; and a joint committee's costs shared out among its member municipalities
    are no result per unit."""
    from desktop.ingest.model import Table
    from desktop.ingest.readers.finance import finance_kind

    header = ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"]
    units = Table(
        "",
        header,
        [
            ["Nämnd och administration", "1 020", "985", "35"],
            ["Förskrivarstöd och konsulenter", "2 940", "2 870", "70"],
            ["Lager, logistik och transporter", "3 410", "3 525", "−115"],
            ["Teknisk service och rekonditionering", "2 730", "2 655", "75"],
            ["Hjälpmedel, avskrivningar och inköp", "6 100", "5 795", "305"],
            ["Summa nettokostnad", "16 200", "15 830", "370"],
        ],
        layout=True,
    )
    assert finance_kind(units, "Driftredovisning, nettokostnad (tkr)") == "unit"
    shared = Table(
        "",
        ["Kommun", "Utfall 2025", "Budget 2025", "Avvikelse"],
        [
            ["Gagnefs kommun", "4 110", "4 250", "140"],
            ["Leksands kommun", "7 130", "7 240", "110"],
            ["Rättviks kommun", "4 590", "4 710", "120"],
            ["Summa", "15 830", "16 200", "370"],
        ],
        layout=True,
    )
    assert finance_kind(shared, "Kostnadsfördelning per kommun, tkr") is None
