"""The HTML report: one self-contained, well-formed page that fetches nothing, escapes every text,
draws each chart as inline SVG and prints on the chosen paper."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from desktop_app.charts.scatter import StrategyExecutionPoint
from desktop_app.domain.search import Role
from desktop_app.reports.content import ExportCancelled
from desktop_app.reports.document import (
    Align,
    Cell,
    Chart,
    ChartKind,
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
from desktop_app.reports.html import render_html, write_html
from desktop_app.reports.options import Paper

SCREENSHOTS = Path(
    os.environ.get("REVSEARCH_SCREENSHOTS", Path(__file__).parents[2] / "screenshots")
)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
# Namespace names inside each <svg>: identifiers, never fetched.
NAMESPACES = ("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink")
HOSTILE = "<script>alert('x')</script>"
BANDS = (
    ("Strong", Tone.STRONG),
    ("Good fit", Tone.GOOD_FIT),
    ("Borderline", Tone.BORDERLINE),
    ("Weak", Tone.WEAK),
)
FIRST_NAMES = ("Ana", "Ben", "Chloé", "Dev", "Eitan", "Fatima", "Gus", "Hana", "Ivo", "Jun")


class Page(HTMLParser):
    """Reads the page as a browser's tokenizer would: checks every element is closed in order
    (void elements aside) and collects the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))  # <rect ... />: opened and closed at once

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.open[-1] if self.open else None}>")
        else:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if not set(self.open) & {"style", "script", "head"} and data.strip():
            self.words.append(data.strip())

    @property
    def text(self) -> str:
        return " ".join(self.words)


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.problems == []
    assert parser.open == []
    return parser


def svgs(page: str) -> list[str]:
    return re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)


def point(index: int, strategy: float, execution: float, flagged: bool = False, left=False):
    return StrategyExecutionPoint(
        f"c{index}", FIRST_NAMES[index % len(FIRST_NAMES)], strategy, execution, flagged, left
    )


def sample_document(candidates: int = 6, notices: tuple[str, ...] = ("Anonymised",)) -> Document:
    """A search's report as compose.py would give it: title, facts, progress beside the funnel,
    a table of candidates with fit chips, the strategy/execution chart and long notes."""
    rows = tuple(
        (
            Cell(f"C-{index + 1:02d}", Tone.MUTED),
            Cell(f"Candidate C-{index + 1:02d}", bold=index < 3),
            Cell("VP Sales, Northwind Traders" if index % 3 else "Chief Revenue Officer, Contoso"),
            Cell(f"{4.6 - index * 0.07:.1f}", Tone.NORMAL),
            Cell(*BANDS[index % 4]),
            Cell(
                "Overdue" if index % 7 == 0 else "—", Tone.WARNING if index % 7 == 0 else Tone.MUTED
            ),
        )
        for index in range(candidates)
    )
    points = (
        *(
            point(
                i, 1.5 + (i * 0.37) % 3.5, 1.5 + (i * 0.61) % 3.5, flagged=i % 4 == 3, left=i == 5
            )
            for i in range(min(candidates, 12))
        ),
        StrategyExecutionPoint("f", "Frac", Fraction(7, 2), Fraction(13, 4), False),
    )
    notes = "\n".join(
        f"{FIRST_NAMES[i]} ({i + 3} Nov): " + "Strong enterprise background; " * (i + 2)
        for i in range(4)
    )
    return Document(
        title="Chief Revenue Officer — Acme Robotics",
        generated="Generated 28 Nov 2026, 09:14",
        notices=notices,
        sections=(
            Section(
                footer="Chief Revenue Officer — Acme Robotics",
                blocks=(
                    Title("Chief Revenue Officer — Acme Robotics", "Search progress report"),
                    Facts(
                        (
                            ("Role", "CRO"),
                            ("Company", "Acme Robotics"),
                            ("Owner", "Dana Whitfield"),
                            ("Status", "Active"),
                            ("Started", "2 Sep 2026"),
                            ("Target start", "1 Feb 2027"),
                        ),
                        columns=3,
                    ),
                    Heading("Where the search stands", level=1),
                    ChartRow(
                        (
                            Chart(
                                ChartKind.PROGRESS,
                                "Checklist progress",
                                rows=(
                                    ("Brief & scorecard", 6, 6),
                                    ("Sourcing", 4, 7),
                                    ("Interviews", 1, 8),
                                    ("References", 0, 0),
                                    ("Offer", 0, 4),
                                ),
                            ),
                            Chart(
                                ChartKind.FUNNEL,
                                "Pipeline",
                                rows=(
                                    ("Identified", 40),
                                    ("Screened", 18),
                                    ("Interviewed", 9),
                                    ("Shortlisted", 4),
                                    ("Offer", 1),
                                    ("Hired", 0),
                                ),
                                caption="Everyone ever added, by the furthest stage reached.",
                            ),
                        )
                    ),
                    Heading("Candidates", level=2),
                    Table(
                        columns=(
                            Column("Code", 0.7),
                            Column("Name", 1.6),
                            Column("Current role", 2.6),
                            Column("Fit", 0.6, Align.RIGHT),
                            Column("Band", 1.0, Align.CENTER),
                            Column("Next step", 0.9),
                        ),
                        rows=rows,
                        empty_text="No candidates yet.",
                        caption="Fit is the weighted scorecard mean, 1 to 5.",
                    ),
                    Heading("Strategy against execution", level=2),
                    Chart(
                        ChartKind.STRATEGY_EXECUTION,
                        "Strategy against execution",
                        role=Role.CRO,
                        points=points,
                        caption="Triangles are flagged; the shaded area suits a CRO seat.",
                    ),
                    Heading("Recent notes", level=2),
                    Paragraph(notes),
                    Paragraph("Pay expectations are left out of this report.", Tone.MUTED),
                ),
            ),
            Section(
                footer="Chief Revenue Officer — Acme Robotics",
                blocks=(
                    Heading("Overdue steps", level=2),
                    Table(
                        columns=(Column("Step", 3), Column("Due", 1, Align.RIGHT)),
                        rows=(),
                        empty_text="Nothing is overdue.",
                    ),
                    Paragraph("Two steps were finished this week.", Tone.GOOD),
                ),
            ),
        ),
    )


