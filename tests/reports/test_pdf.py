"""The PDF report read back as a person's tools would: the text (pypdf), the page sizes and
metadata, and the pages rendered to images (pypdfium2), saved under screenshots/ to look at."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QImage

from desktop_app.charts.scatter import StrategyExecutionPoint
from desktop_app.domain.search import Role
from desktop_app.reports.content import ExportCancelled
from desktop_app.reports.document import (
    Align,
    Block,
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
from desktop_app.reports.options import Paper
from desktop_app.reports.pdf import write_pdf
from desktop_app.reports.pdf_layout import Piece, paginate

SCREENSHOTS = Path(
    os.environ.get("REVSEARCH_SCREENSHOTS", Path(__file__).parents[2] / "screenshots")
)
MM = 72 / 25.4  # points per millimetre


# --- helpers ---------------------------------------------------------------------------------


def document(*sections: Section, notices: tuple[str, ...] = ()) -> Document:
    return Document(
        title="Chief Revenue Officer — Acme: progress report",
        sections=sections,
        generated="Generated 28 Nov 2026, 09:14",
        notices=notices,
    )


def section(*blocks: Block, footer: str = "Chief Revenue Officer — Acme") -> Section:
    return Section(footer, blocks)


def long_table(rows: int, tag: str = "Row") -> Table:
    """A table whose rows are each two lines, both naming the row, so a split row shows."""
    return Table(
        columns=(
            Column("#", 0.4, Align.RIGHT),
            Column("Candidate name", 2.2),
            Column("Stage reached", 1.0),
            Column("Fit band", 1.0),
        ),
        rows=tuple(
            (
                Cell(str(n)),
                Cell(f"{tag}{n:03d}alpha\n{tag}{n:03d}omega", bold=n == 0),
                Cell("Shortlist"),
                Cell(f"{60 + n % 40} Good", Tone.GOOD_FIT),
            )
            for n in range(rows)
        ),
    )


def write(tmp_path: Path, doc: Document, paper: Paper = Paper.A4, **kwargs) -> Path:
    path = tmp_path / "report.pdf"
    write_pdf(doc, path, paper, **kwargs)
    return path


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of white space as one space (pypdf spaces words with tabs)."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def save_pngs(path: Path, name: str, scale: float = 1.5) -> list[Path]:
    """Renders every page with PDFium (as a PDF reader would) and saves it as a PNG."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob(f"{name}-page-*.png"):  # a longer earlier run's extra pages
        old.unlink()
    saved = []
    pdf = pdfium.PdfDocument(path)
    for number in range(len(pdf)):
        bitmap = pdf[number].render(scale=scale, rev_byteorder=True)  # RGB bytes
        data = bytes(bitmap.buffer)
        image = QImage(
            data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        )
        target = SCREENSHOTS / f"{name}-page-{number + 1}.png"
        assert image.save(str(target)), f"could not save {target}"
        saved.append(target)
    pdf.close()
    return saved


def ink_share(png: Path) -> float:
    """The share of pixels that are not white, on a small copy of the page."""
    image = QImage(str(png)).scaled(120, 170)
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return sum(1 for p in pixels if p.lightness() < 245) / len(pixels)


