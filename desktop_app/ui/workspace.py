"""The open database as the screens see it: reads, and undoable edits.

Every edit goes through one of the methods below. Each runs the store function at once (the
edit is saved before the method returns), then pushes an undo command holding snapshots of the
part of the database it touched, so Edit > Undo and Redo work the same for every kind of edit.
Views listen to `changed` (which search) or `edited` (a Change: which search, which part of it
and which candidate) and re-read what they show; a view that can follow one candidate's edit
row by row listens to `edited`, so an edit costs the same in a search of ten or a thousand.

Another process may edit the same file (a second window, the command line): when the app comes
back to the front, `reload_if_changed_elsewhere` notices through SQLite's data_version and tells
every view to re-read. An edit is refused with a clear message, and nothing is pushed, when the
file was moved or deleted while open: SQLite would go on writing to a file nobody will find.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.domain.scorecard import Rating, ScoreCard
from desktop_app.domain.search import SearchDetails, SearchStatus
from desktop_app.labels.language import current_language
from desktop_app.labels.text import fill
from desktop_app.sample_data import add_sample_data
from desktop_app.store import (
    candidate_import,
    candidates,
    checklist,
    diagnostics,
    handoff,
    notes,
    privacy,
    scores,
    searches,
)
from desktop_app.store import find as finder
from desktop_app.store.candidates import Candidate, StageEvent
from desktop_app.store.checklist import StoredStep
from desktop_app.store.database import data_version, is_read_only
from desktop_app.store.early_reads import EarlySummaries
from desktop_app.store.errors import DatabaseProblem, NotFound, UnreadableDatabase
from desktop_app.store.find import FindHit
from desktop_app.store.notes import Note
from desktop_app.store.records import new_id
from desktop_app.store.retention import RetentionRow, past_retention
from desktop_app.store.searches import Search
from desktop_app.store.snapshots import Scope, ScopeKind, Snapshot, capture, restore
from desktop_app.store.summary import SearchSummary, search_summaries

T = TypeVar("T")
log = logging.getLogger(__name__)
# Scorecards of this many searches are kept between reads (see Workspace.score_cards): more
# than the dashboard's first batch of cards (30), which would otherwise push each other out,
# and the open search's with them.
SCORED_SEARCHES_KEPT = 40


@dataclass(frozen=True)
class Change:
    """What an edit (or its undo) touched. `search_id` "" means anything may have changed."""

    search_id: str
    # Which part of the search: the search row, its checklist, its diagnostic, one candidate
    # (with everything under them); None for the whole search or more.
    part: ScopeKind | None = None
    candidate_id: str | None = None

    def touches_candidates(self) -> bool:
        """Whether the candidates' rows or scorecards may differ: a search-row edit counts,
        since its role weighs the scores."""
        return self.part not in (ScopeKind.CHECKLIST, ScopeKind.DIAGNOSTIC)

    def only_candidate(self) -> str | None:
        """The one candidate changed, when nothing else in the search was."""
        return self.candidate_id if self.part is ScopeKind.CANDIDATE else None


class SnapshotCommand(QUndoCommand):
    """An edit already made: undo puts the scope back as it was before, redo as after."""

    def __init__(
        self, workspace: Workspace, text: str, search_id: str, before: Snapshot, after: Snapshot
    ) -> None:
        super().__init__(text)
        # Weak: the stack belongs to the workspace; a strong reference back would make a cycle
        # through C++ that PySide cannot tear down safely at exit.
        self._workspace = weakref.ref(workspace)
        self._search_id = search_id
        self._before = before
        self._after = after
        self._done = True  # QUndoStack.push() calls redo(); the edit is already in the file

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._restore(self._after)

    def undo(self) -> None:
        self._restore(self._before)

    def _restore(self, snapshot: Snapshot) -> None:
        workspace = self._workspace()
        if workspace is None or workspace._moving_back:
            return
        if not workspace._stepping:
            workspace._restore(snapshot, self._search_id)
            return
        try:
            workspace._restore(snapshot, self._search_id)
        except (sqlite3.Error, DatabaseProblem, OSError) as exc:
            # Qt cannot carry an exception out of undo(); Workspace.undo raises it afterwards.
            workspace._step_failure = exc


class Workspace(QObject):
    # The search whose data changed ("" when only the list of searches is affected).
    changed = Signal(str)
    edited = Signal(object)  # a Change, just before `changed` goes out for the same edit
    saved = Signal(object)  # a datetime

    def __init__(self, db: sqlite_utils.Database, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.read_only = is_read_only(db)
        # True while `changed` goes out for every search after another process's edits, so a
        # listener that follows single edits (the window selects the search that changed) can
        # tell the difference.
        self.reloading = False
        self._data_version = data_version(db)
        self._file_identity = _identity(path)
        self._closed = False
        self._stepping = False  # inside undo() or redo()
        self._moving_back = False  # putting the stack back after a failed undo or redo
        self._step_failure: BaseException | None = None
        # Every search's summary, kept between edits: the sidebar and the dashboard ask after
        # each edit, and re-reading a thousand searches then took seconds. An edit re-reads
        # only its own search's; anything wider (and a new day) re-reads them all.
        self._summaries: dict[str, SearchSummary] | None = None
        self._ordered: list[SearchSummary] | None = None  # the same, in listing order
        self._summaries_day: dt.date | None = None
        # Each search's scorecards by candidate, the most recently read last; an edit to one
        # candidate re-scores only them.
        self._score_cards: OrderedDict[str, scores.ScoreCards] = OrderedDict()

    def close(self) -> None:
        """Closes the database; every edit is already committed, and closing lets SQLite fold
        its write-ahead log into the file."""
        self.undo_stack.clear()
        self._closed = True
        self.db.close()

    def reload_if_changed_elsewhere(self) -> bool:
        """Tells every view to re-read if another connection (another window, the command
        line) committed to the file since the last look; returns whether it did.

        The undo history is cleared then: its snapshots predate the other edits, and undoing
        would silently overwrite them."""
        if self._closed:
            return False
        try:
            version = data_version(self.db)
        except sqlite3.Error:
            return False  # the next read or edit explains what is wrong with the file
        if version == self._data_version:
            return False
        self._data_version = version
        self.undo_stack.clear()
        self._summaries = None
        self._ordered = None
        self._score_cards.clear()
        self.reloading = True
        try:
            for search in searches.list_searches(self.db):
                self.edited.emit(Change(search.id))
                self.changed.emit(search.id)
        finally:
            self.reloading = False
        self.edited.emit(Change(""))
        self.changed.emit("")
        return True

    def undo(self) -> None:
        """Edit > Undo. Raises like an edit when the file cannot be written (full disk, file
        gone); the history then stays where it was, so the undo can be tried again."""
        self._step(self.undo_stack.undo, self.undo_stack.redo)

    def redo(self) -> None:
        self._step(self.undo_stack.redo, self.undo_stack.undo)

    def _step(self, move: Callable[[], None], move_back: Callable[[], None]) -> None:
        self.check_file_is_there()
        self._step_failure = None
        self._stepping = True
        try:
            move()
        finally:
            self._stepping = False
        failure, self._step_failure = self._step_failure, None
        if failure is not None:
            # The restore ran in one transaction that rolled back: the file is as it was, so
            # the stack goes back without writing anything.
            self._moving_back = True
            try:
                move_back()
            finally:
                self._moving_back = False
            raise failure

    def check_file_is_there(self) -> None:
        """Raises if the database file was moved, renamed or deleted while open. SQLite would
        go on writing to the open file, wherever it went, and those edits would be lost to the
        next start, which finds no file at the path (or another one)."""
        if self.refusal is not None:
            raise UnreadableDatabase(self.path, self.refusal)  # see refuse_edits
        if self._file_identity is None or _identity(self.path) == self._file_identity:
            return
        raise UnreadableDatabase(
            self.path,
            fill(
                self.tr(
                    "The database file %1 is no longer where it was: it was moved, renamed or "
                    "deleted while RevSearch had it open. Put it back, or use File > Open "
                    "database or File > Restore from backup."
                ),
                self.path,
            ),
        )

    # Why nothing more may be written to the file, once refuse_edits said so.
    refusal: str | None = None

    def refuse_edits(self, reason: str, search_id: str = "") -> None:
        """Turns the workspace read-only for good, as when the file is found damaged after it
        was opened: every edit (undo and redo too) is refused with `reason` before it starts,
        SQLite refuses any write on the connection, and the undo history goes. `edited` and
        `changed` go out for `search_id` (the one shown), so its views turn off their edit
        controls as for a read-only file; the others do when they are next shown."""
        self.refusal = reason
        self.read_only = True
        self.undo_stack.clear()
        if not self._closed:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("PRAGMA query_only = ON")
        self.edited.emit(Change(search_id))
        self.changed.emit(search_id)

    # --- reading -------------------------------------------------------------------------------

    def summaries(self) -> list[SearchSummary]:
        """Every search, archived ones included (the sidebar decides what to show)."""
        today = dt.date.today()
        if self._summaries is None or self._summaries_day != today:
            self._summaries = {s.search.id: s for s in search_summaries(self.db, today=today)}
            self._ordered = None
            self._summaries_day = today
        if self._ordered is None:
            self._ordered = sorted(self._summaries.values(), key=_listing_order)
        return list(self._ordered)

    def use_early_summaries(self, early: EarlySummaries) -> None:
        """Takes every search's summary as read while the window was being built (see
        store/early_reads.py), if it was read from the file as this workspace sees it; the
        first look at the list of searches then reads nothing."""
        today = dt.date.today()
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        summaries = early.take(version, today)
        if summaries is not None:
            self._summaries = {s.search.id: s for s in summaries}
            self._ordered = None
            self._summaries_day = today

    def summary(self, search_id: str) -> SearchSummary:
        """One search's summary: the one kept (it follows every edit), else reading only that
        search's rows."""
        if self._summaries is not None and self._summaries_day == dt.date.today():
            kept = self._summaries.get(search_id)
            if kept is not None:
                return kept
        return search_summaries(self.db, only=search_id)[0]

    def search(self, search_id: str) -> Search:
        return searches.get_search(self.db, search_id)

    def steps(self, search_id: str) -> list[StoredStep]:
        return checklist.list_steps(self.db, search_id)

    def candidates(self, search_id: str) -> list[Candidate]:
        return candidates.list_candidates(self.db, search_id)

    def candidate(self, candidate_id: str) -> Candidate:
        return candidates.get_candidate(self.db, candidate_id)

    def stage_history(self, candidate_id: str) -> list[StageEvent]:
        return candidates.stage_history(self.db, candidate_id)

    def notes(self, candidate_id: str) -> list[Note]:
        return notes.list_notes(self.db, candidate_id)

    def ratings(self, candidate_id: str) -> list[Rating]:
        return scores.ratings(self.db, candidate_id)

    def ratings_of_search(self, search_id: str) -> dict[str, list[Rating]]:
        return scores.ratings_of_search(self.db, search_id)

    def score_cards(self, search_id: str) -> scores.ScoreCards:
        """Every candidate's scorecard in the search, by candidate id. The candidates tab, the
        overview and the dashboard all ask, so the cards are kept until an edit changes them."""
        cards = self._score_cards.get(search_id)
        if cards is not None:
            self._score_cards.move_to_end(search_id)
            return cards
        role = self.search(search_id).role
        cards = scores.score_cards_of_search(self.db, search_id, role)
        self._score_cards[search_id] = cards
        while len(self._score_cards) > SCORED_SEARCHES_KEPT:
            self._score_cards.popitem(last=False)
        return cards

    def score_card(self, candidate_id: str) -> ScoreCard:
        candidate = self.candidate(candidate_id)
        role = self.search(candidate.search_id).role
        return scores.candidate_score_card(self.db, candidate_id, role)

    def find(self, text: str, *, limit: int = 50) -> list[FindHit]:
        """Candidates in any search matching the words typed (Find, Ctrl+F), best first."""
        return finder.find(self.db, text, limit=limit)

    # --- searches ------------------------------------------------------------------------------

    def create_search(self, details: SearchDetails) -> str:
        search_id = new_id()
        self._edit(
            fill(self.tr("New search “%1”"), details.title),
            Scope(ScopeKind.SEARCH, search_id),
            lambda: searches.create_search(self.db, details, search_id=search_id),
        )
        return search_id

    def update_search(self, search_id: str, details: SearchDetails) -> None:
        self._edit(
            self.tr("Edit search"),
            Scope(ScopeKind.SEARCH_ROW, search_id),
            lambda: searches.update_search(self.db, search_id, details),
        )

    def set_search_status(self, search_id: str, status: SearchStatus) -> None:
        self._edit(
            self.tr("Change search status"),
            Scope(ScopeKind.SEARCH_ROW, search_id),
            lambda: searches.set_status(self.db, search_id, status),
        )

    def set_archived(self, search_id: str, archived: bool) -> None:
        text = self.tr("Archive search") if archived else self.tr("Unarchive search")
        self._edit(
            text,
            Scope(ScopeKind.SEARCH_ROW, search_id),
            lambda: searches.set_archived(self.db, search_id, archived),
        )

    def delete_search(self, search_id: str) -> None:
        self._edit(
            self.tr("Delete search"),
            Scope(ScopeKind.SEARCH, search_id),
            lambda: searches.delete_search(self.db, search_id),
        )

    def add_sample_searches(self) -> list[str]:
        """Adds the sample searches in one transaction; a one-off bulk insert, so it is not put
        on the undo stack (the searches can be deleted, and that is undoable)."""
        self.check_file_is_there()
        added = add_sample_data(self.db, current_language())
        self._announce("")
        return added

    def export_search(self, search_id: str, path: Path, *, include_confidential: bool) -> Path:
        """Writes a search with everything in it to a .revsearch file (nothing to undo);
        confidential notes and pay expectations only if asked for."""
        return handoff.write_search_file(
            self.db, search_id, path, include_confidential=include_confidential
        )

    def confidential_count(self, search_id: str) -> int:
        """Confidential notes and pay expectations a hand-off would leave out unless asked."""
        return handoff.confidential_count(self.db, search_id)

    def import_search(self, document: dict, on_existing: str = "ask") -> str:
        """Adds (or replaces) a search from a read .revsearch document, as one undoable step.
        Raises handoff.AlreadyThere when on_existing is "ask" and the search is here."""
        self.check_file_is_there()
        existing_id = document["search"]["id"]
        replaced = capture(self.db, Scope(ScopeKind.SEARCH, existing_id))
        search_id = handoff.import_search(self.db, document, on_existing=on_existing)
        before = (
            replaced if search_id == existing_id else Snapshot(Scope(ScopeKind.SEARCH, search_id))
        )
        after = capture(self.db, Scope(ScopeKind.SEARCH, search_id))
        title = after.rows["searches"][0]["title"]
        text = fill(self.tr("Import search “%1”"), title)
        self.undo_stack.push(SnapshotCommand(self, text, search_id, before, after))
        self._announce(search_id)
        return search_id

    # --- role diagnostic -----------------------------------------------------------------------

    def diagnostic_answers(self, search_id: str) -> dict[str, int]:
        return diagnostics.answers(self.db, search_id)

    def save_diagnostic_answers(self, search_id: str, answers: dict[str, int]) -> None:
        """Stores the answers given (others stay as they were); undoable."""
        self._edit(
            self.tr("Answer the role diagnostic"),
            Scope(ScopeKind.DIAGNOSTIC, search_id),
            lambda: diagnostics.save_answers(self.db, search_id, answers),
        )

    def clear_diagnostic_answers(self, search_id: str) -> None:
        self._edit(
            self.tr("Clear the role diagnostic"),
            Scope(ScopeKind.DIAGNOSTIC, search_id),
            lambda: diagnostics.clear_answers(self.db, search_id),
        )

    # --- checklist -----------------------------------------------------------------------------

    def set_step_status(self, step_id: str, status: StepStatus, on: dt.date | None = None) -> None:
        step = checklist.get_step(self.db, step_id)
        labels = {
            StepStatus.DONE: self.tr("Mark step done"),
            StepStatus.SKIPPED: self.tr("Mark step not applicable"),
            StepStatus.TODO: self.tr("Reopen step"),
        }
        self._edit(
            labels[StepStatus(status)],
            Scope(ScopeKind.CHECKLIST, step.search_id),
            lambda: checklist.set_step_status(self.db, step_id, status, on=on),
        )

    def update_step(
        self,
        step_id: str,
        *,
        due_date: dt.date | None = None,
        owner: str | None = None,
        note: str | None = None,
        clear_due_date: bool = False,
    ) -> None:
        step = checklist.get_step(self.db, step_id)
        self._edit(
            self.tr("Edit step"),
            Scope(ScopeKind.CHECKLIST, step.search_id),
            lambda: checklist.update_step(
                self.db,
                step_id,
                due_date=due_date,
                owner=owner,
                note=note,
                clear_due_date=clear_due_date,
            ),
        )

    def add_step(
        self,
        search_id: str,
        *,
        phase: str,
        title: str,
        owner: str = "",
        due_date: dt.date | None = None,
    ) -> str:
        return self._edit(
            self.tr("Add step"),
            Scope(ScopeKind.CHECKLIST, search_id),
            lambda: checklist.add_step(
                self.db, search_id, phase=phase, title=title, owner=owner, due_date=due_date
            ),
        )

    def remove_step(self, step_id: str) -> None:
        step = checklist.get_step(self.db, step_id)
        self._edit(
            self.tr("Remove step"),
            Scope(ScopeKind.CHECKLIST, step.search_id),
            lambda: checklist.remove_step(self.db, step_id),
        )

    def move_step(self, step_id: str, position: int) -> None:
        step = checklist.get_step(self.db, step_id)
        self._edit(
            self.tr("Move step"),
            Scope(ScopeKind.CHECKLIST, step.search_id),
            lambda: checklist.move_step(self.db, step_id, position),
        )

    # --- candidates ----------------------------------------------------------------------------

    def add_candidate(self, search_id: str, details: CandidateDetails) -> str:
        candidate_id = new_id()
        self._edit(
            fill(self.tr("Add candidate “%1”"), details.full_name),
            Scope(ScopeKind.CANDIDATE, candidate_id),
            lambda: candidates.add_candidate(
                self.db, search_id, details, candidate_id=candidate_id
            ),
            search_id=search_id,
        )
        return candidate_id

    def update_candidate(self, candidate_id: str, details: CandidateDetails) -> None:
        self._candidate_edit(
            self.tr("Edit candidate"),
            candidate_id,
            lambda: candidates.update_candidate(self.db, candidate_id, details),
        )

    def move_candidate(self, candidate_id: str, stage: Stage, reason: str = "") -> None:
        self._candidate_edit(
            fill(self.tr("Move candidate to %1"), Stage(stage).label),
            candidate_id,
            lambda: candidates.move_candidate(self.db, candidate_id, stage, reason=reason),
        )

    def exit_candidate(self, candidate_id: str, exit_state: Exit, reason: str) -> None:
        self._candidate_edit(
            fill(self.tr("Candidate leaves: %1"), Exit(exit_state).label),
            candidate_id,
            lambda: candidates.exit_candidate(self.db, candidate_id, exit_state, reason),
        )

    def reopen_candidate(self, candidate_id: str, reason: str = "") -> None:
        self._candidate_edit(
            self.tr("Bring candidate back"),
            candidate_id,
            lambda: candidates.reopen_candidate(self.db, candidate_id, reason=reason),
        )

    def preview_import(
        self, search_id: str, table: candidate_import.Table, mapping: dict[int, str | None]
    ) -> candidate_import.Preview:
        """What importing a spreadsheet would do; writes nothing."""
        return candidate_import.preview(self.db, search_id, table, mapping)

    def import_candidates(self, search_id: str, preview: candidate_import.Preview) -> list[str]:
        """Adds a preview's importable rows in one transaction, as one step to undo."""
        return self._edit(
            fill(self.tr("Import %1 candidates"), len(preview.to_import)),
            Scope(ScopeKind.SEARCH, search_id),
            lambda: candidate_import.import_preview(self.db, search_id, preview),
        )

    def delete_candidate(self, candidate_id: str) -> None:
        self._candidate_edit(
            self.tr("Delete candidate"),
            candidate_id,
            lambda: candidates.delete_candidate(self.db, candidate_id),
        )

    def add_note(self, candidate_id: str, details: NoteDetails) -> str:
        return self._candidate_edit(
            self.tr("Add note"),
            candidate_id,
            lambda: notes.add_note(self.db, candidate_id, details),
        )

    def update_note(self, note_id: str, details: NoteDetails) -> None:
        candidate_id = notes.candidate_of_note(self.db, note_id)
        self._candidate_edit(
            self.tr("Edit note"),
            candidate_id,
            lambda: notes.update_note(self.db, note_id, details),
        )

    def delete_note(self, note_id: str) -> None:
        candidate_id = notes.candidate_of_note(self.db, note_id)
        self._candidate_edit(
            self.tr("Delete note"),
            candidate_id,
            lambda: notes.delete_note(self.db, note_id),
        )

    def set_score(self, candidate_id: str, rating: Rating) -> None:
        self._candidate_edit(
            fill(self.tr("Scorecard: %1"), rating.competency),
            candidate_id,
            lambda: scores.set_score(self.db, candidate_id, rating),
        )

    def remove_score(self, candidate_id: str, competency: str, rater: str) -> None:
        self._candidate_edit(
            fill(self.tr("Clear score %1"), competency),
            candidate_id,
            lambda: scores.remove_score(self.db, candidate_id, competency, rater),
        )

    # --- a person's data (store/privacy.py) ----------------------------------------------------

    def person_records(self, candidate_id: str) -> list[privacy.PersonRecord]:
        """The candidate's record and the same person's records in other searches."""
        return privacy.person_records(self.db, candidate_id)

    def export_person(self, candidate_id: str, path: Path) -> int:
        """Writes everything held about the person as JSON; returns the number of records."""
        return privacy.export_person(self.db, candidate_id, path)

    def past_retention(
        self, months: int, today: dt.date, *, include_anonymised: bool = False
    ) -> list[RetentionRow]:
        return past_retention(
            self.db, months=months, today=today, include_anonymised=include_anonymised
        )

    def erase_candidates(self, candidate_ids: list[str]) -> privacy.Purge:
        """Erases the records for good. Not undoable, and the undo history goes too: its
        snapshots hold copies of the records, and an undo would bring them back."""
        return self._purge("Erased", lambda: privacy.erase_candidates(self.db, candidate_ids))

    def anonymise_candidates(self, candidate_ids: list[str]) -> privacy.Purge:
        """Anonymises the records for good; like erasing, not undoable and clears the history."""
        return self._purge(
            "Anonymised", lambda: privacy.anonymise_candidates(self.db, candidate_ids)
        )

    def _purge(self, done: str, action: Callable[[], privacy.Purge]) -> privacy.Purge:
        self.check_file_is_there()
        result = action()
        self.undo_stack.clear()
        # Counts only: the log never names the person (desktop_app/logs.py).
        log.info(
            "%s %d candidate record(s); file clean: %s", done, result.records, result.file_clean
        )
        self._announce("")
        return result

    # --- the machinery -------------------------------------------------------------------------

    def _candidate_edit(self, text: str, candidate_id: str, action: Callable[[], T]) -> T:
        search_id = self.candidate(candidate_id).search_id
        return self._edit(
            text, Scope(ScopeKind.CANDIDATE, candidate_id), action, search_id=search_id
        )

    def _edit(
        self, text: str, scope: Scope, action: Callable[[], T], *, search_id: str | None = None
    ) -> T:
        """Runs `action` (a store call) and makes it undoable. If it raises, nothing changed
        and nothing is pushed; the caller shows the message."""
        self.check_file_is_there()
        before = capture(self.db, scope)
        result = action()
        after = capture(self.db, scope)
        # Candidate scopes name their search; search and checklist scopes are one.
        search_id = search_id or scope.id
        self.undo_stack.push(SnapshotCommand(self, text, search_id, before, after))
        self._announce(search_id, scope)
        return result

    def _restore(self, snapshot: Snapshot, search_id: str) -> None:
        restore(self.db, snapshot)
        self._announce(search_id, snapshot.scope)

    def _announce(self, search_id: str, scope: Scope | None = None) -> None:
        change = Change(search_id)
        if search_id and scope is not None and scope.kind is not ScopeKind.SEARCH:
            candidate_id = scope.id if scope.kind is ScopeKind.CANDIDATE else None
            change = Change(search_id, scope.kind, candidate_id)
        self._forget_summary(search_id)
        self._forget_score_cards(change)
        self.saved.emit(dt.datetime.now())
        self.edited.emit(change)
        self.changed.emit(search_id)

    def _forget_score_cards(self, change: Change) -> None:
        if not change.search_id:
            self._score_cards.clear()
            return
        if not change.touches_candidates():
            return
        cards = self._score_cards.get(change.search_id)
        candidate_id = change.only_candidate()
        if cards is None or candidate_id is None:
            self._score_cards.pop(change.search_id, None)
            return
        fresh = scores.score_cards_of_search(
            self.db, change.search_id, cards.role, only=candidate_id
        )
        cards.update(fresh, gone=candidate_id)  # nothing fresh when the candidate was deleted

    def _forget_summary(self, search_id: str) -> None:
        """Brings the kept summaries up to date after an edit to `search_id` ("" for any)."""
        if self._summaries is None:
            return
        if not search_id:
            self._summaries = None
            self._ordered = None
            return
        try:
            fresh = search_summaries(self.db, today=self._summaries_day, only=search_id)
        except NotFound:
            fresh = []  # the edit deleted it
        old = self._summaries.get(search_id)
        if fresh:
            self._summaries[search_id] = fresh[0]
        else:
            self._summaries.pop(search_id, None)
        if (
            self._ordered is not None
            and old is not None
            and fresh
            and _listing_order(old) == _listing_order(fresh[0])
        ):
            # Same place in the list (an edit inside the search): no need to sort again.
            place = next(i for i, kept in enumerate(self._ordered) if kept is old)
            self._ordered[place] = fresh[0]
        else:
            self._ordered = None


def _listing_order(summary: SearchSummary) -> tuple[bool, int, str]:
    # The order store.searches.list_searches gives: archived last, newest start first, title.
    search = summary.search
    return (search.archived, -search.start_date.toordinal(), search.title)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device and inode): a moved file leaves another, or none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)
