"""The report's blocks say what a board needs, in order, and leak nothing left out."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.reports.compose import compose
from desktop_app.reports.content import build_report, portfolio_search_ids
from desktop_app.reports.document import Chart, ChartKind, ChartRow, Heading, Table, Title
from desktop_app.reports.options import ReportOptions
from desktop_app.sample_data import add_sample_data
from tests.reports.report_helpers import IDENTIFYING, NOW, SECRET, add_careful_search
from tests.reports.test_content import all_text


@pytest.fixture
def search_id(db) -> str:
    return add_careful_search(db)


def headings(section) -> list[str]:
    return [b.text for b in section.blocks if isinstance(b, Heading)]


def test_a_search_report_reads_in_the_boards_order(qapp, db, search_id):
    document = compose(build_report(db, [search_id], ReportOptions(), now=NOW))
    (section,) = document.sections
    assert isinstance(section.blocks[0], Title) and section.blocks[0].text == "Acme CRO"
    assert section.footer == "Acme CRO · Acme"
    assert headings(section) == [
        "Checklist progress",
        "Overdue steps",
        "Next due",
        "Candidates",
        "Shortlist comparison",
        "Recent notes",
    ]
    kinds = [c.kind for b in section.blocks if isinstance(b, ChartRow) for c in b.charts]
    kinds += [b.kind for b in section.blocks if isinstance(b, Chart)]
    assert kinds == [ChartKind.PROGRESS, ChartKind.FUNNEL, ChartKind.STRATEGY_EXECUTION]
    scatter = next(b for b in section.blocks if isinstance(b, Chart))
    assert sorted(p.label for p in scatter.points) == ["João", "Mary"]
    candidates = next(
        b for b in section.blocks if isinstance(b, Table) and b.columns[1].title == "Candidate"
    )
    assert [row[1].text.split("\n")[0] for row in candidates.rows] == [
        "João Gonçalves",
        "Mary O'Brien",
        "Zoë Müller",
    ]
    assert "Confidential notes left out" in document.notices
    assert SECRET not in all_text(document)


def test_confidential_notes_are_marked_when_included(qapp, db, search_id):
    options = ReportOptions(include_confidential=True)
    document = compose(build_report(db, [search_id], options, now=NOW))
    assert "Includes confidential notes" in document.notices
    text = all_text(document)
    assert SECRET in text and "Confidential" in text


def test_an_anonymised_document_names_no_one(qapp, db, search_id):
    options = ReportOptions(anonymise=True, include_confidential=True)
    document = compose(build_report(db, [search_id], options, now=NOW))
    text = all_text(document)
    for trace in IDENTIFYING:
        assert trace.casefold() not in text.casefold(), trace
    scatter = next(b for s in document.sections for b in s.blocks if isinstance(b, Chart))
    assert sorted(p.label for p in scatter.points) == ["C-01", "C-02"]
    assert any("Anonymised" in notice for notice in document.notices)


def test_a_portfolio_opens_with_one_line_per_search(qapp, db, search_id):
    add_sample_data(db, today=dt.date(2026, 11, 28))
    ids = portfolio_search_ids(db)
    document = compose(build_report(db, ids, ReportOptions(), portfolio=True, now=NOW))
    overview, *sections = document.sections
    table = next(b for b in overview.blocks if isinstance(b, Table))
    assert len(table.rows) == len(ids) == len(sections)
    assert all(len(row) == len(table.columns) for row in table.rows)
    # Each search gets a section headed with its title and company, in the same order.
    firsts = [s.blocks[0] for s in sections]
    assert all(isinstance(h, Heading) and h.level == 1 for h in firsts)
    assert [h.text for h in firsts] == [s.footer for s in sections]
    assert [row[0].text.split("\n")[0] for row in table.rows] == [
        h.text.split(" · ")[0] for h in firsts
    ]