def realistic_document() -> Document:
    """A search's report as a board would get it: facts, progress beside the funnel, 40 ranked
    candidates with fit chips, strategy against execution, and notes with long text."""
    bands = [
        ("Strong", Tone.STRONG),
        ("Good", Tone.GOOD_FIT),
        ("Borderline", Tone.BORDERLINE),
        ("Weak", Tone.WEAK),
    ]
    names = [
        "João Gonçalves", "Amélie Durand", "Sarah O'Connor", "Rahul Mehta", "Li Wei",
        "Zoë Müller", "Tomás Ibáñez", "Ingrid Sørensen", "David Cohen", "Fatima Al-Sayed",
    ]  # fmt: skip
    companies = ["Salesforce", "HubSpot", "Atlassian", "SAP", "Zendesk", "Workday"]
    stages = ["Shortlist", "Interview", "Screened", "Offer", "Identified"]
    candidates = []
    for n in range(40):
        label, tone = bands[min(3, n // 10)]
        fit = 92 - n
        flags = "S/E mismatch\nCritical gap" if n % 7 == 3 else ("—" if n % 3 else "Low overall")
        candidates.append(
            (
                Cell(str(n + 1)),
                Cell(
                    f"{names[n % 10]}\nVP Sales, {companies[n % 6]}",
                    bold=n == 0,
                ),
                Cell(stages[n % 5]),
                Cell(f"{'~' if n % 4 == 1 else ''}{fit} {label}", tone),
                Cell(f"{3 + (n % 5) / 5:.1f} / {4 - (n % 4) / 4:.1f}"),
                Cell(["Builder", "Operator", "Balanced", "Strategist"][n % 4]),
                Cell(flags, Tone.MUTED if flags == "—" else Tone.WARNING),
            )
        )
    points = tuple(
        StrategyExecutionPoint(
            f"c{n}",
            names[n].split()[0],
            Fraction(s),
            Fraction(e),
            flagged=s < 3 or s - e <= -0.75,
        )
        for n, (s, e) in enumerate(
            [(4.5, 4.0), (3.75, 4.25), (2.5, 4.5), (4.0, 3.0), (3.25, 3.25), (2.75, 2.5)]
        )
    )
    note = (
        "Strong references from two former CEOs; built the enterprise motion from 40 to 180 "
        "quota carriers in three years. Concern: limited exposure to channel partners, and the "
        "compensation expectation (base plus accelerators) sits above the approved band. "
        "Follow up with the board's remuneration committee before the final round. "
    )
    notes = tuple(
        (
            Cell(f"2{n} Nov 2026 1{n}:05", Tone.MUTED),
            Cell(names[n]),
            Cell("Interview\nConfidential\nMaria Silva" if n == 1 else "Call\nMaria Silva",
                 Tone.WARNING if n == 1 else Tone.NORMAL),
            Cell(note * (1 + n % 3)),
        )
        for n in range(6)
    )  # fmt: skip
    blocks: tuple[Block, ...] = (
        Title("Chief Revenue Officer", "CRO · Acme Holdings · EMEA commercial"),
        Facts(
            (
                ("Role", "CRO"),
                ("Company", "Acme Holdings"),
                ("Business unit", "EMEA commercial"),
                ("Owner", "Maria Silva"),
                ("Started", "3 Aug 2026"),
                ("Days open", "117 days"),
                ("Target date", "15 Jan 2027"),
                ("Status", "Active"),
                ("Last activity", "27 Nov 2026"),
            )
        ),
        Heading("Checklist progress"),
        Paragraph("31 of 48 steps done (65%) · 4 overdue"),
        ChartRow(
            (
                Chart(
                    ChartKind.PROGRESS,
                    "Progress by phase",
                    rows=(
                        ("Prepare the search", 8, 8),
                        ("Source candidates", 9, 10),
                        ("Assess", 10, 14),
                        ("References", 4, 8),
                        ("Offer and close", 0, 6),
                        ("Onboarding", 0, 0),
                    ),
                ),
                Chart(
                    ChartKind.FUNNEL,
                    "Candidates by stage",
                    rows=(
                        ("Identified", 40),
                        ("Screened", 22),
                        ("Interview", 11),
                        ("Shortlist", 5),
                        ("Offer", 1),
                        ("Hired", 0),
                    ),
                    caption="40 in the pipeline · 6 left the search",
                ),
            )
        ),
        Heading("Overdue steps", level=3),
        Table(
            columns=(Column("Due", 1.0), Column("Step", 3.2), Column("Late", 0.9, Align.RIGHT)),
            rows=(
                (Cell("2 Nov 2026"), Cell("Agree the scorecard"), Cell("26 days", Tone.WARNING)),
                (Cell("9 Nov 2026"), Cell("Brief the board"), Cell("19 days", Tone.WARNING)),
            ),
        ),
        Heading("Next due", level=3),
        Table(
            columns=(Column("Due", 1.0), Column("Step", 3.2)),
            rows=(),
            empty_text="No open steps with a due date.",
        ),
        Heading("Candidates"),
        Table(
            columns=(
                Column("#", 0.35, Align.RIGHT),
                Column("Candidate", 2.2),
                Column("Stage", 1.0),
                Column("Fit", 1.1),
                Column("S / E", 0.8, Align.CENTER),
                Column("Profile", 1.2),
                Column("Flags", 1.6),
            ),
            rows=tuple(candidates),
            caption=(
                "Fit runs from 20 to 100: strong 80+, good 70-79, borderline 60-69, weak below "
                "60; ~ marks a provisional fit (not every competency scored)."
            ),
        ),
        Heading("Shortlist comparison"),
        Chart(
            ChartKind.STRATEGY_EXECUTION,
            "Strategy against execution",
            role=Role.CRO,
            points=points,
            caption="The shaded region suits a CRO seat; a point outside it carries a flag.",
        ),
        Heading("Recent notes"),
        Table(
            columns=(
                Column("When", 1.1),
                Column("Candidate", 1.3),
                Column("Kind", 0.9),
                Column("Note", 4.4),
            ),
            rows=notes,
            caption="12 older notes are in the spreadsheet export",
        ),
    )
    return Document(
        title="Chief Revenue Officer — Acme Holdings: progress report",
        sections=(Section("Chief Revenue Officer — Acme Holdings", blocks),),
        generated="Generated 28 Nov 2026, 09:14",
        notices=("Anonymised: candidates are shown by code", "Confidential notes left out"),
    )


# --- what the text says ----------------------------------------------------------------------


def test_the_text_holds_the_title_facts_headings_cells_and_page_numbers(qapp, tmp_path):
    doc = document(
        section(
            Title("Chief Revenue Officer", "CRO · Acme"),
            Facts((("Owner", "Maria Silva"), ("Started", "3 Aug 2026"))),
            Heading("Candidates"),
            Paragraph("Three people are on the shortlist."),
            long_table(3),
        )
    )
    path = write(tmp_path, doc)

    (text,) = page_texts(path)
    for expected in (
        "Chief Revenue Officer",
        "CRO · Acme",
        "Owner",
        "Maria Silva",
        "3 Aug 2026",
        "Candidates",
        "Three people are on the shortlist.",
        "Candidate name",
        "Row001alpha",
        "61 Good",
        "Page 1 of 1",
        "Generated 28 Nov 2026, 09:14",
    ):
        assert expected in text
    metadata = pypdf.PdfReader(path).metadata
    assert metadata.title == "Chief Revenue Officer — Acme: progress report"
    assert metadata.creator == "RevSearch"


def test_a_long_table_repeats_its_header_on_every_page_and_never_splits_a_row(qapp, tmp_path):
    rows = 200
    path = write(tmp_path, document(section(Heading("Candidates"), long_table(rows))))

    texts = page_texts(path)
    assert len(texts) >= 4
    for number, text in enumerate(texts, start=1):
        assert "Candidate name" in text and "Stage reached" in text, f"page {number}"
        assert f"Page {number} of {len(texts)}" in text
    for n in range(rows):
        (page,) = [t for t in texts if f"Row{n:03d}alpha" in t]  # on exactly one page
        assert f"Row{n:03d}omega" in page, f"row {n} split over two pages"


def test_each_section_starts_a_new_page_with_its_own_footer(qapp, tmp_path):
    doc = document(
        section(Title("Search portfolio"), Paragraph("Two open searches."), footer="Portfolio"),
        section(Heading("CRO — Acme", 1), long_table(80, "Acme"), footer="CRO — Acme"),
        section(Heading("CSO — Globex", 1), Paragraph("No one yet."), footer="CSO — Globex"),
    )
    path = write(tmp_path, doc)

    texts = page_texts(path)
    assert "Portfolio" in texts[0] and "Two open searches." in texts[0]
    assert "CRO — Acme" not in texts[0]
    acme = [t for t in texts if "Acme0" in t]
    assert len(acme) >= 2 and texts[1] == acme[0]
    assert all("CRO — Acme" in t and "Globex" not in t for t in acme)
    assert "No one yet." in texts[-1] and "CSO — Globex" in texts[-1]
    assert "Acme0" not in texts[-1]


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))])
def test_the_paper_size_is_the_one_asked_for(qapp, tmp_path, paper, size):
    path = write(tmp_path, document(section(long_table(120))), paper)

    for page in pypdf.PdfReader(path).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            size, abs=1.5
        )


