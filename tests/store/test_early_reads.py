"""The list of searches read on a thread at start-up is the list the window would read, and is
given up whenever it might not be."""

from __future__ import annotations

import datetime as dt

from desktop_app.sample_data import add_sample_data
from desktop_app.store.early_reads import EarlySummaries
from desktop_app.store.migrations import latest_version
from desktop_app.store.summary import search_summaries

TODAY = dt.date(2026, 11, 28)


def test_the_early_read_equals_the_window_s_own_read(db, db_path):
    add_sample_data(db, today=TODAY)
    early = EarlySummaries(db_path, TODAY)
    assert early.take(latest_version(), TODAY) == search_summaries(db, today=TODAY)


def test_it_is_given_up_for_another_version_or_another_day(db, db_path):
    add_sample_data(db, today=TODAY)
    early = EarlySummaries(db_path, TODAY)
    assert early.take(latest_version() - 1, TODAY) is None
    assert early.take(latest_version(), TODAY + dt.timedelta(days=1)) is None


def test_a_missing_or_foreign_file_gives_nothing_and_raises_nothing(tmp_path):
    assert EarlySummaries(tmp_path / "none.sqlite3", TODAY).take(1, TODAY) is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert EarlySummaries(junk, TODAY).take(1, TODAY) is None
    assert junk.read_bytes() == b"not a database at all" * 100


def test_it_is_given_up_when_someone_commits_after_the_read(db, db_path):
    from desktop_app.domain.search import Role, SearchDetails
    from desktop_app.store import searches

    add_sample_data(db, today=TODAY)
    early = EarlySummaries(db_path, TODAY)
    early._thread.join()
    # Another window or the command line adds a search before this window opens.
    searches.create_search(db, SearchDetails(title="Late", role=Role.CSO, start_date="2026-11-01"))
    assert early.take(latest_version(), TODAY) is None


def test_a_start_after_a_clean_close_uses_the_early_read(db, db_path):
    from desktop_app.store.database import open_database

    add_sample_data(db, today=TODAY)
    db.close()  # the file as a person leaves it: no -wal
    early = EarlySummaries(db_path, TODAY)
    again = open_database(db_path, check=False)  # as the window's start opens it meanwhile
    try:
        assert early.take(latest_version(), TODAY) == search_summaries(again, today=TODAY)
    finally:
        again.close()
