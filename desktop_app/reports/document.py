"""A report as a sequence of simple blocks (title, facts, headings, tables, charts), which the PDF
and HTML writers each render. Composing the blocks once (compose.py) keeps the two formats
saying the same thing in the same order; the writers only decide how it looks.

Every text here is final: translated, formatted and already filtered by the report's options.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.charts.scatter import StrategyExecutionPoint
from desktop_app.domain.search import Role


class Tone(StrEnum):
    """How a cell or paragraph is coloured; colour is never the only sign (text says it too)."""

    NORMAL = "normal"
    MUTED = "muted"  # secondary: dates, people who left, "—"
    WARNING = "warning"  # overdue, a mismatch flag
    GOOD = "good"  # done
    STRONG = "strong"  # fit bands, as chips
    GOOD_FIT = "good_fit"
    BORDERLINE = "borderline"
    WEAK = "weak"


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


@dataclass(frozen=True)
class Title:
    """The report's opening block: "Chief Revenue Officer — Acme" and a line under it."""

    text: str
    subtitle: str = ""


@dataclass(frozen=True)
class Facts:
    """Label and value pairs laid out in a grid (role, company, owner, start date...)."""

    pairs: tuple[tuple[str, str], ...]
    columns: int = 3


@dataclass(frozen=True)
class Heading:
    text: str
    # 1 opens a search's section in a portfolio; 2 a part of a search ("Candidates"); 3 a part
    # of that ("Overdue steps"), smaller.
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    tone: Tone = Tone.NORMAL


@dataclass(frozen=True)
class Cell:
    text: str
    tone: Tone = Tone.NORMAL
    bold: bool = False


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # share of the table's width
    align: Align = Align.LEFT


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page it spans; rows never split."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    empty_text: str = ""  # shown instead of the table when there are no rows
    caption: str = ""  # a short line under the table (a legend, "and 12 more")


class ChartKind(StrEnum):
    PROGRESS = "progress"  # checklist progress by phase
    FUNNEL = "funnel"  # candidates by stage
    STRATEGY_EXECUTION = "strategy_execution"  # S against E with the seat's region


@dataclass(frozen=True)
class Chart:
    kind: ChartKind
    title: str
    # PROGRESS: (phase title, done, total); FUNNEL: (stage label, count).
    rows: tuple[tuple[str, int, int] | tuple[str, int], ...] = ()
    # STRATEGY_EXECUTION only.
    role: Role = Role.CRO
    points: tuple[StrategyExecutionPoint, ...] = ()
    caption: str = ""


@dataclass(frozen=True)
class ChartRow:
    """Charts side by side, sharing the width equally (progress beside the funnel)."""

    charts: tuple[Chart, ...]


Block = Title | Facts | Heading | Paragraph | Table | Chart | ChartRow


@dataclass(frozen=True)
class Section:
    """A run of blocks; each section starts on a new page in the PDF. The footer names it."""

    footer: str  # the search title (or the portfolio's title) printed in the page footer
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Document:
    title: str  # the file's title (PDF metadata, HTML <title>)
    sections: tuple[Section, ...]
    generated: str = ""  # "Generated 28 Nov 2026, 09:14", for the footer
    language: str = "en"
    notices: tuple[str, ...] = field(default=())  # e.g. "Anonymised", "Includes confidential"