def test_nothing_is_drawn_outside_the_margins(qapp, tmp_path):
    """A very long word in a narrow right-hand column breaks inside the cell: no character
    reaches past the right margin, on either paper."""
    word = "Supercalifragilisticexpialidocious-Vertriebsleitungsstellvertretung"
    table = Table(
        (Column("Name", 3.0), Column("Word", 0.6)),
        ((Cell("Ana"), Cell(word)), (Cell("Bo"), Cell(word, Tone.STRONG))),
    )
    for paper in Paper:
        path = write(tmp_path, document(section(Title(word * 2), table)), paper)
        pdf = pdfium.PdfDocument(path)
        page = pdf[0]
        width, _height = page.get_size()
        text_page = page.get_textpage()
        rights = [
            text_page.get_charbox(i)[2]
            for i in range(text_page.count_chars())
            if text_page.get_text_range(i, 1).strip()  # not the line breaks PDFium adds
        ]
        assert max(rights) <= width - 18 * MM + 1
        # Broken with hyphens where it had to, but every letter is there.
        letters = re.sub(r"[\s\-\u00ad]", "", page_texts(path)[0])
        assert letters.count(word.replace("-", "")) == 4
        text_page.close()
        page.close()
        pdf.close()


# --- keeping things together -----------------------------------------------------------------


