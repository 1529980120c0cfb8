"""Find across searches: what it finds, how it ranks, and that its index follows every edit."""

from __future__ import annotations

import random
import sqlite3

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.sample_data import add_sample_data
from desktop_app.store import candidates, notes, searches
from desktop_app.store.find import find, fts_terms, name_key
from desktop_app.store.snapshots import Scope, ScopeKind, capture, restore


def new_search(db, title: str = "Chief Revenue Officer") -> str:
    return searches.create_search(
        db, SearchDetails(title=title, role=Role.CRO, start_date="2026-01-05")
    )


def add(db, search_id: str, name: str, **details) -> str:
    return candidates.add_candidate(db, search_id, CandidateDetails(full_name=name, **details))


def names(hits) -> list[str]:
    return [hit.full_name for hit in hits]


def index_is_in_step(db) -> None:
    """FTS5's own check; rank 1 makes it compare an external-content index with the table's
    rows (without it, only the index's inner consistency is checked)."""
    for table in ("candidates_find", "notes_find"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def search_id(db) -> str:
    return new_search(db)


def test_finds_a_candidate_by_name_with_search_and_position(db, search_id):
    ana = add(db, search_id, "Ana Ruiz", current_title="CRO", current_company="Cobalt Data")
    add(db, search_id, "Ben Hall")
    [hit] = find(db, "ruiz")
    assert (hit.candidate_id, hit.search_id) == (ana, search_id)
    assert hit.search_title == "Chief Revenue Officer"
    assert (hit.current_title, hit.current_company) == ("CRO", "Cobalt Data")
    assert hit.matched_in == ("name",)
    assert hit.snippet == "Ana Ruiz"
    assert hit.also_in == []


def test_finds_by_company_title_location_and_email(db, search_id):
    add(
        db,
        search_id,
        "Ana Ruiz",
        current_title="VP Sales",
        current_company="Cobalt Data",
        location="Lisbon",
        email="ana@cobalt.example",
    )
    assert find(db, "cobalt data")[0].matched_in == ("company", "email")
    assert find(db, "lisbon")[0].matched_in == ("location",)
    assert find(db, "lisbon")[0].snippet == "Lisbon"
    assert find(db, "vp")[0].matched_in == ("title",)
    assert find(db, "ana@cobalt.example")[0].snippet_in == "email"


def test_finds_words_in_notes_with_a_short_plain_snippet(db, search_id):
    ana = add(db, search_id, "Ana Ruiz")
    long_note = "Met for coffee. " * 10 + "She rebuilt the pricing model in Brazil. " + "Ok. " * 20
    notes.add_note(db, ana, NoteDetails(body=long_note))
    [hit] = find(db, "pricing brazil")
    assert hit.matched_in == ("notes",)
    assert hit.snippet_in == "notes"
    assert "pricing model in Brazil" in hit.snippet
    assert len(hit.snippet) < 120
    assert "\x02" not in hit.snippet and "<" not in hit.snippet


def test_confidential_notes_can_be_left_out(db, search_id):
    ana = add(db, search_id, "Ana Ruiz")
    notes.add_note(db, ana, NoteDetails(body="Backchannel from the CFO", confidential=True))
    assert names(find(db, "backchannel")) == ["Ana Ruiz"]
    assert find(db, "backchannel", include_confidential=False) == []


def test_accents_and_case_do_not_matter_either_way(db, search_id):
    add(db, search_id, "José Müller", location="São Paulo")
    add(db, search_id, "Zoe Strand")
    assert names(find(db, "jose")) == ["José Müller"]
    assert names(find(db, "MULLER")) == ["José Müller"]
    assert names(find(db, "sao paulo")) == ["José Müller"]
    assert names(find(db, "zoë")) == ["Zoe Strand"]


def test_each_word_is_a_prefix_so_results_follow_the_typing(db, search_id):
    add(db, search_id, "Mariana Duarte")
    add(db, search_id, "Marcus Bell")
    assert sorted(names(find(db, "mar"))) == ["Marcus Bell", "Mariana Duarte"]
    assert names(find(db, "mari")) == ["Mariana Duarte"]
    assert names(find(db, "mar du")) == ["Mariana Duarte"]
    assert find(db, "mariano") == []


def test_every_word_must_match_though_they_may_be_in_different_places(db, search_id):
    ana = add(db, search_id, "Ana Ruiz", current_company="Cobalt")
    notes.add_note(db, ana, NoteDetails(body="Strong on pricing"))
    add(db, search_id, "Ana Lopes", current_company="Vectorly")
    assert names(find(db, "ana cobalt")) == ["Ana Ruiz"]
    assert names(find(db, "ana pricing")) == ["Ana Ruiz"]
    assert find(db, "ana churn") == []


def test_names_rank_above_other_fields_and_those_above_notes(db, search_id):
    by_note = add(db, search_id, "Aaron Abbott")
    notes.add_note(db, by_note, NoteDetails(body="Worked with Reinholt at Vectorly"))
    add(db, search_id, "Beth Cole", current_company="Reinholt Partners")
    add(db, search_id, "Thomas Reinholt")
    assert names(find(db, "reinholt")) == ["Thomas Reinholt", "Beth Cole", "Aaron Abbott"]


def test_one_hit_per_candidate_however_many_notes_match(db, search_id):
    ana = add(db, search_id, "Ana Ruiz", current_company="Pricing Labs")
    for body in ("Pricing one", "Pricing two", "More on pricing"):
        notes.add_note(db, ana, NoteDetails(body=body))
    [hit] = find(db, "pricing")
    assert hit.matched_in == ("company", "notes")


def test_the_limit_caps_the_results(db, search_id):
    for i in range(8):
        add(db, search_id, f"Sam Number{i}")
    assert len(find(db, "sam", limit=3)) == 3
    assert find(db, "sam", limit=0) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        '"',
        '""',
        "*",
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "(",
        ")",
        "^",
        "-",
        ":",
        "{full_name}:",
        "full_name:ana",
        "ana AND",
        'ana" OR "ben',
        "a*b",
        "\x00",
        "ana\x00ruiz",
        "🙂",
        "%_'\\",
    ],
)
def test_odd_input_never_raises(db, search_id, text):
    add(db, search_id, "Ana Ruiz")
    assert isinstance(find(db, text), list)