def small_document(*blocks, sections: int = 1, **fields) -> Document:
    section = Section(footer="Footer", blocks=blocks or (Paragraph("Hello"),))
    return Document(title="Report", sections=(section,) * sections, **fields)


# --- the page ---------------------------------------------------------------------------------


def test_the_page_is_well_formed_and_shows_every_text(qapp):
    page = render_html(sample_document(candidates=40), Paper.A4)

    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    parsed = parse(page)
    ET.fromstring(page.removeprefix("<!DOCTYPE html>\n"))  # strict XML too: nothing left open
    tags = [tag for tag, _attrs in parsed.tags]
    assert ("meta", {"charset": "utf-8"}) in parsed.tags
    assert tags.count("section") == 2
    assert re.search(r"<title>Chief Revenue Officer — Acme Robotics</title>", page)
    text = parsed.text
    for expected in (
        "Chief Revenue Officer — Acme Robotics",
        "Search progress report",
        "Company",
        "Acme Robotics",
        "Target start",
        "Where the search stands",
        "Candidates",
        "Candidate C-40",
        "Chief Revenue Officer, Contoso",
        "Borderline",
        "Fit is the weighted scorecard mean",
        "Everyone ever added",
        "Strong enterprise background",
        "Nothing is overdue.",
        "Anonymised",
        "Chief Revenue Officer — Acme Robotics · Generated 28 Nov 2026, 09:14",
    ):
        assert expected in text, expected
    # Headings as the outline: the title, then level 1 as h2 and level 2 as h3.
    assert "<h1>Chief Revenue Officer — Acme Robotics</h1>" in page
    assert '<h2 class="part">Where the search stands</h2>' in page
    assert "<h3>Candidates</h3>" in page


def test_notices_stand_at_the_top_before_the_first_section(qapp):
    page = render_html(
        sample_document(notices=("Anonymised", "Includes confidential notes")), Paper.A4
    )

    notices = page.index('class="notices"')
    assert notices < page.index("<section")
    assert page.index("Includes confidential notes") < page.index("<section")
    assert 'class="notices"' not in render_html(sample_document(notices=()), Paper.A4)


def test_sections_after_the_first_start_a_printed_page_and_end_with_a_footer(qapp):
    page = render_html(small_document(sections=3, generated="Generated today"), Paper.A4)

    assert ".section + .section { break-before: page;" in page
    assert page.count('<footer class="section-footer">Footer · Generated today</footer>') == 3


def test_paper_and_language_come_from_the_options_and_the_document(qapp):
    a4 = render_html(small_document(language="pt-BR"), Paper.A4)
    letter = render_html(small_document(), Paper.LETTER)

    assert "@page { size: A4; margin: 18mm; }" in a4
    assert "@page { size: letter; margin: 18mm; }" in letter
    assert '<html lang="pt-BR">' in a4
    assert '<html lang="en">' in letter


