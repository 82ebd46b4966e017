"""The printed summary as the HTML subset QTextDocument lays out on A4 pages."""

from __future__ import annotations

from html import escape

from desktop.analysis.formatting import format_value
from desktop.annotate.kinds import KINDS, colour_hex
from desktop.annotate.notes import Annotation
from desktop.corrections.wording import mark_lines, marker_text
from desktop.export.summary import GoalSummary, KpiSummary, PassageSummary, Summary
from desktop.statuses import STATUS_COLOURS, status_label

KIND_LABEL = {key: kind.label for key, kind in KINDS.items()}  # the printout is Swedish
# Printed at most: a quote of a page or so, a note of a few pages. Longer ones are cut
# with a line saying so (the whole text stays in the app); laying out a 150,000-character
# quote took 4.6 s and a million characters over two minutes.
MAX_PRINTED_QUOTE = 2_000
MAX_PRINTED_TEXT = 10_000


def _clipped(text: str, limit: int) -> str:
    """`text` escaped for the summary, cut at `limit` characters with a note of the rest."""
    if len(text) <= limit:
        return escape(text)
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[limit - 200 : limit] else text[:limit]
    rest = len(text) - len(cut)
    return f"{escape(cut)} … <i>(förkortat här: {rest} tecken till finns i appen)</i>"


CHART_WIDTH, CHART_HEIGHT = 330, 130


def chart_name(goal_index: int, kpi_index: int) -> str:
    """The resource name under which the chart image of a goal's KPI is registered."""
    return f"chart://{goal_index}/{kpi_index}"


def summary_html(summary: Summary) -> str:
    parts = [_STYLE, _title(summary)]
    if summary.is_empty:
        parts.append(
            "<p>Det finns inga anteckningar ännu. Markera text i en rapport och välj "
            "<i>Anteckning</i> eller <i>Fråga</i>, så kommer de med här.</p>"
        )
    if summary.goals:
        parts.append("<h2>Mål</h2>")
        parts += [_goal(i, goal) for i, goal in enumerate(summary.goals)]
    if summary.passages:
        parts.append("<h2>Citerade avsnitt</h2>")
        parts += [_passage(p, summary.pages.get(p.annotation.id)) for p in summary.passages]
    if summary.questions:
        parts.append(_questions(summary.questions, summary.pages))
    return "\n".join(parts)


_STYLE = """<style>
h1 { font-size: 20pt; color: #12355b; margin-bottom: 2pt; }
h2 { font-size: 14pt; color: #12355b; margin-top: 16pt; margin-bottom: 4pt; }
h3 { font-size: 11.5pt; margin-top: 12pt; margin-bottom: 2pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
.meta { color: #555555; font-size: 9pt; }
.kpi { font-size: 9.5pt; }
.note { margin-left: 12pt; }
.orphan { color: #b00020; font-size: 9pt; }
</style>"""


