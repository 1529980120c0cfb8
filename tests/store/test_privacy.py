"""A person's data rights in the store: every record of the same person found, exported whole as
JSON, erased so that not one byte of their name or e-mail stays in the file, or anonymised."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import candidates, notes, privacy, scores, searches
from desktop_app.store.errors import NotFound
from desktop_app.store.find import find
from desktop_app.store.privacy import Match

# Unique enough never to occur by chance in a SQLite file: the test looks for their bytes.
NAME = "Quillonette Vantaskew"
EMAIL = "quillonette.vantaskew@example-marker.org"
PHONE = "+44 7700 914 263"
NOTE = "Zephyrquist pricing rework story"
EVIDENCE = "Grobwinkle forecast call"


def new_search(db, title: str = "Chief Revenue Officer", company: str = "Acme") -> str:
    return searches.create_search(
        db,
        SearchDetails(title=title, role=Role.CRO, start_date=dt.date(2026, 1, 5), company=company),
    )


def add_person(db, search_id: str, name: str = NAME, email: str = EMAIL, **more) -> str:
    return candidates.add_candidate(
        db, search_id, CandidateDetails(full_name=name, email=email, **more)
    )


def with_everything(db, candidate_id: str) -> None:
    """Notes (one confidential), scores with evidence, stage moves with reasons."""
    notes.add_note(db, candidate_id, NoteDetails(body=f"{NOTE}. Called {NAME} on {PHONE}."))
    notes.add_note(
        db, candidate_id, NoteDetails(body="Wants 480k; health matter", confidential=True)
    )
    scores.set_score(db, candidate_id, Rating("S1", "Helena", 4, f"{EVIDENCE} by {NAME}"))
    scores.set_score(db, candidate_id, Rating("E2", "Marc", 3))
    candidates.move_candidate(db, candidate_id, "contacted", reason=f"{NAME} replied")


def file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def traces(data: bytes, *texts: str) -> list[str]:
    """Which of the texts appear in the bytes, as UTF-8 or UTF-16 (either byte order), whole or
    as their longest word if that is long enough to be unique (the find index stores words,
    not whole names)."""
    found = []
    for text in texts:
        longest = max(text.replace("@", " ").replace(".", " ").split(), key=len)
        pieces = {text, longest} if len(longest) >= 8 else {text}
        for piece in pieces:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                for variant in (piece, piece.lower()):
                    if variant.encode(encoding) in data:
                        found.append(f"{variant!r} as {encoding}")
    return found


@pytest.fixture
def person(db):
    search_id = new_search(db)
    candidate_id = add_person(db, search_id, phone=PHONE, linkedin_url="https://linkedin.com/in/qv")
    with_everything(db, candidate_id)
    return candidate_id


# --- the same person in several searches --------------------------------------------------


def test_records_of_the_same_person_are_found_by_email_linkedin_and_name(db, person):
    other = new_search(db, "Chief Sales Officer", "Globex")
    third = new_search(db, "CRO EMEA", "Initech")
    fourth = new_search(db, "CSO Americas", "Umbrella")
    by_email = add_person(db, other, name="Q. Vantaskew", email=EMAIL.upper())
    by_profile = add_person(
        db, third, name="Quill Vantaskew", email="", linkedin_url="https://www.linkedin.com/in/qv/"
    )
    by_name = add_person(db, fourth, name="quillonette  VANTASKEW", email="other@x.org")
    add_person(db, fourth, name="Somebody Else", email="else@x.org")

    records = privacy.person_records(db, person)

    assert [(r.candidate_id, r.matched_by) for r in records] == [
        (person, Match.CHOSEN),
        (by_email, Match.EMAIL),  # certain matches by search title, then the doubtful ones
        (by_profile, Match.LINKEDIN),
        (by_name, Match.NAME),
    ]
    assert [r.certain for r in records] == [True, True, True, False]
    assert (
        records[1].search_title == "Chief Sales Officer" and records[1].search_company == "Globex"
    )


def test_only_a_personal_linkedin_profile_makes_a_certain_match_a_company_page_does_not(
    db, tmp_path
):
    first = new_search(db)
    other = new_search(db, "Chief Sales Officer", "Globex")
    page = "https://www.linkedin.com/company/acme/"
    ann = add_person(db, first, name="Ann Alpha", email="", linkedin_url=page)
    bob = add_person(
        db, other, name="Bob Beta", email="", linkedin_url="https://linkedin.com/company/acme"
    )
    cy = add_person(
        db, first, name="Cy Gamma", email="", linkedin_url="https://uk.linkedin.com/in/cy-g?x=1"
    )
    cy_again = add_person(
        db, other, name="C. Gamma", email="", linkedin_url="HTTP://linkedin.com/in/CY-G/"
    )

    ann_records = privacy.person_records(db, ann)
    assert [(r.candidate_id, r.matched_by, r.certain) for r in ann_records] == [
        (ann, Match.CHOSEN, True),
        (bob, Match.LINKEDIN_PAGE, False),  # offered, unticked: perhaps someone else
    ]
    assert [(r.candidate_id, r.matched_by) for r in privacy.person_records(db, cy)] == [
        (cy, Match.CHOSEN),
        (cy_again, Match.LINKEDIN),
    ]
    # Bob's data is not Ann's to receive.
    target = tmp_path / "ann.json"
    assert privacy.export_person(db, ann, target) == 1
    assert "Bob Beta" not in target.read_text(encoding="utf-8")


def test_an_unknown_candidate_is_not_found(db):
    with pytest.raises(NotFound):
        privacy.person_records(db, "nobody")


# --- export -----------------------------------------------------------------------------


def test_the_export_holds_everything_about_the_person_confidential_notes_included(
    db, person, tmp_path
):
    other = new_search(db, "Chief Sales Officer", "Globex")
    also = add_person(db, other, name="Q. Vantaskew")
    notes.add_note(db, also, NoteDetails(body="Second search note"))
    namesake = add_person(db, other, name=NAME, email="namesake@x.org")
    notes.add_note(db, namesake, NoteDetails(body="About a namesake, not them"))

    target = tmp_path / "person.json"
    assert privacy.export_person(db, person, target) == 2
    document = json.loads(target.read_text(encoding="utf-8"))

    assert document["format"] == privacy.PERSON_FORMAT and document["version"] == 1
    first, second = document["records"]
    assert first["matched_by"] == "chosen" and second["matched_by"] == "email"
    assert first["candidate"]["full_name"] == NAME and first["candidate"]["phone"] == PHONE
    assert first["search"]["title"] == "Chief Revenue Officer"
    bodies = {n["body"]: n["confidential"] for n in first["notes"]}
    assert bodies["Wants 480k; health matter"] is True
    assert any(NOTE in body for body in bodies)
    assert {(s["competency"], s["score"]) for s in first["scores"]} == {("S1", 4), ("E2", 3)}
    s1 = next(s for s in first["scores"] if s["competency"] == "S1")
    assert s1["evidence"].startswith(EVIDENCE) and s1["competency_name"]
    assert [h["stage"] for h in first["stage_history"]] == ["identified", "contacted"]
    assert first["stage_history"][1]["reason"] == f"{NAME} replied"
    assert [n["body"] for n in second["notes"]] == ["Second search note"]
    # Someone who only shares the name is not theirs to receive.
    assert "namesake" not in target.read_text(encoding="utf-8")


def test_the_export_keeps_every_script_exactly(db, tmp_path):
    search_id = new_search(db)
    name = "Zoë Ñúñez-أحمد 👩🏽‍💻 e\u0301"
    candidate_id = add_person(db, search_id, name=name, email="zoe@example.org")
    target = tmp_path / "zoe.json"
    privacy.export_person(db, candidate_id, target)
    text = target.read_text(encoding="utf-8")
    assert name in text  # written as text, not \u escapes
    assert json.loads(text)["records"][0]["candidate"]["full_name"] == name


def test_an_export_into_a_missing_folder_is_refused_and_writes_nothing(db, person, tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        privacy.export_person(db, person, tmp_path / "nope" / "p.json")
    assert not (tmp_path / "nope").exists()


# --- erase --------------------------------------------------------------------------------


def test_erasing_leaves_no_byte_of_the_name_or_email_in_the_file(db, db_path, person):
    other_search = new_search(db, "Chief Sales Officer", "Globex")
    second = add_person(db, other_search, name=NAME)
    with_everything(db, second)
    bystander = add_person(db, other_search, name="Ada Bystander", email="ada@example.org")
    notes.add_note(db, bystander, NoteDetails(body="Ada stays"))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_bytes(db_path)
    # The test can fail: before erasing, every marker is in the file.
    assert len(traces(before, NAME, EMAIL, NOTE, EVIDENCE)) >= 4
    assert find(db, "Quillonette") and find(db, "Zephyrquist")

    result = privacy.erase_candidates(db, [person, second])

    assert result.records == 2 and result.file_clean
    for table in ("candidates", "notes", "scores", "stage_history"):
        rows = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert rows == (1 if table in ("candidates", "notes", "stage_history") else 0), table
    assert find(db, "Quillonette") == [] and find(db, "Zephyrquist") == []
    assert [hit.full_name for hit in find(db, "Ada")] == ["Ada Bystander"]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert traces(file_bytes(db_path), NAME, EMAIL, NOTE, EVIDENCE, PHONE) == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for index in ("candidates_find", "notes_find"):
        db.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
    assert list(db.execute("PRAGMA foreign_key_check")) == []


def test_erasing_takes_the_person_out_of_what_other_records_say_about_them(db, db_path, person):
    search_id = candidates.get_candidate(db, person).search_id
    accented = "Quillonëtte Vantaskéw"  # the same name as typed elsewhere with accents
    other_search = new_search(db, "Chief Sales Officer", "Globex")
    referee = add_person(
        db, other_search, name="Tobias Grunfeld", email="", source=f"Referral from {NAME}"
    )
    notes.add_note(
        db,
        referee,
        NoteDetails(
            body=f"Knows {accented} well; reach her on {EMAIL} or {PHONE}, "
            "see linkedin.com/in/QV/. Vantaskew alone is a word here."
        ),
    )
    scores.set_score(db, referee, Rating("S1", "Helena", 4, f"Sold with {NAME.upper()}"))
    candidates.move_candidate(db, referee, "contacted", reason=f"after {NAME} introduced them")
    candidates.exit_candidate(db, referee, "declined", f"Too close to {NAME}")
    (step,) = db.execute(
        "SELECT id FROM checklist_steps WHERE search_id = ? LIMIT 1", [search_id]
    ).fetchone()
    db.execute("UPDATE checklist_steps SET note = ? WHERE id = ?", [f"Ask {NAME} first", step])
    namesake = add_person(db, other_search, name=NAME, email="other.namesake@x.org")
    notes.add_note(db, namesake, NoteDetails(body=f"{NAME} (this one) prefers mornings"))

    privacy.erase_candidates(db, [person])

    (note,) = notes.list_notes(db, referee)
    assert note.details.body == (
        "Knows [erased] well; reach her on [contact] or [contact], see [link]. "
        "Vantaskew alone is a word here."
    )
    referee_row = candidates.get_candidate(db, referee)
    assert referee_row.details.source == "Referral from [erased]"
    assert referee_row.exit_reason == "Too close to [erased]"
    assert [r.evidence for r in scores.ratings(db, referee)] == ["Sold with [erased]"]
    assert candidates.stage_history(db, referee)[1].reason == "after [erased] introduced them"
    step_note = db.execute("SELECT note FROM checklist_steps WHERE id = ?", [step]).fetchone()[0]
    assert step_note == "Ask [erased] first"
    # A namesake who stays keeps their own name in their own notes.
    (own,) = notes.list_notes(db, namesake)
    assert own.details.body.startswith(f"{NAME} (this one)")
    assert find(db, "Quillonette") and [h.candidate_id for h in find(db, "Quillonette")] == [
        namesake
    ]
    db.execute("DELETE FROM candidates WHERE id = ?", [namesake])  # to look at the bytes
    privacy.erase_candidates(db, [])  # the find index and the file forget the namesake too
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert traces(file_bytes(db_path), NAME, accented, EMAIL, PHONE, "linkedin.com/in/qv") == []
    for index in ("candidates_find", "notes_find"):
        db.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")


def test_erasing_without_rewriting_the_index_would_leave_the_name_behind(db, db_path, person):
    """Why privacy.erase_candidates rewrites the find index: a plain delete leaves the words
    in the index's older segments (this test fails if SQLite ever stops doing so, and the
    rewrite may then go)."""
    db.execute("PRAGMA secure_delete = ON")
    with db.atomic():
        db.execute("DELETE FROM candidates WHERE id = ?", [person])  # the rows, nothing more
    assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
    assert find(db, "Quillonette") == []  # gone from every query...
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert traces(file_bytes(db_path), NAME) != []  # ...but not from the index's pages


def test_erasing_an_unknown_candidate_changes_nothing(db, person):
    with pytest.raises(NotFound):
        privacy.erase_candidates(db, [person, "nobody"])
    assert candidates.get_candidate(db, person).full_name == NAME


# --- anonymise ----------------------------------------------------------------------------


def test_anonymising_keeps_the_numbers_and_drops_the_person(db, db_path, person):
    search_id = candidates.get_candidate(db, person).search_id
    rival = add_person(db, search_id, name="Ada Rival", email="ada@example.org")
    notes.add_note(
        db, rival, NoteDetails(body=f"Stronger than {NAME}. Mark the step done; call 020 7946 0000")
    )
    later = add_person(db, search_id, name="Mark Later", email="")
    history_before = len(candidates.stage_history(db, person))

    result = privacy.anonymise_candidates(db, [person])

    assert result.records == 1 and result.file_clean
    anonymous = candidates.get_candidate(db, person)
    assert anonymous.full_name == "Candidate C-01"  # the first one added to the search
    details = anonymous.details
    assert (details.email, details.phone, details.linkedin_url, details.location) == ("",) * 4
    assert (details.current_title, details.current_company, details.pay_expectation) == ("",) * 3
    assert anonymous.stage.value == "contacted"
    assert len(candidates.stage_history(db, person)) == history_before
    assert len(scores.ratings(db, person)) == 2
    own_notes = [n.details.body for n in notes.list_notes(db, person)]
    assert f"{NOTE}. Called Candidate C-01 on [phone]." in own_notes
    evidence = {r.competency: r.evidence for r in scores.ratings(db, person)}
    assert evidence["S1"] == f"{EVIDENCE} by Candidate C-01"
    # Others' text loses the whole name, but not their own contacts or ordinary words.
    (rival_note,) = notes.list_notes(db, rival)
    assert rival_note.details.body == (
        "Stronger than Candidate C-01. Mark the step done; call 020 7946 0000"
    )
    assert candidates.get_candidate(db, later).full_name == "Mark Later"
    assert find(db, "Quillonette") == []
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert traces(file_bytes(db_path), NAME, EMAIL, PHONE) == []
    anonymised_at = db.execute(
        "SELECT anonymised_at FROM candidates WHERE id = ?", [person]
    ).fetchone()[0]
    assert anonymised_at is not None

    # Anonymising again changes nothing: "Candidate" in a note is not a name to replace.
    assert privacy.anonymise_candidates(db, [person]).records == 0
    assert candidates.get_candidate(db, person).full_name == "Candidate C-01"
    # Another search's first candidate, anonymised too, shares the code but is not the same.
    other = add_person(db, new_search(db, "CSO", "Globex"), name="Ada Other", email="")
    privacy.anonymise_candidates(db, [other])
    assert [r.candidate_id for r in privacy.person_records(db, person)] == [person]