def test_markup_in_any_text_comes_out_as_text_never_as_a_tag(qapp):
    document = small_document(
        Title(HOSTILE, HOSTILE),
        Facts(((HOSTILE, HOSTILE),)),
        Heading(HOSTILE, level=1),
        Paragraph(HOSTILE, Tone.WARNING),
        Table(
            (Column(HOSTILE),),
            ((Cell(HOSTILE),), (Cell(HOSTILE, Tone.STRONG),)),
            caption=HOSTILE,
        ),
        Chart(ChartKind.FUNNEL, HOSTILE, rows=((HOSTILE, 3),), caption=HOSTILE),
        notices=(HOSTILE,),
        generated=HOSTILE,
    )
    document = Document(title='"Q&A" <b>', sections=document.sections, notices=document.notices)
    page = render_html(document, Paper.A4)

    parsed = parse(page)
    assert "script" not in {tag for tag, _attrs in parsed.tags}
    assert "<b>" not in page
    assert "&lt;script&gt;" in page
    assert parsed.text.count(HOSTILE) >= 9  # a reader sees the text as typed
    assert "<title>&quot;Q&amp;A&quot; &lt;b&gt;</title>" in page
    ET.fromstring(page.removeprefix("<!DOCTYPE html>\n"))


def test_control_characters_pasted_into_a_text_are_dropped(qapp):
    chart = Chart(ChartKind.FUNNEL, "Pipe\x1bline", rows=(("Scr\x0beened", 2),))
    page = render_html(small_document(Paragraph("Call\x0cback\x00 Monday"), chart), Paper.A4)

    ET.fromstring(page.removeprefix("<!DOCTYPE html>\n"))
    assert "Callback Monday" in parse(page).text
    assert ">Screened</text>" in page


def test_characters_xml_forbids_are_dropped_from_the_page(qapp):
    # U+FFFE and U+FFFF are not characters at all; a name or a note may still hold them.
    table = Table((Column("Name"),), ((Cell("Ann\ufffe Lee"),),))
    page = render_html(small_document(Paragraph("Call\uffff back"), table), Paper.A4)

    ET.fromstring(page.removeprefix("<!DOCTYPE html>\n"))
    assert "Ann Lee" in parse(page).text
    assert "Call back" in parse(page).text


def test_the_page_fetches_nothing(qapp):
    page = render_html(sample_document(candidates=40), Paper.LETTER)

    stripped = page
    for namespace in NAMESPACES:
        stripped = stripped.replace(f'"{namespace}"', '""')
    assert "http://" not in stripped
    assert "https://" not in stripped
    assert not re.search(r"\bsrc\s*=", page)
    assert "@import" not in page
    assert "<script" not in page
    assert "<link" not in page
    assert "<img" not in page
    assert "<image" not in page
    hrefs = re.findall(r'href\s*=\s*"([^"]*)"', page)
    assert all(href.startswith("#") for href in hrefs), hrefs
    urls = re.findall(r"url\(([^)]*)\)", page)
    assert all(url.startswith("#") for url in urls), urls


# --- blocks -----------------------------------------------------------------------------------


def test_a_table_takes_its_widths_alignment_tones_and_chips_from_the_model(qapp):
    table = Table(
        columns=(Column("Name", 3), Column("Score", 1, Align.RIGHT)),
        rows=(
            (Cell("Ana", bold=True), Cell("4.2")),
            (Cell("Ben", Tone.MUTED), Cell("Strong", Tone.STRONG)),
            (Cell("Chloé", Tone.WARNING), Cell("Weak", Tone.WEAK)),
        ),
        caption="and 12 more",
    )
    page = render_html(small_document(table), Paper.A4)

    assert '<col style="width: 75.00%" /><col style="width: 25.00%" />' in page
    assert "<thead><tr>" in page  # so the header repeats on every printed page
    assert '<th scope="col" class="align-right">Score</th>' in page
    assert '<td class="bold">Ana</td>' in page
    assert '<td class="tone-muted">Ben</td>' in page
    assert '<td class="tone-warning">Chloé</td>' in page
    assert '<td class="align-right"><span class="chip chip-strong">Strong</span></td>' in page
    assert '<span class="chip chip-weak">Weak</span>' in page
    assert '<p class="caption">and 12 more</p>' in page
    assert "break-inside: avoid" in page


def test_an_empty_table_shows_its_empty_text_instead(qapp):
    table = Table((Column("Step"),), rows=(), empty_text="Nothing is overdue.")
    page = render_html(small_document(table), Paper.A4)

    assert '<p class="empty">Nothing is overdue.</p>' in page
    assert "<table" not in page