def test_a_heading_keeps_with_the_table_it_introduces(qapp, tmp_path):
    # How many filler rows fill the first page; then, around that number, the heading would
    # land at the foot of page 1 unless it moves with its table.
    probe = page_texts(write(tmp_path, document(section(long_table(100, "Fill")))))
    fitting = sum(1 for n in range(100) if f"Fill{n:03d}alpha" in probe[0])
    for filler in range(fitting - 6, fitting + 1):
        doc = document(
            section(long_table(filler, "Fill"), Heading("Shortlist comparison"), long_table(5))
        )
        texts = page_texts(write(tmp_path, doc))
        (page,) = [t for t in texts if "Shortlist comparison" in t]
        assert "Row000alpha" in page and "Row000omega" in page, f"{filler} filler rows"


def test_a_heading_moves_to_the_next_page_when_only_it_would_fit():
    heading = Piece(20, [], keep_with_next=True)
    table_header = Piece(15, [], keep_with_next=True)
    row = Piece(15, [])
    filler = Piece(60, [])

    pages = paginate("Footer", [filler, heading, table_header, row], height=100)

    assert [[p for _top, p in page.pieces] for page in pages] == [
        [filler],
        [heading, table_header, row],
    ]


def test_a_table_row_on_a_new_page_brings_its_header(qapp):
    header = Piece(10, [], keep_with_next=True)
    rows = [Piece(30, [], header=header) for _ in range(5)]

    pages = paginate("Footer", [header, *rows], height=100)

    assert [[p for _top, p in page.pieces] for page in pages] == [
        [header, *rows[:3]],
        [header, *rows[3:]],
    ]
    assert pages[1].pieces[1][0] == 10  # the row sits under the repeated header


def test_an_empty_table_shows_its_empty_text_and_a_caption_stays_with_its_table(qapp, tmp_path):
    table = long_table(2)
    captioned = Table(table.columns, table.rows, caption="and 12 more")
    empty = Table(table.columns, (), empty_text="Nothing overdue.")
    path = write(tmp_path, document(section(empty, captioned)))

    (text,) = page_texts(path)
    assert "Nothing overdue." in text
    assert text.count("Candidate name") == 1  # the empty table drew no header
    assert text.index("Row001omega") < text.index("and 12 more")


def test_a_long_paragraph_continues_on_the_next_page_without_losing_a_line(qapp, tmp_path):
    words = [f"w{n:04d}" for n in range(1500)]
    path = write(tmp_path, document(section(long_table(40), Paragraph(" ".join(words)))))

    # PDFium's text here: pypdf sometimes splits a word where Qt starts a new run of glyphs.
    pdf = pdfium.PdfDocument(path)
    pages = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    pdf.close()
    assert len(pages) >= 3
    assert [w for text in pages for w in re.findall(r"w\d{4}", text)] == words


def test_a_row_taller_than_a_page_is_cut_short_to_fit(qapp, tmp_path):
    note = " ".join(f"word{n}" for n in range(4000))
    table = Table((Column("Who"), Column("Note", 4.0)), ((Cell("Ana"), Cell(note)),))
    path = write(tmp_path, document(section(Heading("Notes"), table)))

    texts = page_texts(path)
    assert len(texts) == 1
    assert "word0 word1" in texts[0] and "\u2026" in texts[0] and "word3999" not in texts[0]
    assert "Page 1 of 1" in texts[0]