def test_empty_or_punctuation_only_text_finds_nothing(db, search_id):
    add(db, search_id, "Ana Ruiz")
    for text in ("", "  ", "*", '"', "( ) - ^ :", "\n\t"):
        assert find(db, text) == []
    assert fts_terms("( ) -") == []


def test_fts_operators_typed_by_the_user_are_searched_as_words(db, search_id):
    ana = add(db, search_id, "Ana Ruiz")
    notes.add_note(db, ana, NoteDetails(body="Sales and marketing, near Porto"))
    assert names(find(db, "AND")) == ["Ana Ruiz"]
    assert names(find(db, "NEAR")) == ["Ana Ruiz"]
    assert fts_terms('say "hi"') == ['"say"*', '"""hi"""*']


def test_random_punctuation_soup_never_raises(db, search_id):
    add(db, search_id, "Ana O'Brien-Ruiz", email="ana@x.example")
    alphabet = "ab \"*()^:-+{}[],.;'\\/@#NEARNOTANDOR\x00\t"
    chooser = random.Random(20260105)
    for _ in range(300):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(1, 12)))
        find(db, text)


def test_the_index_follows_an_edit_a_rename_and_a_delete(db, search_id):
    ana = add(db, search_id, "Ana Ruiz", current_company="Cobalt")
    candidates.update_candidate(
        db, ana, CandidateDetails(full_name="Ana Torres", current_company="Vectorly")
    )
    assert find(db, "ruiz") == [] and find(db, "cobalt") == []
    assert names(find(db, "torres vectorly")) == ["Ana Torres"]

    note = notes.add_note(db, ana, NoteDetails(body="Strong on pricing"))
    notes.update_note(db, note, NoteDetails(body="Strong on partnerships"))
    assert find(db, "pricing") == []
    assert names(find(db, "partnerships")) == ["Ana Torres"]
    notes.delete_note(db, note)
    assert find(db, "partnerships") == []

    candidates.delete_candidate(db, ana)
    assert find(db, "torres") == []
    index_is_in_step(db)


def test_a_pipeline_move_keeps_the_candidate_findable(db, search_id):
    ana = add(db, search_id, "Ana Ruiz")
    candidates.move_candidate(db, ana, "contacted")
    assert names(find(db, "ana")) == ["Ana Ruiz"]
    index_is_in_step(db)


