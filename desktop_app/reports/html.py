"""Writes a report as one self-contained HTML file: a board pack that opens offline in any
browser and prints like the PDF (A4 or Letter pages, one search per page run).

Everything the page needs is inside the file: the styles in a <style> element, the charts as
inline <svg> drawn by the app's own chart code. There are no scripts, fonts, images or links to
fetch, so a file mailed to a board member shows the same everywhere and leaks nothing to the
network when opened. The markup is also well-formed XML (every element closed, attributes
quoted, no named entities), which lets the tests check it with a strict parser.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from html import escape as html_escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFont, QGuiApplication

from desktop_app.reports.charts import chart_height, draw_chart
from desktop_app.reports.content import ExportCancelled
from desktop_app.reports.document import (
    Align,
    Block,
    Cell,
    Chart,
    ChartRow,
    Column,
    Document,
    Facts,
    Heading,
    Paragraph,
    Section,
    Table,
    Title,
    Tone,
)
from desktop_app.reports.options import Paper
from desktop_app.reports.svg_canvas import NOT_XML, SvgCanvas
from desktop_app.reports.svg_canvas import SVG_NAMESPACE as SVG_NAMESPACE
from desktop_app.store.files import write_text_atomically

# Charts are drawn at about the printed text width (A4 less margins is ~657 CSS px), so on
# paper they print near 1:1 and their text stays the size it was measured at. Charts side by
# side share this width. The SVG scales down with the column on a narrow screen.
CHART_WIDTH = 640
# Chart text in CSS pixels (about 9 pt): a pixel size, not points, so the height measured with
# chart_height() and the drawing on the SVG device agree whatever the screen's DPI.
CHART_FONT_PIXELS = 12
# The namespace names an inline <svg> may carry, identifiers that are never fetched: the
# charts declare only SVG's (SVG_NAMESPACE, from svg_canvas); XLink's is named too, for the
# checks that tell namespace names from web addresses.
XLINK_NAMESPACE = "http://www.w3.org/1999/xlink"
# One font stack for the page and the charts' text: the system's own UI font first (what Qt
# measured the chart labels with), then common sans-serif faces.
FONT_STACK = (
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, "
    "'Liberation Sans', 'DejaVu Sans', sans-serif"
)
SEPARATOR = " \u00b7 "  # the middle dot between the footer's parts
CHIP_TONES = {
    Tone.STRONG: "strong",
    Tone.GOOD_FIT: "good-fit",
    Tone.BORDERLINE: "borderline",
    Tone.WEAK: "weak",
}
TEXT_TONES = {Tone.MUTED: "muted", Tone.WARNING: "warning", Tone.GOOD: "good"}
PAGE_SIZES = {Paper.A4: "A4", Paper.LETTER: "letter"}


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _escape(text: str) -> str:
    """Text made safe inside an element or a quoted attribute: a note that says "<script>" is
    shown as those characters, never run."""
    return html_escape(NOT_XML.sub("", text), quote=True)


def write_html(
    document: Document,
    path: Path,
    paper: Paper,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Writes `document` to `path` as one UTF-8 HTML file. Raises ExportCancelled, leaving no
    file, when `cancelled()` turns true between sections."""
    text = render_html(document, paper, progress=progress, cancelled=cancelled)
    write_text_atomically(Path(path), text)  # whole or not at all