# --- charts ----------------------------------------------------------------------------------


def test_charts_are_drawn_as_vectors_not_images(qapp, tmp_path):
    points = (StrategyExecutionPoint("a", "Ana", Fraction(4), Fraction(3), flagged=False),)
    doc = document(
        section(
            ChartRow(
                (
                    Chart(ChartKind.PROGRESS, "Progress by phase", rows=(("Prepare", 3, 5),)),
                    Chart(ChartKind.FUNNEL, "Candidates by stage", rows=(("Identified", 4),)),
                )
            ),
            Chart(ChartKind.STRATEGY_EXECUTION, "Strategy against execution", points=points),
        )
    )
    path = write(tmp_path, doc)

    reader = pypdf.PdfReader(path)
    text = page_texts(path)[0]
    for label in ("Progress by phase", "Prepare", "3/5", "Identified", "Execution (E)", "Ana"):
        assert label in text
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
        assert images == []


# --- footer, notices, progress and cancelling ------------------------------------------------


def test_notices_are_on_every_page(qapp, tmp_path):
    notices = ("Anonymised: candidates are shown by code", "Includes confidential notes")
    path = write(tmp_path, document(section(long_table(120)), notices=notices))

    texts = page_texts(path)
    assert len(texts) >= 3
    for text in texts:
        assert "Anonymised: candidates are shown by code" in text
        assert "Includes confidential notes" in text


def test_progress_counts_pages_and_cancelling_stops_the_export(qapp, tmp_path):
    heard: list[tuple[int, int]] = []
    count = write_pdf(
        document(section(long_table(120))),
        tmp_path / "a.pdf",
        Paper.A4,
        progress=lambda done, total: heard.append((done, total)),
    )
    assert count == len(pypdf.PdfReader(tmp_path / "a.pdf").pages) >= 3
    assert heard == [(n, count) for n in range(1, count + 1)]

    with pytest.raises(ExportCancelled):
        write_pdf(
            document(section(long_table(120))),
            tmp_path / "b.pdf",
            Paper.A4,
            progress=lambda done, total: heard.append((done, total)),
            cancelled=lambda: len(heard) > count,  # true once the first page is painted
        )
    assert heard[count:] == [(1, count)]


# --- unusual text ----------------------------------------------------------------------------


def test_accents_right_to_left_scripts_and_emoji_survive(qapp, tmp_path):
    table = Table(
        (Column("Candidate"), Column("Note", 2.0)),
        (
            (Cell("João Gonçalves"), Cell("Zoë Müller-Ibáñez, Ørsted, Łódź")),
            (Cell("محمد العلي"), Cell("Arabic name, right to left")),
            (Cell("דוד כהן"), Cell("Hebrew name 👍🚀 with emoji")),
            (Cell("李伟"), Cell("Chinese name")),
        ),
    )
    path = write(tmp_path, document(section(Title("Söderström & Associés"), table)))

    (text,) = page_texts(path)
    for expected in ("João Gonçalves", "Zoë Müller-Ibáñez, Ørsted, Łódź", "Söderström & Associés"):
        assert expected in text
    assert "Hebrew name" in text


# --- looking at it -----------------------------------------------------------------------------


def test_a_realistic_report_renders_to_pages_with_ink_on_them(qapp, tmp_path):
    path = write(tmp_path, realistic_document())

    pngs = save_pngs(path, "pdf-report")
    assert len(pngs) >= 2
    for png in pngs:
        assert ink_share(png) > 0.02, f"{png.name} looks blank"
    letter = write(tmp_path, realistic_document(), Paper.LETTER)
    save_pngs(letter, "pdf-report-letter")


def test_it_needs_only_a_gui_application_not_widgets(tmp_path):
    # The command line exports headless with a QGuiApplication; QtWidgets is never loaded.
    code = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "from desktop_app.reports.document import *\n"
        "from desktop_app.reports.options import Paper\n"
        "from desktop_app.reports.pdf import write_pdf\n"
        "doc = Document('T', (Section('F', (Title('Hello'), Chart(ChartKind.FUNNEL, 'F', "
        "rows=(('A', 1),)))),))\n"
        f"print(write_pdf(doc, Path({str(tmp_path / 'x.pdf')!r}), Paper.A4))\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.split() == ["1", "False"]
