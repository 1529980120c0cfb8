"""Each candidate's permanent number in its search (db_schema/0005_candidate_numbers.sql): the
anonymised codes are made from it, so no erase, undo or hand-off can make two people share a
code or move someone into another's."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import candidates, privacy, searches
from desktop_app.store.candidates import candidate_numbers
from desktop_app.store.database import open_database
from desktop_app.store.handoff import HandoffError, export_search, import_search
from desktop_app.store.migrations import shipped_migrations
from desktop_app.store.snapshots import Scope, ScopeKind, capture, restore


def new_search(db, title: str = "CRO") -> str:
    return searches.create_search(
        db, SearchDetails(title=title, role=Role.CRO, start_date=dt.date(2026, 1, 5))
    )


def add(db, search_id: str, name: str) -> str:
    return candidates.add_candidate(db, search_id, CandidateDetails(full_name=name))


def names(db) -> list[str]:
    return [row[0] for row in db.execute("SELECT full_name FROM candidates ORDER BY number")]


def test_codes_never_collide_after_an_erase(db):
    search_id = new_search(db)
    ann, bob, cy = (add(db, search_id, name) for name in ("Ann One", "Bob Two", "Cy Three"))
    privacy.anonymise_candidates(db, [bob])
    privacy.erase_candidates(db, [ann])
    privacy.anonymise_candidates(db, [cy])
    assert names(db) == ["Candidate C-02", "Candidate C-03"]


def test_a_number_is_never_given_again_not_even_the_newest_one_erased(db):
    search_id = new_search(db)
    other = new_search(db, "CSO")
    first = add(db, search_id, "Ann One")
    second = add(db, search_id, "Bob Two")
    elsewhere = add(db, other, "Elsewhere")
    assert candidate_numbers(db, other) == {elsewhere: 1}  # each search counts its own
    privacy.erase_candidates(db, [second])
    third = add(db, search_id, "Cy Three")
    assert candidate_numbers(db, search_id) == {first: 1, third: 3}


def test_undo_puts_numbers_back_and_the_count_never_goes_back(db):
    search_id = new_search(db)
    add(db, search_id, "Ann One")
    search_row = capture(db, Scope(ScopeKind.SEARCH_ROW, search_id))  # count 1
    before = capture(db, Scope(ScopeKind.CANDIDATE, "bob"))
    bob = candidates.add_candidate(
        db, search_id, CandidateDetails(full_name="Bob Two"), candidate_id="bob"
    )
    after = capture(db, Scope(ScopeKind.CANDIDATE, bob))
    restore(db, before)  # undo adding Bob
    restore(db, search_row)  # undo an edit of the search made before: its row as it was
    restore(db, after)  # redo: Bob is back with his number
    assert candidate_numbers(db, search_id)[bob] == 2
    restore(db, before)
    restore(db, search_row)
    cy = add(db, search_id, "Cy Three")
    assert candidate_numbers(db, search_id)[cy] == 3


def test_upgrading_numbers_people_in_the_order_they_were_added_in_each_search(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = open_database(path, schema=shipped_migrations()[:4])
    rows = [
        ("c1", "s1", "Late", "2026-03-01T00:00:00.000Z"),
        ("c2", "s1", "Early", "2026-01-01T00:00:00.000Z"),
        ("c3", "s2", "Only", "2026-02-01T00:00:00.000Z"),
        ("c4", "s1", "Same time, added after Early", "2026-01-01T00:00:00.000Z"),
    ]
    for search_id in ("s1", "s2"):
        old.execute(
            "INSERT INTO searches (id, title, role, start_date, created_at, updated_at) "
            "VALUES (?, 'CRO', 'CRO', '2026-01-05', 'now', 'now')",
            [search_id],
        )
    for cid, search_id, name, at in rows:
        old.execute(
            "INSERT INTO candidates (id, search_id, full_name, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [cid, search_id, name, at, at],
        )
    old.close()

    db = open_database(path)
    try:
        assert candidate_numbers(db, "s1") == {"c2": 1, "c4": 2, "c1": 3}
        assert candidate_numbers(db, "s2") == {"c3": 1}
        counts = dict(db.execute("SELECT id, last_candidate_number FROM searches").fetchall())
        assert counts == {"s1": 3, "s2": 1}
        new = add(db, "s1", "New")
        assert candidate_numbers(db, "s1")[new] == 4
    finally:
        db.close()


def test_a_hand_off_carries_the_numbers_and_the_count(db, tmp_path):
    search_id = new_search(db)
    ids = [add(db, search_id, name) for name in ("Ann One", "Bob Two", "Cy Three")]
    privacy.erase_candidates(db, [ids[2]])  # the newest: the count stays at 3
    document = export_search(db, search_id, include_confidential=True)
    assert [row["number"] for row in document["candidates"]] == [1, 2]
    assert document["search"]["last_candidate_number"] == 3

    other = open_database(tmp_path / "colleague.sqlite3")
    try:
        import_search(other, json.loads(json.dumps(document)))
        assert candidate_numbers(other, search_id) == {ids[0]: 1, ids[1]: 2}
        dee = add(other, search_id, "Dee")
        assert candidate_numbers(other, search_id)[dee] == 4
    finally:
        other.close()


def test_replacing_from_an_older_hand_off_keeps_the_count_given_out_here(db):
    search_id = new_search(db)
    first = add(db, search_id, "Ann One")
    document = export_search(db, search_id, include_confidential=True)  # count 1
    privacy.erase_candidates(db, [add(db, search_id, "Bob Two")])  # number 2 given out here
    import_search(db, document, on_existing="replace")
    cy = add(db, search_id, "Cy Three")
    assert candidate_numbers(db, search_id)[cy] == 3
    assert candidate_numbers(db, search_id)[first] == 1


def test_a_file_of_format_2_gets_numbers_in_the_order_people_were_added(db, tmp_path):
    search_id = new_search(db)
    ids = [add(db, search_id, name) for name in ("Ann One", "Bob Two", "Cy Three")]
    document = export_search(db, search_id, include_confidential=True)
    document["version"] = 2
    del document["search"]["last_candidate_number"]
    for row, at in zip(document["candidates"], ("2026-03", "2026-01", "2026-02"), strict=True):
        del row["number"]
        row["created_at"] = f"{at}-01T00:00:00.000Z"

    other = open_database(tmp_path / "colleague.sqlite3")
    try:
        import_search(other, document)
        assert candidate_numbers(other, search_id) == {ids[1]: 1, ids[2]: 2, ids[0]: 3}
        count = other.execute("SELECT last_candidate_number FROM searches").fetchone()[0]
        assert count == 3
    finally:
        other.close()


@pytest.mark.parametrize(
    ("where", "value"), [("candidates", "7"), ("candidates", 0), ("search", -1), ("search", 1.5)]
)
def test_a_number_that_is_not_a_whole_number_is_refused(db, where, value):
    search_id = new_search(db)
    add(db, search_id, "Ann One")
    document = export_search(db, search_id, include_confidential=True)
    if where == "search":
        document["search"]["last_candidate_number"] = value
    else:
        document["candidates"][0]["number"] = value
    with pytest.raises(HandoffError, match="must be a whole number"):
        import_search(db, document, on_existing="keep_both")


def test_two_people_with_one_number_in_a_file_are_refused(db):
    search_id = new_search(db)
    add(db, search_id, "Ann One")
    add(db, search_id, "Bob Two")
    document = export_search(db, search_id, include_confidential=True)
    document["candidates"][1]["number"] = 1
    with pytest.raises(HandoffError, match="cannot accept"):
        import_search(db, document, on_existing="keep_both")