def render_html(
    document: Document,
    paper: Paper,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> str:
    """The whole page as text. `progress(done, total)` follows the sections; `cancelled()` is
    asked before each one and raises ExportCancelled when true."""
    if QGuiApplication.instance() is None:
        # Chart labels are measured with real fonts, which only a GUI application has.
        raise RuntimeError("render_html needs a QGuiApplication (QT_QPA_PLATFORM=offscreen)")
    ids = itertools.count(1)  # numbers each chart, so ids inside the SVGs stay unique
    sections = []
    total = len(document.sections)
    for done, section in enumerate(document.sections):
        if cancelled is not None and cancelled():
            raise ExportCancelled
        sections.append(_section(section, document.generated, ids))
        if progress is not None:
            progress(done + 1, total)
    return "".join(
        [
            "<!DOCTYPE html>\n",
            f'<html lang="{_escape(document.language or "en")}">\n',
            _head(document.title, paper),
            '<body>\n<main class="report">\n',
            _notices(document.notices),
            *sections,
            "</main>\n</body>\n</html>\n",
        ]
    )


# --- the page around the blocks ---------------------------------------------------------------


def _head(title: str, paper: Paper) -> str:
    return (
        "<head>\n"
        '<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        f"<title>{_escape(title)}</title>\n"
        f"<style>\n{_stylesheet(paper)}</style>\n"
        "</head>\n"
    )


def _stylesheet(paper: Paper) -> str:
    page = f"@page {{ size: {PAGE_SIZES[Paper(paper)]}; margin: 18mm; }}\n"
    return page + f":root {{ --sans: {FONT_STACK}; }}\n" + STYLE


def _notices(notices: tuple[str, ...]) -> str:
    if not notices:
        return ""
    badges = "".join(f'<span class="notice">{_escape(text)}</span>' for text in notices)
    label = _escape(QCoreApplication.translate("HtmlReport", "Notices"))
    return f'<div class="notices" role="note" aria-label="{label}">{badges}</div>\n'


def _section(section: Section, generated: str, ids: Iterator[int]) -> str:
    blocks = "".join(_block(block, ids) for block in section.blocks)
    return f'<section class="section">\n{blocks}{_footer(section.footer, generated)}</section>\n'


def _footer(footer: str, generated: str) -> str:
    parts = [part for part in (footer, generated) if part]
    if not parts:
        return ""
    return f'<footer class="section-footer">{_escape(SEPARATOR.join(parts))}</footer>\n'


def _block(block: Block, ids: Iterator[int]) -> str:
    match block:
        case Title():
            return _title(block)
        case Facts():
            return _facts(block)
        case Heading():
            return _heading(block)
        case Paragraph():
            return _paragraph(block)
        case Table():
            return _table(block)
        case Chart():
            return _figure(block, CHART_WIDTH, next(ids))
        case ChartRow():
            return _chart_row(block, ids)
    raise TypeError(f"not a report block: {block!r}")


# --- text blocks ------------------------------------------------------------------------------


def _title(title: Title) -> str:
    subtitle = f'<p class="subtitle">{_escape(title.subtitle)}</p>' if title.subtitle else ""
    return f'<header class="title"><h1>{_escape(title.text)}</h1>{subtitle}</header>\n'


def _facts(facts: Facts) -> str:
    pairs = "".join(
        f'<div class="fact"><dt>{_escape(label)}</dt><dd>{_escape(value)}</dd></div>'
        for label, value in facts.pairs
    )
    # The number of columns is a custom property, so a narrow screen can still override it.
    return f'<dl class="facts" style="--columns: {max(1, facts.columns)}">{pairs}</dl>\n'


def _heading(heading: Heading) -> str:
    # Level 1 opens a search within a portfolio; the page's own <h1> is the report title.
    if heading.level <= 1:
        return f'<h2 class="part">{_escape(heading.text)}</h2>\n'
    tag = "h3" if heading.level == 2 else "h4"
    return f"<{tag}>{_escape(heading.text)}</{tag}>\n"


def _paragraph(paragraph: Paragraph) -> str:
    classes = _class("text", _tone_class(paragraph.tone))
    return f"<p{classes}>{_toned(paragraph.text, paragraph.tone)}</p>\n"


def _tone_class(tone: Tone) -> str:
    return f"tone-{TEXT_TONES[tone]}" if tone in TEXT_TONES else ""


def _toned(text: str, tone: Tone) -> str:
    """The text, escaped; a fit band becomes a chip (the word is on it, not only the colour)."""
    if tone in CHIP_TONES and text:
        return f'<span class="chip chip-{CHIP_TONES[tone]}">{_escape(text)}</span>'
    return _escape(text)


def _class(*names: str) -> str:
    joined = " ".join(name for name in names if name)
    return f' class="{joined}"' if joined else ""


# --- tables -----------------------------------------------------------------------------------


def _table(table: Table) -> str:
    caption = f'<p class="caption">{_escape(table.caption)}</p>\n' if table.caption else ""
    if not table.rows:
        empty = f'<p class="empty">{_escape(table.empty_text)}</p>\n' if table.empty_text else ""
        return empty + caption
    widths = _widths(table.columns)
    cols = "".join(f'<col style="width: {width:.2f}%" />' for width in widths)
    head = "".join(
        f'<th scope="col"{_class(_align_class(column.align))}>{_escape(column.title)}</th>'
        for column in table.columns
    )
    body = "".join(_row(row, table.columns) for row in table.rows)
    # The wrapper lets a wide table scroll sideways on a phone instead of crushing its columns.
    return (
        '<div class="table-scroll"><table class="data">'
        f"<colgroup>{cols}</colgroup>"
        f"<thead><tr>{head}</tr></thead>\n"
        f"<tbody>\n{body}</tbody></table></div>\n{caption}"
    )


def _widths(columns: tuple[Column, ...]) -> list[float]:
    """Each column's share of the table in percent, from its weight."""
    weights = [max(0.0, column.weight) for column in columns]
    total = sum(weights)
    if total <= 0:  # no usable weights: equal shares
        return [100 / len(columns)] * len(columns)
    return [100 * weight / total for weight in weights]


def _row(row: tuple[Cell, ...], columns: tuple[Column, ...]) -> str:
    cells = []
    for index, cell in enumerate(row):
        align = columns[index].align if index < len(columns) else Align.LEFT
        classes = _class(_align_class(align), _tone_class(cell.tone), "bold" if cell.bold else "")
        cells.append(f"<td{classes}>{_toned(cell.text, cell.tone)}</td>")
    return f"<tr>{''.join(cells)}</tr>\n"


def _align_class(align: Align) -> str:
    return "" if align is Align.LEFT else f"align-{Align(align).value}"


# --- charts -----------------------------------------------------------------------------------


def _chart_row(row: ChartRow, ids: Iterator[int]) -> str:
    if not row.charts:
        return ""
    width = CHART_WIDTH / len(row.charts)
    figures = "".join(_figure(chart, width, next(ids)) for chart in row.charts)
    return f'<div class="chart-row">\n{figures}</div>\n'


def _figure(chart: Chart, width: float, number: int) -> str:
    title = ""
    if chart.title:
        title = f'<figcaption class="chart-title">{_escape(chart.title)}</figcaption>'
    caption = f'<p class="caption">{_escape(chart.caption)}</p>' if chart.caption else ""
    svg = _chart_svg(chart, width, f"chart{number}-")
    return f'<figure class="chart">{title}\n{svg}\n{caption}</figure>\n'


def _chart_svg(chart: Chart, width: float, id_prefix: str) -> str:
    """`chart` as an inline <svg> element that scales to its column: the app's chart code
    painting onto our own SVG writer. Not QSvgGenerator: ending its painter on this worker
    thread could deadlock against the main thread (svg_canvas.py says how); the writer needs
    no QObject at all."""
    font = QFont()
    font.setPixelSize(CHART_FONT_PIXELS)
    height = chart_height(chart, width, font)
    canvas = SvgCanvas(font, id_prefix=id_prefix)  # ids unique across the page's charts
    draw_chart(canvas, QRectF(0, 0, width, height), chart)
    label = chart.title or QCoreApplication.translate("HtmlReport", "Chart")
    # No height: with the viewBox, the width sets it, and the page's CSS scales the chart down
    # with a narrow column. The font stack is the page's, inherited by every text element.
    return canvas.svg(
        width,
        height,
        title=label,
        description=chart.caption,
        attributes={
            "width": "100%",
            "style": f"max-width: {width:g}px",
            "font-family": FONT_STACK,
            "role": "img",
            "aria-label": label,
        },
    )


# --- the look ---------------------------------------------------------------------------------

# A consulting firm's board pack: navy headings, quiet greys, thin rules, in the PDF's colours
# (pdf_layout.py). Screen shows the sections as sheets on a grey desk; print drops that and lets
# @page set the margins. No "<" or "&" in here, so the page stays well-formed XML.
STYLE = """\
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: #1f2328; background: #eceef1;
  font-family: var(--sans); font-size: 10pt; line-height: 1.45;
  -webkit-text-size-adjust: 100%;
}
.report { max-width: 190mm; margin: 0 auto; padding: 10mm 0; }
.section {
  background: #ffffff; padding: 14mm 14mm 10mm; margin: 0 0 8mm;
  box-shadow: 0 1px 3px rgba(31, 35, 40, 0.18);
}
.section + .section { break-before: page; page-break-before: always; }
h1, h2, h3, h4 { margin: 0; line-height: 1.25; break-after: avoid; page-break-after: avoid; }
.title { margin: 0 0 5mm; padding: 0 0 4mm; border-bottom: 2px solid #1f3a5f; }
.title h1 { color: #1f3a5f; font-size: 20pt; font-weight: 700; letter-spacing: -0.01em; }
.subtitle { margin: 1.5mm 0 0; color: #656d76; font-size: 11pt; }
h2.part {
  color: #1f3a5f; font-size: 14pt; font-weight: 700; margin: 7mm 0 3mm; padding: 0 0 1.5mm;
  border-bottom: 1px solid #1f3a5f;
}
h3 {
  font-size: 11pt; font-weight: 700; margin: 6mm 0 2mm; color: #1f3a5f;
}
h4 { font-size: 10pt; font-weight: 700; margin: 4mm 0 1.5mm; }
.section > :first-child { margin-top: 0; }
p { margin: 0 0 2.5mm; }
p.text { white-space: pre-line; overflow-wrap: anywhere; }
.notices { display: flex; flex-wrap: wrap; gap: 2mm; margin: 0 0 4mm; }
.notice {
  display: inline-block; padding: 1mm 3mm; border: 1.5px solid #b3261e; border-radius: 3px;
  color: #b3261e; background: #ffffff; font-size: 8.5pt; font-weight: 700;
  letter-spacing: 0.06em; text-transform: uppercase;
}
.facts {
  display: grid; grid-template-columns: repeat(var(--columns, 3), minmax(0, 1fr));
  gap: 3mm 6mm; margin: 0 0 5mm; padding: 3.5mm 4mm;
  background: #f5f7f9; border-left: 3px solid #3f78c0;
  break-inside: avoid; page-break-inside: avoid;
}
.fact { min-width: 0; }
.facts dt {
  color: #656d76; font-size: 7.5pt; font-weight: 600; letter-spacing: 0.05em;
  text-transform: uppercase;
}
.facts dd { margin: 0.5mm 0 0; font-weight: 600; overflow-wrap: anywhere; }
table.data {
  width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 2mm;
  font-size: 8.5pt; font-variant-numeric: tabular-nums;
}
table.data thead { display: table-header-group; }
table.data th {
  background: #edf0f4; color: #3d4450; font-weight: 600; text-align: left;
  padding: 1.6mm 2mm; border-bottom: 1px solid #aeb6bf; vertical-align: bottom;
}
table.data td {
  padding: 1.4mm 2mm; border-bottom: 0.5px solid #d5dae0; vertical-align: top;
  white-space: pre-line; overflow-wrap: anywhere;
}
table.data tr { break-inside: avoid; page-break-inside: avoid; }
.align-right { text-align: right; }
table.data th.align-right { text-align: right; }
.align-center { text-align: center; }
table.data th.align-center { text-align: center; }
.bold { font-weight: 700; }
.tone-muted { color: #656d76; }
.tone-warning { color: #b3261e; }
.tone-good { color: #2e7d32; }
.chip {
  display: inline-block; padding: 0.2mm 2mm; border-radius: 8px; color: #ffffff;
  font-size: 7.5pt; font-weight: 600; line-height: 1.5; white-space: nowrap;
}
.chip-strong { background: #1b7f3b; }
.chip-good-fit { background: #2f6fb0; }
.chip-borderline { background: #a66300; }
.chip-weak { background: #b3261e; }
.caption, .empty { color: #656d76; font-size: 8pt; margin: 0 0 4mm; }
.empty { font-size: 9pt; font-style: italic; }
.chart-row { display: flex; gap: 6mm; align-items: flex-start; }
.chart-row > .chart { flex: 1 1 0; min-width: 0; }
.chart { margin: 0 0 3mm; break-inside: avoid; page-break-inside: avoid; }
.chart .caption { margin: 0; }
.chart-title {
  font-size: 9pt; font-weight: 700; color: #1f3a5f; margin: 0 0 1.5mm;
  break-after: avoid; page-break-after: avoid;
}
.chart svg { display: block; width: 100%; height: auto; margin: 0 0 1mm; }
.section-footer {
  margin: 6mm 0 0; padding: 2mm 0 0; border-top: 0.5px solid #d5dae0;
  color: #656d76; font-size: 7.5pt;
}
@media screen and (max-width: 720px) {
  .report { padding: 0; }
  .section { padding: 6mm 5mm; margin: 0 0 3mm; }
  .facts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .table-scroll { overflow-x: auto; }
  .table-scroll table.data { min-width: 600px; }
  .chart-row { flex-direction: column; }
  .chart-row > .chart { flex: none; width: 100%; }
}
@media print {
  body { background: none; font-size: 9.5pt; }
  .report { max-width: none; padding: 0; }
  .section { padding: 0; margin: 0; box-shadow: none; }
}
"""
