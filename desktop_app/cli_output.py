"""How `revsearch list` prints searches for a person reading a terminal."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop_app.store.summary import SearchSummary


def format_summaries(summaries: Sequence[SearchSummary], path: Path) -> str:
    if not summaries:
        return f"No searches yet in {path}. Try 'revsearch demo' to add sample searches."
    blocks = [format_summary(s) for s in summaries]
    return "\n\n".join(blocks) + f"\n\n{len(summaries)} searches in {path}"


def format_summary(summary: SearchSummary) -> str:
    s = summary.search
    title = s.title + (f" ({s.code_name})" if s.code_name else "")
    where = " · ".join(part for part in (s.company, s.business_unit) if part)
    status = s.status.label + (", archived" if s.archived else "")
    progress = summary.progress
    overdue = summary.overdue_steps
    pipeline = ", ".join(
        f"{stage.label.lower()} {n}" for stage, n in summary.candidates_by_stage.items() if n
    )
    exits = ", ".join(f"{state.label.lower()} {n}" for state, n in summary.exits.items() if n)
    lines = [
        f"{title}  [{s.role.value}]",
        f"  id {s.id[:8]} · {status} · {where or 'no company set'} · day {summary.days_open}",
        f"  checklist {progress.done}/{progress.total} ({progress.percent}%)"
        f" · {overdue} overdue step{'s' if overdue != 1 else ''}",
        f"  candidates: {pipeline or 'none in the pipeline'}"
        + (f"; left: {exits}" if exits else ""),
    ]
    return "\n".join(lines)
