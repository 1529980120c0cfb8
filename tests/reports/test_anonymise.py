"""Anonymised reports: candidates' names become their codes in free text, whatever the accents
or case, and contacts go, while ordinary words, dates and other accents stay as written."""

from __future__ import annotations

import pytest

from desktop_app.domain.anonymise import Scrubber, candidate_code, codes_by_number

NAMES = {
    "João Gonçalves": "Candidate C-01",
    "Ana da Silva": "Candidate C-02",
    "Thomas Reinholt": "Candidate C-03",
}


@pytest.fixture
def scrub() -> Scrubber:
    return Scrubber(NAMES.items())


def test_codes_come_from_each_persons_permanent_number_in_the_search():
    assert candidate_code(1) == "C-01" and candidate_code(12) == "C-12"
    assert codes_by_number({"b": 1, "c": 3}) == {"b": "C-01", "c": "C-03"}  # 2 was erased


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met João Gonçalves today.", "Met Candidate C-01 today."),
        ("Gonçalves was sharp; João less so.", "Candidate C-01 was sharp; Candidate C-01 less so."),
        (
            "Thomas said Reinholt's numbers hold.",
            "Candidate C-03 said Candidate C-03's numbers hold.",
        ),
        ("Ana da Silva withdrew.", "Candidate C-02 withdrew."),
        ("Silva and Ana", "Candidate C-02 and Candidate C-02"),
    ],
)
def test_the_full_name_and_each_part_are_replaced(scrub, text, expected):
    assert scrub(text) == expected


@pytest.mark.parametrize(
    "text", ["Joao Goncalves", "JOÃO GONÇALVES", "joao", "Goncalves", "GONÇALVES"]
)
def test_matching_ignores_accents_and_case(scrub, text):
    assert scrub(text) == "Candidate C-01"


def test_a_name_written_with_combining_accents_is_replaced_whole(scrub):
    decomposed = "Joa\u0303o Gonc\u0327alves"  # the same letters, accents as separate marks
    assert scrub(f"Call {decomposed}.") == "Call Candidate C-01."


def test_short_name_parts_and_other_accents_are_left_alone(scrub):
    assert scrub("da Vinci and de Souza") == "da Vinci and de Souza"
    assert scrub("São Paulo, Zürich, Málaga") == "São Paulo, Zürich, Málaga"
    # Whole words only: a name inside another word is not a name.
    assert scrub("Anastasia and Thomasina") == "Anastasia and Thomasina"


def test_text_without_names_or_contacts_is_unchanged(scrub):
    text = "Strong on multi-channel planning; lighter on territory design (3 of 5)."
    assert scrub(text) == text
    assert scrub("") == ""
    assert Scrubber([])("Met João") == "Met João"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write to joao.goncalves@cobalt.example.", "Write to [e-mail]."),
        ("Her assistant: pa+jobs@mail.co.uk", "Her assistant: [e-mail]"),
        ("Call +55 11 91234-5678 after 6", "Call [phone] after 6"),
        ("Office (020) 7946 0958", "Office [phone]"),
        ("Mobile 555-123-4567.", "Mobile [phone]."),
        ("See https://www.linkedin.com/in/joao-goncalves for more", "See [link] for more"),
        ("Profile: www.example.com/people/jg", "Profile: [link]"),
        ("Profile: linkedin.com/in/jgoncalves", "Profile: [link]"),
    ],
)
def test_contacts_are_removed_whoever_they_belong_to(scrub, text, expected):
    assert scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Starts on 2026-10-01.",
        "Available 01.10.2026 or 15/11/2026.",
        "From 2026-09-10 - 2026-10-01, 14:00.",
        "ARR from 40M to 115M; NRR 117%; rated 4.5/5 and/or better.",
        "Cobalt.io is the company.",
    ],
)
def test_dates_numbers_and_bare_domains_are_not_taken_for_contacts(scrub, text):
    assert scrub(text) == text


def test_a_phone_number_ending_like_a_date_is_still_removed(scrub):
    assert scrub("Call 555-12-2026 now") == "Call [phone] now"
    assert scrub("Call +49 30 12-03-2026") == "Call [phone]"


def test_names_inside_links_and_addresses_never_survive(scrub):
    text = "João (joao@cobalt.example, https://linkedin.com/in/joao) said yes"
    assert scrub(text) == "Candidate C-01 ([e-mail], [link]) said yes"


def test_punctuation_after_a_link_stays(scrub):
    assert scrub("See https://example.com/jg. Then call.") == "See [link]. Then call."
    assert scrub("(www.example.com/jg), or not") == "([link]), or not"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Li Wei", "Li took another offer", "C-01 took another offer"),
        ("Anne-Marie Dupont-Aignan", "Anne said Dupont was late", "C-01 said C-01 was late"),
        ("Mary O'Brien", "Called Mary O\u2019Brien today", "Called C-01 today"),
        ("Hans Strauß", "Hans Strauss and HANS STRAUSS", "C-01 and C-01"),
        ("Hans Strauss", "Herr Strauß", "Herr C-01"),
        ("Ana da Silva", "da Silva joined", "da C-01 joined"),
    ],
)
def test_name_variants_are_caught(name, text, expected):
    assert Scrubber([(name, "C-01")])(text) == expected


def test_a_name_two_people_share_names_neither():
    scrub = Scrubber([("John Smith", "C-01"), ("John Smith", "C-02"), ("John Doe", "C-03")])
    assert scrub("John Smith met John Doe; John left") == "[name] met C-03; [name] left"


def test_every_name_on_file_is_known_at_once():
    # A whole database's people: each is still found by full name and by part.
    people = [(f"Person{n} Surname{n}", f"C-{n}") for n in range(50_000)]
    scrub = Scrubber(people)
    assert scrub("Met Person42 Surname42 and Surname7.") == "Met C-42 and C-7."


@pytest.mark.parametrize(
    "text",
    [
        "Met João Gonçalves today.",
        "JOAO GONCALVES and ana da silva",
        "Joa\u0303o Gonc\u0327alves, decomposed",
        "Thomas\u00a0Reinholt, a no-break space",
        "Gonçalves alone is not the whole name",
        "Nothing about anyone",
    ],
)
def test_the_quick_test_never_misses_a_name_the_full_scan_replaces(text):
    whole = Scrubber(NAMES.items(), parts=False)
    if whole.replace_names(text) != text:
        assert whole.could_replace(text)
    assert not whole.could_replace("Nothing about anyone")
    # A name in a script with no ASCII form is always looked for.
    assert Scrubber([("王小明", "[erased]")], parts=False).could_replace("anything")