def test_the_search_title_shown_is_the_current_one(db, search_id):
    add(db, search_id, "Ana Ruiz")
    searches.update_search(
        db, search_id, SearchDetails(title="CRO Americas", role=Role.CRO, start_date="2026-01-05")
    )
    assert find(db, "ana")[0].search_title == "CRO Americas"


def test_deleting_a_search_takes_its_candidates_and_notes_out_of_the_index(db, search_id):
    ana = add(db, search_id, "Ana Ruiz")
    notes.add_note(db, ana, NoteDetails(body="Strong on pricing"))
    searches.delete_search(db, search_id)
    assert find(db, "ana") == [] and find(db, "pricing") == []
    index_is_in_step(db)


def test_undo_and_redo_of_a_candidate_edit_keep_the_index_in_step(db, search_id):
    ana = add(db, search_id, "Ana Ruiz")
    notes.add_note(db, ana, NoteDetails(body="Strong on pricing"))
    scope = Scope(ScopeKind.CANDIDATE, ana)
    before = capture(db, scope)
    candidates.update_candidate(db, ana, CandidateDetails(full_name="Ana Torres"))
    notes.add_note(db, ana, NoteDetails(body="Moved to Madrid"))
    after = capture(db, scope)

    restore(db, before)  # undo: rows deleted, then inserted again under new rowids
    assert names(find(db, "ruiz pricing")) == ["Ana Ruiz"]
    assert find(db, "torres") == [] and find(db, "madrid") == []
    index_is_in_step(db)

    restore(db, after)  # redo
    assert names(find(db, "torres madrid")) == ["Ana Torres"]
    assert find(db, "ruiz") == []
    index_is_in_step(db)


def test_undoing_a_search_delete_makes_its_candidates_findable_again(db):
    add_sample_data(db)
    search = searches.list_searches(db)[0]
    found_before = {hit.candidate_id for hit in find(db, "a", limit=500)}
    snapshot = capture(db, Scope(ScopeKind.SEARCH, search.id))
    searches.delete_search(db, search.id)
    assert all(hit.search_id != search.id for hit in find(db, "a", limit=500))
    restore(db, snapshot)
    assert {hit.candidate_id for hit in find(db, "a", limit=500)} == found_before
    index_is_in_step(db)


def test_the_same_person_in_two_searches_is_reported_in_also_in(db, search_id):
    cso = new_search(db, "Chief Sales Officer")
    other = new_search(db, "VP Sales EMEA")
    first = add(db, search_id, "José  O'Brien")
    add(db, cso, "jose o brien")  # same name once accents, case and punctuation are set aside
    add(db, other, "Ann Li", email="j.obrien@example.com")
    add(db, search_id, "J. O'Brien", email="J.OBrien@Example.com ")  # same e-mail only
    add(db, other, "Ann Lee", email="")  # an empty e-mail never links people

    hits = {hit.candidate_id: hit for hit in find(db, "brien")}
    assert hits[first].also_in == ["Chief Sales Officer"]
    by_email = next(hit for hit in hits.values() if hit.full_name == "J. O'Brien")
    assert by_email.also_in == ["VP Sales EMEA"]
    assert find(db, "ann lee")[0].also_in == []


def test_also_in_follows_a_personal_linkedin_profile_but_not_a_company_page(db, search_id):
    cso = new_search(db, "Chief Sales Officer")
    add(db, search_id, "Ann Alpha", linkedin_url="https://www.linkedin.com/in/ann-a/")
    add(db, cso, "A. Alpha", linkedin_url="http://linkedin.com/in/Ann-A?trk=x")  # the same profile
    add(db, search_id, "Bob Beta", linkedin_url="https://www.linkedin.com/company/acme/")
    add(db, cso, "Cy Gamma", linkedin_url="https://linkedin.com/company/acme")  # many people's

    assert find(db, "ann alpha")[0].also_in == ["Chief Sales Officer"]
    assert find(db, "bob beta")[0].also_in == []


def test_name_key_sets_aside_case_accents_punctuation_and_spacing():
    assert name_key("  José   O'Brien ") == name_key("jose o brien") == "jose o brien"
    assert name_key("Anne-Marie") == name_key("anne marie")
    assert name_key("Ana") != name_key("Anna")