def _title(summary: Summary) -> str:
    when = f"Mötet {escape(summary.meeting_date)} · " if summary.meeting_date else ""
    counts = ", ".join(
        (
            f"{len(summary.goals)} mål",
            _count(len(summary.passages), "citerat avsnitt", "citerade avsnitt"),
            _count(len(summary.questions), "fråga", "frågor"),
        )
    )
    return (
        f"<h1>{escape(summary.title)}</h1>"
        f'<p class="meta">{when}utskrivet {escape(summary.printed_on)} · {counts}</p>'
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _status(status: str) -> str:
    background, foreground = STATUS_COLOURS.get(status, STATUS_COLOURS["unassessed"])
    return (
        f'<span style="background-color:{background}; color:{foreground}; font-weight:600;">'
        f"&nbsp;{escape(status_label(status))}&nbsp;</span>"
    )


def _goal(index: int, goal: GoalSummary) -> str:
    source = f"{escape(goal.report_label)}" if goal.report_label else ""
    corrected = f" {_corrected()}" if goal.corrected else ""
    parts = [
        f"<h3>{escape(goal.title)}</h3>",
        f'<p class="meta">{_status(goal.status)}{corrected} &nbsp; {source}</p>',
    ]
    if goal.corrected:  # on paper there is no tooltip: who, when and what the report says
        parts.append(f'<p class="meta">{escape(" ".join(mark_lines(goal.corrected)))}</p>')
    for k, kpi in enumerate(goal.kpis):
        parts.append(_kpi(chart_name(index, k), kpi))
    if not goal.kpis:
        parts.append('<p class="meta">Inga nyckeltal hör till målet i biblioteket.</p>')
    parts += [_note(a) for a in goal.annotations]
    return "\n".join(parts)


def _kpi(chart: str, kpi: KpiSummary) -> str:
    rows = "".join(
        f'<tr><td>{p.year}</td><td align="right">{escape(format_value(p.value, kpi.unit))}'
        f"{'' if p.final else '*'}{'†' if p.year in kpi.corrected else ''}</td></tr>"
        for p in kpi.points
    )
    corrections = "".join(
        f'<p class="meta">† {_corrected()} {year}: {escape(" ".join(mark_lines(marks)))}</p>'
        for year, marks in sorted(kpi.corrected.items())
    )
    target = (
        f" · målvärde {escape(format_value(kpi.target, kpi.unit))}"
        if kpi.target is not None
        else ""
    )
    preliminary = (
        '<p class="meta">* preliminärt värde (delårsrapport)</p>'
        if any(not p.final for p in kpi.points)
        else ""
    )
    return (
        f'<p class="kpi"><b>{escape(kpi.name)}</b>{target}</p>'
        '<table cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="top"><img src="{chart}" width="{CHART_WIDTH}" height="{CHART_HEIGHT}"/></td>'
        '<td valign="top" style="padding-left:14px;">'
        '<table class="kpi" border="1" cellspacing="0" cellpadding="2"'
        ' style="border-color:#bbbbbb; border-style:solid;">'
        f'<tr><th align="left">År</th><th align="right">Värde</th></tr>{rows}</table>'
        f"{preliminary}{corrections}</td></tr></table>"
    )


def _corrected() -> str:
    """The "rättat" marker: the value differs from the printed report."""
    return (
        '<span style="background-color:#fff0d6; color:#8a4b00;">'
        f"&nbsp;{escape(marker_text())}&nbsp;</span>"
    )


def _note(annotation: Annotation) -> str:
    if annotation.kind == "highlight" and not annotation.body:
        return ""
    label = KIND_LABEL.get(annotation.kind, "Anteckning")
    if annotation.kpi_name:
        label += f" om ”{escape(annotation.kpi_name)}”"
    status = f" ({escape(annotation.status)})" if annotation.status else ""
    body = _clipped(annotation.body, MAX_PRINTED_TEXT).replace("\n", "<br/>")
    body = body or "<i>(ingen text)</i>"
    return f'<p class="note"><b>{label}{status}:</b> {body}</p>'


def _passage(passage: PassageSummary, page: int | None) -> str:
    a = passage.annotation
    notes = "".join(_note(n) for n in passage.notes)
    year = f" · {passage.year}" if passage.year and str(passage.year) not in a.report_label else ""
    section = f" · avsnitt ”{escape(a.section_heading)}”" if a.section_heading else ""
    section += f" · s. {page}" if page is not None else ""
    colour = colour_hex(a.colour) if a.kind == "highlight" else "#f1f1f1"
    orphan = (
        '<p class="orphan">Kunde inte återfinnas i bibliotekets nuvarande version av rapporten.</p>'
        if a.orphaned
        else ""
    )
    quoted = (
        "<b>Om hela rapporten</b>"
        if a.about_whole_report
        else f"<i>”{_clipped(a.exact, MAX_PRINTED_QUOTE)}”</i>"
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="6" style="margin-top:8px;">'
        f'<tr><td style="background-color:{colour};">{quoted}</td></tr></table>'
        f'<p class="meta">{escape(a.report_label)}{year}{section}</p>'
        f"{orphan}{notes}"
    )


def _questions(questions: list[Annotation], pages: dict[int, int]) -> str:
    rows = []
    for number, q in enumerate(questions, start=1):
        source = escape(q.report_label)
        if q.section_heading:
            source += f", ”{escape(q.section_heading)}”"
        if q.id in pages:
            source += f", s. {pages[q.id]}"
        answer = (
            _clipped(q.answer, MAX_PRINTED_TEXT).replace("\n", "<br/>")
            if q.answer
            else "<br/><br/><br/>"
        )
        rows.append(
            f"<p><b>{number}. {_clipped(q.body or q.exact, MAX_PRINTED_QUOTE)}</b>"
            f'<br/><span class="meta">{source} · {escape(q.status or "öppen")}</span></p>'
            '<table width="100%" border="1" cellspacing="0" cellpadding="6"'
            ' style="border-color:#999999; border-style:solid;">'
            f'<tr><td><span class="meta">Svar:</span><br/>{answer}</td></tr></table>'
        )
    return "<h2>Frågor till förvaltningen</h2>" + "".join(rows)
