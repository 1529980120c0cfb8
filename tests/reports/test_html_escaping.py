"""Every text on the HTML page, in every place it is written, drops the characters XML
forbids the same way, and the page stays well-formed XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop_app.charts.scatter import StrategyExecutionPoint
from desktop_app.domain.search import Role
from desktop_app.reports.document import (
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
from desktop_app.reports.html import render_html
from desktop_app.reports.options import Paper

BAD = "\ufffe\uffff\ud800\udfff\x01\x1f\x7f"


def nasty(word: str) -> str:
    return f"{word}{BAD}<&\"'>{BAD}x"


def clean(word: str) -> str:
    return f"{word}<&\"'>x"


def _texts(element: ET.Element) -> list[str]:
    out = []
    for node in element.iter():
        if node.text:
            out.append(node.text)
        if node.tail:
            out.append(node.tail)
        out.extend(node.attrib.values())
    return out


def test_every_text_drops_forbidden_characters_the_same_way(qapp):
    words = [
        "doctitle",
        "titletext",
        "subtitle",
        "factlabel",
        "factvalue",
        "heading1",
        "heading2",
        "para",
        "chip",
        "coltitle",
        "cell",
        "caption",
        "empty",
        "charttitle",
        "chartcaption",
        "phase",
        "stage",
        "point",
        "footer",
        "generated",
        "notice",
    ]
    n = {w: nasty(w) for w in words}
    point = StrategyExecutionPoint("c1", n["point"], 3.0, 2.0, False)
    blocks = (
        Title(n["titletext"], n["subtitle"]),
        Facts(((n["factlabel"], n["factvalue"]),)),
        Heading(n["heading1"], level=1),
        Heading(n["heading2"]),
        Paragraph(n["para"]),
        Paragraph(n["chip"], Tone.STRONG),
        Table((Column(n["coltitle"]),), ((Cell(n["cell"]),),), caption=n["caption"]),
        Table((Column("x"),), (), empty_text=n["empty"]),
        ChartRow(
            (
                Chart(
                    ChartKind.PROGRESS,
                    n["charttitle"],
                    rows=((n["phase"], 1, 3),),
                    caption=n["chartcaption"],
                ),
                Chart(ChartKind.FUNNEL, n["charttitle"], rows=((n["stage"], 2),)),
            )
        ),
        Chart(ChartKind.STRATEGY_EXECUTION, n["charttitle"], role=Role.CRO, points=(point,)),
    )
    document = Document(
        n["doctitle"],
        (Section(n["footer"], blocks),),
        generated=n["generated"],
        notices=(n["notice"],),
    )
    page = render_html(document, Paper.A4)
    root = ET.fromstring(page.removeprefix("<!DOCTYPE html>\n"))
    everything = "\n".join(_texts(root))
    for ch in BAD:
        assert ch not in page, hex(ord(ch))
    for word in words:
        assert word in everything, word
        if word in ("phase", "stage", "point"):
            continue  # chart labels may be elided or wrapped
        assert clean(word) in everything, word