def test_an_upgraded_file_indexes_the_candidates_it_already_held(tmp_path):
    from desktop_app.store.database import open_database
    from desktop_app.store.migrations import shipped_migrations

    path = tmp_path / "old.sqlite3"
    old = open_database(path, schema=shipped_migrations()[:2])
    search = new_search(old)
    ana = add(old, search, "Ana Ruiz")
    notes.add_note(old, ana, NoteDetails(body="Strong on pricing"))
    old.close()

    upgraded = open_database(path)
    try:
        assert names(find(upgraded, "ruiz")) == ["Ana Ruiz"]
        assert names(find(upgraded, "pricing")) == ["Ana Ruiz"]
        index_is_in_step(upgraded)
    finally:
        upgraded.close()


def test_a_corrupt_index_would_be_caught_by_the_in_step_check(db, search_id):
    # Guards the guard: the integrity check used above does notice an index out of step.
    add(db, search_id, "Ana Ruiz")
    db.execute("INSERT INTO candidates_find (rowid, full_name) VALUES (999, 'Ghost')")
    with pytest.raises(sqlite3.DatabaseError):
        index_is_in_step(db)


# --- notes alone, and what a large file changes ---------------------------------------------


def test_fields_holding_every_word_rank_first_among_name_matches(db, search_id):
    # bm25 alone would put Ana Lopes first: "ana" three times over, "ruiz" a common word.
    lopes = add(db, search_id, "Ana Lopes", current_company="Ana Analytics", location="Anaheim")
    notes.add_note(db, lopes, NoteDetails(body="Worked with Ruiz at Vectorly"))
    add(db, search_id, "Joaquina Maria Ruiz de la Vega Ana Santos Pereira")
    for i in range(6):
        add(db, search_id, f"Ben Ruiz{i}", current_company="Ruiz Group")  # "ana" nowhere
    hits = find(db, "ana ruiz")
    assert names(hits) == ["Joaquina Maria Ruiz de la Vega Ana Santos Pereira", "Ana Lopes"]
    assert hits[1].matched_in == ("name", "company", "location", "notes")


def test_a_note_holding_every_word_ranks_above_words_spread_over_notes(db, search_id):
    spread = add(db, search_id, "Aaron Abbott")
    notes.add_note(db, spread, NoteDetails(body="Rebuilt pricing"))
    together = add(db, search_id, "Zoe Young")
    notes.add_note(db, together, NoteDetails(body="Rebuilt pricing in Brazil"))
    notes.add_note(db, spread, NoteDetails(body="Moved to Brazil"))  # the newest note
    hits = find(db, "pricing brazil")
    assert names(hits) == ["Zoe Young", "Aaron Abbott"]
    assert [hit.matched_in for hit in hits] == [("notes",), ("notes",)]


def test_notes_alone_come_newest_matching_note_first(db, search_id):
    first = add(db, search_id, "Aaron Abbott")
    second = add(db, search_id, "Zoe Young")
    notes.add_note(db, second, NoteDetails(body="Strong on pricing"))
    notes.add_note(db, first, NoteDetails(body="Pricing again"))
    assert names(find(db, "pricing")) == ["Aaron Abbott", "Zoe Young"]


def test_a_word_only_in_a_confidential_note_counts_only_when_they_are_included(db, search_id):
    ana = add(db, search_id, "Ana Ruiz")
    notes.add_note(db, ana, NoteDetails(body="Rebuilt pricing"))
    notes.add_note(db, ana, NoteDetails(body="Moving to Brazil", confidential=True))
    ben = add(db, search_id, "Ben Hall")
    notes.add_note(db, ben, NoteDetails(body="Brazil, confidentially", confidential=True))
    assert names(find(db, "pricing brazil")) == ["Ana Ruiz"]
    assert names(find(db, "ana brazil")) == ["Ana Ruiz"]
    assert find(db, "pricing brazil", include_confidential=False) == []
    assert find(db, "ana brazil", include_confidential=False) == []
    assert find(db, "brazil", include_confidential=False) == []
    [hit] = find(db, "ana", include_confidential=False)
    assert hit.matched_in == ("name",)