def test_facts_lay_out_in_their_columns(qapp):
    page = render_html(small_document(Facts((("Role", "CSO"), ("Owner", "Dana")), 2)), Paper.A4)

    assert '<dl class="facts" style="--columns: 2">' in page
    assert "<dt>Role</dt><dd>CSO</dd>" in page


def test_paragraph_tones_become_classes(qapp):
    page = render_html(
        small_document(Paragraph("Late", Tone.WARNING), Paragraph("Done", Tone.GOOD)), Paper.A4
    )

    assert '<p class="text tone-warning">Late</p>' in page
    assert '<p class="text tone-good">Done</p>' in page
    assert ".tone-warning { color: #b3261e; }" in page


# --- charts -----------------------------------------------------------------------------------


def test_every_chart_is_a_labelled_inline_svg_with_drawing_in_it(qapp):
    page = render_html(sample_document(candidates=40), Paper.A4)

    found = svgs(page)
    assert len(found) == 3  # progress and funnel side by side, then the scatter
    titles = ["Checklist progress", "Pipeline", "Strategy against execution"]
    svg = "{http://www.w3.org/2000/svg}"
    for markup, title in zip(found, titles, strict=True):
        root = ET.fromstring(markup)  # well-formed XML on its own
        assert root.tag == f"{svg}svg"
        assert root.get("role") == "img"
        assert root.get("aria-label") == title
        assert root.get("width") == "100%"
        assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox"))
        drawn = {element.tag.removeprefix(svg) for element in root.iter()}
        assert drawn & {"path", "rect", "polygon", "polyline"}, drawn
        assert "text" in drawn
    scatter = ET.fromstring(found[2])
    labels = {element.text for element in scatter.iter(f"{svg}text")}
    assert {"Ana", "Frac", "Execution (E)", "Suits a CRO seat"} <= labels
    assert '<div class="chart-row">' in page
    assert page.count('<figcaption class="chart-title">') == 3
    assert "Triangles are flagged" in page
    # Ids are unique across the page even though each chart was drawn on its own.
    ids = re.findall(r'\bid="([^"]*)"', page)
    assert len(ids) == len(set(ids))


def test_charts_render_to_pictures(qapp):
    page = render_html(sample_document(candidates=40), Paper.A4)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    for index, markup in enumerate(svgs(page)):
        renderer = QSvgRenderer(QByteArray(markup.encode("utf-8")))
        assert renderer.isValid()
        box = renderer.viewBoxF()
        image = QImage(round(box.width() * 2), round(box.height() * 2), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 3, "the chart drew nothing"
        assert image.save(str(SCREENSHOTS / f"report_html_chart_{index + 1}.png"))
    (SCREENSHOTS / "report_html.html").write_text(page, encoding="utf-8")


def test_a_gui_application_without_widgets_is_enough(tmp_path):
    # What the command line has: QGuiApplication on the offscreen platform, no QtWidgets.
    code = """
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from desktop_app.reports.document import Chart, ChartKind, Document, Section
from desktop_app.reports.html import write_html
chart = Chart(ChartKind.FUNNEL, "Pipeline", rows=(("Identified", 3), ("Hired", 1)))
write_html(Document("T", (Section("F", (chart,)),)), Path(sys.argv[1]), "letter")
assert "PySide6.QtWidgets" not in sys.modules
# The charts are written by our own SVG writer: Qt's SVG module is never loaded.
assert "PySide6.QtSvg" not in sys.modules
"""
    path = tmp_path / "report.html"
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=120)

    assert 'aria-label="Pipeline"' in path.read_text(encoding="utf-8")


# --- progress, cancelling and the file --------------------------------------------------------


def test_progress_follows_the_sections(qapp):
    seen = []
    render_html(small_document(sections=3), Paper.A4, progress=lambda *done: seen.append(done))

    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancelling_raises_and_leaves_no_file(qapp, tmp_path):
    path = tmp_path / "report.html"
    seen = []

    with pytest.raises(ExportCancelled):
        write_html(
            small_document(sections=3),
            path,
            Paper.A4,
            progress=lambda *done: seen.append(done),
            cancelled=lambda: len(seen) >= 1,
        )

    assert seen == [(1, 3)]
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportCancelled):
        render_html(small_document(), Paper.A4, cancelled=lambda: True)


def test_write_html_writes_the_page_as_utf8(qapp, tmp_path):
    path = tmp_path / "report.html"
    document = sample_document()

    write_html(document, path, Paper.LETTER)

    written = path.read_bytes().decode("utf-8")
    assert written == render_html(document, Paper.LETTER)
    assert "Chloé" in written
    assert [item.name for item in tmp_path.iterdir()] == ["report.html"]
