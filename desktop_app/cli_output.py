"""What the terminal commands print for a person to read, in the run's language: `revsearch list`'s
searches, the candidate import's plan, and the messages with a count (CommandLineCounts).

The command line installs the run's translator before calling these (cli._Speech); the labels
(statuses, stages, the store's preview words) are the window's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.labels.candidates import exit_label, stage_label
from desktop_app.labels.searches import status_label
from desktop_app.labels.store_messages import import_text
from desktop_app.labels.text import fill
from desktop_app.store.summary import SearchSummary

if TYPE_CHECKING:
    from desktop_app.store.candidate_import import Preview, Table


class CommandLineCounts(QObject):
    """The command line's messages with a count. Only a QObject's self.tr() gets lupdate to
    give a text its plural forms (and English its singular: "1 search", "2 searches"). A count
    that can be 0 has a text of its own for it: Portuguese says 0 with the singular form ("0
    etapa atrasada"), where "nenhuma etapa atrasada" reads better."""

    def searches_in(self, count: int, path: Path) -> str:
        return fill(self.tr("%n searches in %1", "", count), path)

    def overdue_steps(self, count: int) -> str:
        if count == 0:
            return self.tr("0 overdue steps")
        return self.tr("%n overdue steps", "", count)

    def sample_searches_added(self, count: int, path: Path) -> str:
        return fill(self.tr("Added %n sample searches to %1:", "", count), path)

    def healthy(self, count: int, path: Path, schema_version: int) -> str:
        if count == 0:
            empty = self.tr(
                "OK: %1 is a healthy RevSearch database (integrity ok, schema version %2, 0 "
                "searches)."
            )
            return fill(empty, path, schema_version)
        return fill(
            self.tr(
                "OK: %1 is a healthy RevSearch database (integrity ok, schema version %2, "
                "%n searches).",
                "",
                count,
            ),
            path,
            schema_version,
        )

    def person_records_written(self, count: int, path: Path) -> str:
        return fill(self.tr("Wrote %n records of this person to %1.", "", count), path)

    def candidates_added(self, count: int, title: str) -> str:
        if count == 0:
            return fill(self.tr("Added 0 candidates to the search '%1'."), title)
        return fill(self.tr("Added %n candidates to the search '%1'.", "", count), title)

    def import_plan(self, to_import: int, skipped: int) -> str:
        # %1: how many rows will be imported; the plural follows the skipped ones.
        if skipped == 0:
            return fill(self.tr("%1 to import, 0 skipped."), to_import)
        return fill(self.tr("%1 to import, %n skipped.", "", skipped), to_import)


def format_summaries(summaries: Sequence[SearchSummary], path: Path) -> str:
    if not summaries:
        empty = QCoreApplication.translate(
            "cli", "No searches yet in %1. Try 'revsearch demo' to add sample searches."
        )
        return fill(empty, path)
    blocks = [format_summary(s) for s in summaries]
    return "\n\n".join(blocks) + "\n\n" + CommandLineCounts().searches_in(len(summaries), path)


def format_summary(summary: SearchSummary) -> str:
    translate = QCoreApplication.translate
    s = summary.search
    title = s.title + (f" ({s.code_name})" if s.code_name else "")
    where = " · ".join(part for part in (s.company, s.business_unit) if part)
    status = status_label(s.status)
    if s.archived:
        status = fill(translate("cli", "%1, archived"), status)
    progress = summary.progress
    pipeline = ", ".join(
        f"{stage_label(stage).lower()} {n}" for stage, n in summary.candidates_by_stage.items() if n
    )
    exits = ", ".join(f"{exit_label(state).lower()} {n}" for state, n in summary.exits.items() if n)
    pipeline = pipeline or translate("cli", "none in the pipeline")
    if exits:
        candidates = fill(translate("cli", "candidates: %1; left: %2"), pipeline, exits)
    else:
        candidates = fill(translate("cli", "candidates: %1"), pipeline)
    lines = [
        f"{title}  [{s.role.value}]",
        "  "
        + fill(
            translate("cli", "id %1 · %2 · %3 · day %4"),
            s.id[:8],
            status,
            where or translate("cli", "no company set"),
            summary.days_open,
        ),
        "  "
        + fill(
            translate("cli", "checklist %1/%2 (%3%)"),
            progress.done,
            progress.total,
            progress.percent,
        )
        + " · "
        + CommandLineCounts().overdue_steps(summary.overdue_steps),
        "  " + candidates,
    ]
    return "\n".join(lines)


def format_import_plan(table: Table, mapping: dict[int, str | None], plan: Preview) -> str:
    """`import-candidates`: how the columns are read, the rows left out and why, the people
    already in another search, and the counts."""
    translate = QCoreApplication.translate
    fields = _field_names()
    lines = [import_text(table.notice)] if table.notice else []
    lines.append(translate("cli", "Columns:"))
    for index, header in enumerate(table.headers):
        field = mapping.get(index)
        imported_as = fields.get(field, field) if field else translate("cli", "(not imported)")
        column = header or translate("cli", "(no name)")
        lines.append(f"  {column} -> {imported_as}")
    for row in plan.skipped:
        # Domain messages end with a full stop already; short reasons ("no name") do not.
        reason = import_text(row.skip).rstrip(".") if row.skip else ""
        lines.append(fill(translate("cli", "Skipped row %1: %2."), row.line, reason))
    for row in plan.flagged:
        name = row.details.full_name if row.details else ""
        elsewhere = "; ".join(import_text(said) for said in row.also_in)
        flagged = translate("cli", "Row %1 (%2) is already in another search: %3.")
        lines.append(fill(flagged, row.line, name, elsewhere))
    lines.append(CommandLineCounts().import_plan(len(plan.to_import), len(plan.skipped)))
    return "\n".join(lines)


def _field_names() -> dict[str, str]:
    """The candidate fields a column can be imported into (candidate_import.FIELDS): in English
    their names in the file format, in another language its words for them."""
    translate = QCoreApplication.translate
    # "field": the English is the field's name in the file format, not a word to translate.
    return {
        "full_name": translate("cli", "full_name", "field"),
        "first_name": translate("cli", "first_name", "field"),
        "last_name": translate("cli", "last_name", "field"),
        "current_title": translate("cli", "current_title", "field"),
        "current_company": translate("cli", "current_company", "field"),
        "location": translate("cli", "location", "field"),
        "email": translate("cli", "email", "field"),
        "phone": translate("cli", "phone", "field"),
        "linkedin_url": translate("cli", "linkedin_url", "field"),
        "source": translate("cli", "source", "field"),
        "pay_expectation": translate("cli", "pay_expectation", "field"),
    }