def test_a_field_match_shows_a_matching_note_when_there_is_one(db, search_id):
    ana = add(db, search_id, "Ana Ruiz", current_company="Pricing Labs")
    notes.add_note(db, ana, NoteDetails(body="Met for coffee"))
    notes.add_note(db, ana, NoteDetails(body="Owns pricing for the region"))
    [hit] = find(db, "pricing")
    assert hit.matched_in == ("company", "notes")
    assert (hit.snippet_in, hit.snippet) == ("notes", "Owns pricing for the region")


def test_the_scratch_tables_tokenize_as_the_find_index_does(db):
    from desktop_app.store.find import TOKENIZER

    for table in ("candidates_find", "notes_find"):
        (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()
        assert f"tokenize = '{TOKENIZER}'" in sql


def test_also_in_follows_a_person_added_after_an_earlier_find(db, db_path, search_id):
    from desktop_app.store.database import open_database

    add(db, search_id, "Ana Ruiz")
    assert find(db, "ruiz")[0].also_in == []
    add(db, new_search(db, "Chief Sales Officer"), "Ana Ruiz")
    assert {tuple(hit.also_in) for hit in find(db, "ruiz")} == {
        ("Chief Sales Officer",),
        ("Chief Revenue Officer",),
    }
    other = open_database(db_path)  # another window or the command line
    try:
        add(other, new_search(other, "VP Sales"), "Ana Ruiz")
    finally:
        other.close()
    assert [hit.also_in for hit in find(db, "ruiz") if hit.search_id == search_id] == [
        ["Chief Sales Officer", "VP Sales"]
    ]


def test_other_searches_are_read_again_after_a_change_to_who_is_who_only(db, search_id):
    """Reading everyone's keys takes a while on a large file, so a note, a score or a pipeline
    move leaves them be; a rename or a new candidate does not."""
    from desktop_app.store import find as finder

    ana = add(db, search_id, "Ana Ruiz")
    find(db, "ruiz")
    people = finder._PEOPLE[db][1]
    notes.add_note(db, ana, NoteDetails(body="Strong on pricing"))
    candidates.move_candidate(db, ana, "contacted")
    find(db, "ruiz")
    assert finder._PEOPLE[db][1] is people
    candidates.update_candidate(db, ana, CandidateDetails(full_name="Ana Torres"))
    find(db, "torres")
    assert finder._PEOPLE[db][1] is not people
    assert db.execute(
        "SELECT count(*) FROM sqlite_master WHERE name LIKE '%find_people%'"
    ).fetchone() == (0,)


def test_also_in_follows_a_renamed_search(db, search_id):
    add(db, search_id, "Ana Ruiz")
    cso = new_search(db, "Chief Sales Officer")
    add(db, cso, "Ana Ruiz")
    find(db, "ruiz")
    details = SearchDetails(title="CSO Americas", role=Role.CSO, start_date="2026-01-05")
    searches.update_search(db, cso, details)
    assert [hit.also_in for hit in find(db, "ruiz") if hit.search_id == search_id] == [
        ["CSO Americas"]
    ]


def test_also_in_on_a_read_only_connection(db, db_path, search_id):
    from desktop_app.store.database import open_database

    add(db, search_id, "Ana Ruiz")
    add(db, new_search(db, "Chief Sales Officer"), "Ana Ruiz")
    db.execute("PRAGMA query_only = ON")  # as a file RevSearch may not write is opened
    assert sorted(hit.also_in for hit in find(db, "ruiz")) == [
        ["Chief Revenue Officer"],
        ["Chief Sales Officer"],
    ]
    other = open_database(db_path)
    try:
        add(other, new_search(other, "VP Sales"), "Ana Ruiz")
    finally:
        other.close()
    assert len(find(db, "ruiz")) == 3
    assert all(len(hit.also_in) == 2 for hit in find(db, "ruiz"))


# A reference for the rule find applies, one candidate and one word at a time: slow, plain.
def _reference(db, text: str, include_confidential: bool) -> dict[str, int]:
    """Candidate id -> group for every candidate matching every word: a word in the name (0
    when the fields hold every word, else 1), in other fields (2, 3 likewise), one note with
    every word (4), the words spread over notes (5)."""
    terms = fts_terms(text)
    visible = "" if include_confidential else " AND n.confidential = 0"

    def in_fields(rowid: int, query: str) -> bool:
        return bool(
            db.execute(
                "SELECT 1 FROM candidates_find WHERE candidates_find MATCH ? AND rowid = ?",
                [query, rowid],
            ).fetchall()
        )

    def in_a_note(candidate_id: str, query: str) -> bool:
        return bool(
            db.execute(
                "SELECT 1 FROM notes_find f JOIN notes n ON n.rowid = f.rowid "
                f"WHERE notes_find MATCH ? AND n.candidate_id = ?{visible}",
                [query, candidate_id],
            ).fetchall()
        )

    groups = {}
    for rowid, candidate_id in db.execute("SELECT rowid, id FROM candidates").fetchall():
        if not all(in_fields(rowid, t) or in_a_note(candidate_id, t) for t in terms):
            continue
        any_term = " OR ".join(terms)
        every_word_in_fields = all(in_fields(rowid, t) for t in terms)
        if in_fields(rowid, "{full_name} : (" + any_term + ")"):
            groups[candidate_id] = 0 if every_word_in_fields else 1
        elif in_fields(rowid, any_term):
            groups[candidate_id] = 2 if every_word_in_fields else 3
        elif in_a_note(candidate_id, " AND ".join(terms)):
            groups[candidate_id] = 4
        else:
            groups[candidate_id] = 5
    return groups


def _random_people(db, seed: int) -> None:
    chooser = random.Random(seed)
    first = ["Ana", "Anabel", "Ben", "Bruno", "Carla", "Zoe", "Óscar"]
    last = ["Ruiz", "Ramos", "Bell", "Bello", "Ito", "Zamora", "Núñez"]
    words = ["pricing", "price", "brazil", "bravo", "renewals", "rebuilt", "a", "zeta", "ops"]
    companies = ["Cobalt", "Pricely", "Zeta Labs", ""]
    searches_ = [new_search(db, f"Search {i}") for i in range(3)]
    for i in range(40):
        candidate = add(
            db,
            chooser.choice(searches_),
            f"{chooser.choice(first)} {chooser.choice(last)}",
            current_company=chooser.choice(companies),
            email=chooser.choice(["", f"p{i}@ops.example"]),
        )
        for _ in range(chooser.randint(0, 4)):
            body = " ".join(chooser.choice(words) for _ in range(chooser.randint(1, 4)))
            confidential = chooser.random() < 0.2
            notes.add_note(db, candidate, NoteDetails(body=body, confidential=confidential))


@pytest.mark.parametrize("small", [False, True], ids=["as-shipped", "tiny-windows"])
def test_find_agrees_with_a_plain_reading_of_the_rule(db, monkeypatch, small):
    """Every candidate matching every word, each once, the groups in order, and a smaller
    limit gives the first hits of a larger one. With tiny windows and chunks, every path that
    a large file takes (bm25 chunk by chunk, streams read in part, words checked in scratch
    tables, the rare-word gate) is taken here."""
    from desktop_app.store import find as finder

    if small:
        monkeypatch.setattr(finder, "_RANK_CHUNK", 3)
        monkeypatch.setattr(finder, "_NOTE_WINDOW", 2)
        monkeypatch.setattr(finder, "_STREAM_STEP", 1)
        monkeypatch.setattr(finder, "_MIN_BATCH", 2)
        monkeypatch.setattr(finder, "_POOL_LIMIT", 4)
    _random_people(db, 20260105)
    queries = [
        "a", "an", "ana", "b", "br", "pric", "pricing", "zeta", "ruiz pricing", "ana br",
        "price brazil", "pricing brazil renewals", "a b", "zeta a", "cob pricing", "ops zeta",
        "bell ops", "oscar", "nunez a", "z r", "rebuilt zeta ana", "bravo pri", "nothing here",
    ]  # fmt: skip
    for text in queries:
        for include_confidential in (True, False):
            expected = _reference(db, text, include_confidential)
            hits = find(db, text, limit=1000, include_confidential=include_confidential)
            ids = [hit.candidate_id for hit in hits]
            assert sorted(ids) == sorted(expected), text
            groups = [expected[i] for i in ids]
            assert groups == sorted(groups), text
            for limit in (1, 3, 7):
                fewer = find(db, text, limit=limit, include_confidential=include_confidential)
                assert [hit.candidate_id for hit in fewer] == ids[:limit], (text, limit)
