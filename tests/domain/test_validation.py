"""Field validation shared by every form: fields.py, and the search, candidate and note details."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain import fields
from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.note import NoteDetails, NoteKind
from desktop_app.domain.pipeline import Stage
from desktop_app.domain.search import (
    Role,
    SearchDetails,
    SearchStatus,
    days_open,
    default_target_date,
    parse_role,
    parse_status,
)

START = dt.date(2025, 1, 15)

UNICODE_SAMPLES = [
    pytest.param("Zoë Ångström-Łukasiewicz", id="accents"),
    pytest.param("مدير الإيرادات", id="arabic-rtl"),
    pytest.param("סמנכ״ל מכירות", id="hebrew-rtl"),
    pytest.param("Jane \u202bمدير\u202c Doe", id="bidi-embedding"),
    pytest.param("Revenue 🚀 leader 👩🏽‍💼", id="emoji-zwj-skin-tone"),
    pytest.param("Cafe\u0301 Zoe\u0308", id="combining-marks-not-normalised"),
    pytest.param("株式会社 営業本部長", id="cjk"),
    pytest.param("Ελένη Παπαδοπούλου", id="greek"),
]


# --- fields.clean_line -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "   ", None, "\t"])
def test_required_line_refuses_empty(value: str | None) -> None:
    with pytest.raises(ValidationError) as error:
        fields.clean_line("full_name", value, required=True)
    assert error.value.field == "full_name"
    assert error.value.message == "Full name is required."


@pytest.mark.parametrize("value", ["", None, "  "])
def test_optional_line_returns_empty_text(value: str | None) -> None:
    assert fields.clean_line("company", value, required=False) == ""


def test_line_is_trimmed() -> None:
    assert fields.clean_line("title", "  CRO search  ", required=True) == "CRO search"


def test_line_of_200_characters_is_accepted_and_201_refused() -> None:
    assert fields.clean_line("title", "x" * 200, required=True) == "x" * 200
    with pytest.raises(ValidationError) as error:
        fields.clean_line("title", "x" * 201, required=True)
    assert error.value.message == "Title is too long (201 of 200)."


def test_line_limit_counts_characters_not_bytes() -> None:
    accented = "é" * 200  # 400 bytes in UTF-8
    assert fields.clean_line("title", accented, required=True) == accented


@pytest.mark.parametrize(
    "value",
    ["Jane\nDoe", "Jane\tDoe", "Jane\rDoe", "Jane\x00Doe", "Jane\x1bDoe", "Jane\x7fDoe", "A\x85B"],
)
def test_line_refuses_control_characters_inside(value: str) -> None:
    with pytest.raises(ValidationError, match="control characters"):
        fields.clean_line("full_name", value, required=True)


@pytest.mark.parametrize("value", UNICODE_SAMPLES)
def test_line_keeps_unicode_exactly(value: str) -> None:
    assert fields.clean_line("full_name", value, required=True) == value


# --- fields.clean_text -------------------------------------------------------------------------


def test_text_keeps_inner_newlines_and_tabs() -> None:
    body = "Call with Jane:\n\t- owns NRR\n\t- 3 channels\n\nNext: references"
    assert fields.clean_text("note", body, required=True) == body


@pytest.mark.parametrize("value", ["a\x00b", "a\x1bb", "a\x0bb", "a\x0cb", "a\x7fb"])
def test_text_refuses_other_control_characters(value: str) -> None:
    with pytest.raises(ValidationError, match="control characters"):
        fields.clean_text("note", value, required=True)


def test_text_of_100000_characters_is_accepted_and_100001_refused() -> None:
    assert len(fields.clean_text("note", "n" * 100_000, required=True)) == 100_000
    with pytest.raises(ValidationError, match="too long"):
        fields.clean_text("note", "n" * 100_001, required=True)


@pytest.mark.parametrize("value", UNICODE_SAMPLES)
def test_text_keeps_unicode_exactly(value: str) -> None:
    body = f"{value}\n{value}"
    assert fields.clean_text("note", body, required=True) == body


# --- e-mail, URL, dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["jane@example.com", "jane.doe+cro@sub.example.co.uk", "zoë@exämple.de", "a@b.c"],
)
def test_email_accepts_addresses(value: str) -> None:
    assert fields.clean_email("email", value) == value


def test_email_is_optional_and_trimmed() -> None:
    assert fields.clean_email("email", "") == ""
    assert fields.clean_email("email", None) == ""
    assert fields.clean_email("email", "  jane@example.com ") == "jane@example.com"


@pytest.mark.parametrize(
    "value",
    ["jane", "jane@example", "@example.com", "jane@", "jane@@example.com", "jane doe@example.com"],
)
def test_email_refuses_non_addresses(value: str) -> None:
    with pytest.raises(ValidationError, match="not an e-mail address") as error:
        fields.clean_email("email", value)
    assert error.value.field == "email"


@pytest.mark.parametrize(
    "value",
    [
        "https://www.linkedin.com/in/jane-doe",
        "http://example.com",
        "HTTPS://EXAMPLE.COM/path?q=1",
        "https://linkedin.com/in/zoë-ångström",
    ],
)
def test_url_accepts_web_addresses(value: str) -> None:
    assert fields.clean_url("linkedin_url", value) == value


@pytest.mark.parametrize(
    "value",
    ["linkedin.com/in/jane", "ftp://example.com", "https://localhost", "https://", "javascript:x"],
)
def test_url_refuses_non_web_addresses(value: str) -> None:
    with pytest.raises(ValidationError, match="not a web address"):
        fields.clean_url("linkedin_url", value)


def test_url_is_optional() -> None:
    assert fields.clean_url("linkedin_url", "") == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-15", dt.date(2025, 1, 15)),
        (" 2025-01-15 ", dt.date(2025, 1, 15)),
        (dt.date(2025, 1, 15), dt.date(2025, 1, 15)),
        (dt.datetime(2025, 1, 15, 23, 59), dt.date(2025, 1, 15)),
    ],
)
def test_parse_date_accepts_iso_text_dates_and_datetimes(value, expected: dt.date) -> None:
    assert fields.parse_date("start_date", value, required=True) == expected


@pytest.mark.parametrize("value", ["15/01/2025", "2025-02-30", "tomorrow"])
def test_parse_date_refuses_non_dates(value: str) -> None:
    with pytest.raises(ValidationError, match="not a date"):
        fields.parse_date("start_date", value, required=True)


def test_parse_date_required_and_optional_empty() -> None:
    assert fields.parse_date("target_date", "", required=False) is None
    assert fields.parse_date("target_date", None, required=False) is None
    with pytest.raises(ValidationError, match=r"^Start date is required\.$"):
        fields.parse_date("start_date", None, required=True)


# --- SearchDetails -----------------------------------------------------------------------------


def test_search_details_are_cleaned() -> None:
    search = SearchDetails(
        title="  EMEA CRO  ",
        role="cro",
        start_date="2025-01-15",
        company=" Acme ",
        status="On hold",
        target_date="2025-05-15",
    )
    assert search.title == "EMEA CRO"
    assert search.role is Role.CRO
    assert search.company == "Acme"
    assert search.status is SearchStatus.ON_HOLD
    assert search.start_date == START
    assert search.target_date == dt.date(2025, 5, 15)


@pytest.mark.parametrize("title", ["", "   "])
def test_search_needs_a_title(title: str) -> None:
    with pytest.raises(ValidationError) as error:
        SearchDetails(title=title, role=Role.CRO, start_date=START)
    assert error.value.field == "title"


def test_search_title_limit_is_200_characters() -> None:
    assert len(SearchDetails("t" * 200, Role.CRO, START).title) == 200
    with pytest.raises(ValidationError):
        SearchDetails("t" * 201, Role.CRO, START)


def test_search_refuses_a_control_character_in_a_one_line_field() -> None:
    with pytest.raises(ValidationError) as error:
        SearchDetails("CRO", Role.CRO, START, business_unit="EMEA\nAPAC")
    assert error.value.field == "business_unit"


@pytest.mark.parametrize("value", UNICODE_SAMPLES)
def test_search_keeps_unicode_title_and_company_exactly(value: str) -> None:
    search = SearchDetails(value, Role.CSO, START, company=value, hiring_manager=value)
    assert search.title == value
    assert search.company == value
    assert search.hiring_manager == value


def test_search_target_date_before_start_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        SearchDetails("CRO", Role.CRO, START, target_date=START - dt.timedelta(days=1))
    assert error.value.field == "target_date"


def test_search_target_date_on_the_start_date_is_accepted() -> None:
    assert SearchDetails("CRO", Role.CRO, START, target_date=START).target_date == START


def test_search_needs_a_start_date() -> None:
    with pytest.raises(ValidationError) as error:
        SearchDetails("CRO", Role.CRO, None)  # type: ignore[arg-type]
    assert error.value.field == "start_date"


def test_search_defaults_to_active_without_a_target_date() -> None:
    search = SearchDetails("CRO", Role.CRO, START)
    assert search.status is SearchStatus.ACTIVE
    assert search.target_date is None


@pytest.mark.parametrize(
    ("value", "role"),
    [("cro", Role.CRO), ("CRO", Role.CRO), (" Cso ", Role.CSO), (Role.CSO, Role.CSO)],
)
def test_parse_role_accepts_cro_and_cso_in_any_case(value: str, role: Role) -> None:
    assert parse_role(value) is role


@pytest.mark.parametrize("value", ["CEO", "", "C R O", "VP Sales", "cfo"])
def test_parse_role_refuses_other_roles(value: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_role(value)
    assert error.value.field == "role"


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("draft", SearchStatus.DRAFT),
        ("Active", SearchStatus.ACTIVE),
        ("On hold", SearchStatus.ON_HOLD),
        ("on_hold", SearchStatus.ON_HOLD),
        (" FILLED ", SearchStatus.FILLED),
        ("Cancelled", SearchStatus.CANCELLED),
        (SearchStatus.FILLED, SearchStatus.FILLED),
    ],
)
def test_parse_status_accepts_values_and_labels(value: str, status: SearchStatus) -> None:
    assert parse_status(value) is status


@pytest.mark.parametrize("status", list(SearchStatus))
def test_parse_status_round_trips_every_label(status: SearchStatus) -> None:
    assert parse_status(status.label) is status


@pytest.mark.parametrize("value", ["closed", "", "paused", "on-hold"])
def test_parse_status_refuses_unknown_statuses(value: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_status(value)
    assert error.value.field == "status"


def test_default_target_date_is_120_days_after_start() -> None:
    assert default_target_date(START) == dt.date(2025, 5, 15)


@pytest.mark.parametrize(
    ("today", "end", "expected"),
    [
        (START, None, 0),
        (START + dt.timedelta(days=123), None, 123),
        (START - dt.timedelta(days=3), None, 0),
        (START + dt.timedelta(days=300), START + dt.timedelta(days=90), 90),
    ],
)
def test_days_open_counts_to_today_or_the_end(today, end, expected: int) -> None:
    assert days_open(START, today, end) == expected


# --- CandidateDetails --------------------------------------------------------------------------


def test_candidate_details_are_cleaned() -> None:
    candidate = CandidateDetails(
        full_name="  Jane Doe ",
        email=" jane@example.com ",
        linkedin_url="https://www.linkedin.com/in/jane-doe",
        stage="Shortlist",
    )
    assert candidate.full_name == "Jane Doe"
    assert candidate.email == "jane@example.com"
    assert candidate.stage is Stage.SHORTLIST


@pytest.mark.parametrize("name", ["", "  "])
def test_candidate_needs_a_name(name: str) -> None:
    with pytest.raises(ValidationError) as error:
        CandidateDetails(full_name=name)
    assert error.value.field == "full_name"


def test_candidate_name_limit_is_200_characters() -> None:
    assert len(CandidateDetails("n" * 200).full_name) == 200
    with pytest.raises(ValidationError):
        CandidateDetails("n" * 201)


@pytest.mark.parametrize("value", UNICODE_SAMPLES)
def test_candidate_keeps_unicode_exactly(value: str) -> None:
    candidate = CandidateDetails(
        full_name=value, current_title=value, location=value, pay_expectation=value
    )
    assert candidate.full_name == value
    assert candidate.current_title == value
    assert candidate.location == value
    assert candidate.pay_expectation == value


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "jane-at-example.com"),
        ("linkedin_url", "linkedin.com/in/jane"),
        ("stage", "Rejected"),
        ("phone", "+1 555\n0100"),
        ("current_company", "Acme\x00"),
    ],
)
def test_candidate_refuses_bad_field_values(field: str, value: str) -> None:
    with pytest.raises(ValidationError) as error:
        CandidateDetails(full_name="Jane Doe", **{field: value})
    assert error.value.field == field


def test_candidate_defaults_to_identified() -> None:
    assert CandidateDetails("Jane Doe").stage is Stage.IDENTIFIED


# --- NoteDetails -------------------------------------------------------------------------------


def test_note_keeps_newlines_and_tabs() -> None:
    body = "Reference call\n\tManager: 'best forecaster I had'\n\tPeer: slow on hiring"
    assert NoteDetails(body).body == body


@pytest.mark.parametrize("body", ["", "   ", "\n\n"])
def test_note_needs_a_body(body: str) -> None:
    with pytest.raises(ValidationError) as error:
        NoteDetails(body)
    assert error.value.field == "note"


def test_note_body_limit_is_100000_characters() -> None:
    assert len(NoteDetails("b" * 100_000).body) == 100_000
    with pytest.raises(ValidationError, match="too long"):
        NoteDetails("b" * 100_001)


def test_note_refuses_control_characters_other_than_newline_and_tab() -> None:
    with pytest.raises(ValidationError, match="control characters"):
        NoteDetails("Bell\x07 in a note")


@pytest.mark.parametrize("value", UNICODE_SAMPLES)
def test_note_keeps_unicode_exactly(value: str) -> None:
    body = f"{value}\n\t{value}"
    note = NoteDetails(body, author=value)
    assert note.body == body
    assert note.author == value


def test_note_author_is_a_one_line_field() -> None:
    with pytest.raises(ValidationError) as error:
        NoteDetails("Body", author="Ana\nBel")
    assert error.value.field == "author"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("Interview", NoteKind.INTERVIEW),
        (" call ", NoteKind.CALL),
        (NoteKind.EMAIL, NoteKind.EMAIL),
    ],
)
def test_note_kind_is_parsed(kind: str, expected: NoteKind) -> None:
    assert NoteDetails("Body", kind=kind).kind is expected


def test_note_refuses_an_unknown_kind() -> None:
    with pytest.raises(ValidationError) as error:
        NoteDetails("Body", kind="memo")  # type: ignore[arg-type]
    assert error.value.field == "kind"


def test_note_defaults_to_a_plain_note_that_is_not_confidential() -> None:
    note = NoteDetails("Body")
    assert note.kind is NoteKind.NOTE
    assert note.confidential is False
    assert NoteDetails("Body", confidential=1).confidential is True  # type: ignore[arg-type]


@pytest.mark.parametrize("pasted", ["line one\r\nline two", "line one\rline two"])
def test_notes_pasted_with_windows_or_old_mac_line_endings_are_kept_as_plain_lines(pasted):
    assert NoteDetails(pasted).body == "line one\nline two"


def test_a_web_address_with_a_space_in_it_is_refused():
    with pytest.raises(ValidationError):
        CandidateDetails(full_name="Jane", linkedin_url="https://linkedin.com/in/jane doe")
