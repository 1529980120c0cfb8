"""What the anonymiser takes for a phone number: the ways people in Brazil and the US write one,
with or without a country code; not the other numbers a hiring note is full of (a 30-60-90 day
plan, dates, quarters, amounts, spans of years). And the marks it leaves can be any language's."""

from __future__ import annotations

import pytest

from desktop_app.domain.anonymise import Marks, Scrubber, is_phone, redact_contacts

BRAZIL = [
    "+55 11 91234-5678",
    "+55 (11) 91234-5678",
    "+55 11 3456-7890",
    "+5511912345678",
    "(11) 91234-5678",
    "(11) 3456-7890",
    "(011) 3456-7890",
    "11 91234-5678",
    "11 3456 7890",
    "11912345678",
    "91234-5678",
    "3456-7890",
]
US = [
    "+1 415 555 0100",
    "+1-415-555-0100",
    "+1 (415) 555-0100",
    "1 (415) 555-0100",
    "(415) 555-0100",
    "415-555-0100",
    "415.555.0100",
    "415 555 0100",
    "4155550100",
    "555-0100",  # a local number, without its area code
]
NOT_PHONES = [
    "30-60-90",
    "30-60-90-120",
    "2026-11-28",
    "28/11/2026",
    "Q3 2025",
    "$1,200,000",
    "$1.2M",
    "R$ 1.200.000",
    "R$ 12.000.000",
    "1.200.000.000",
    "2019-2023",
    "FY2025-2026",
    "NRR 117%",
    "ARR from 40M to 115M",
    "rated 4.5/5",
    "v2.10.3",
    "1234567",  # seven digits not written as a local number
]


@pytest.mark.parametrize("number", BRAZIL + US)
def test_brazilian_and_us_phone_numbers_are_taken_out(number):
    assert redact_contacts(f"Call {number} after 6.") == "Call [phone] after 6."
    assert redact_contacts(f"Tel.: {number}") == "Tel.: [phone]"
    assert redact_contacts(f"({number})") in ("([phone])", "[phone])")  # a bracket of its own


@pytest.mark.parametrize("text", NOT_PHONES)
def test_other_numbers_stay(text):
    assert redact_contacts(text) == text
    assert redact_contacts(f"Note: {text}, then more.") == f"Note: {text}, then more."


def test_the_30_60_90_day_plan_survives():
    text = "Wants a 30-60-90 day onboarding plan by 2026-11-28 (Q3 2025 target: $1,200,000)."
    assert redact_contacts(text) == text


def test_a_phone_number_among_other_numbers_goes_alone():
    text = "30-60-90 plan; call +55 11 91234-5678 or 415-555-0100 before 2026-12-01."
    assert redact_contacts(text) == "30-60-90 plan; call [phone] or [phone] before 2026-12-01."


def test_a_phone_number_never_leaves_digits_behind():
    assert redact_contacts("+1 415 555 0100x12") == "[phone]x12"
    assert redact_contacts("Office (020) 7946 0958") == "Office [phone]"


def test_what_counts_as_the_digits_of_a_phone_number():
    assert is_phone("+55 11 91234-5678") and is_phone("3456-7890")
    assert not is_phone("12.000.000")  # an amount, thousands parted by dots
    assert not is_phone("2019-2023")  # years
    assert not is_phone("30-60-90-120")  # short groups and too few digits for an area code
    assert is_phone("+34 612 34 56 78")  # a country code says it is one
    assert not is_phone("1" * 16)  # longer than any phone number


def test_the_marks_can_be_another_language_s():
    marks = Marks(email="[e-mail]", link="[link]", phone="[telefone]", name="[nome]")
    text = "Ana (ana@x.example, linkedin.com/in/ana, +55 11 91234-5678) met Bo Li"
    assert redact_contacts(text, marks) == "Ana ([e-mail], [link], [telefone]) met Bo Li"
    scrub = Scrubber([("Ana Souza", "C-01"), ("Ana Lima", "C-02")], marks=marks)
    assert scrub("Ana called 11 91234-5678") == "[nome] called [telefone]"
    # English by default: what the store writes for good.
    assert Scrubber([("Ana Souza", "C-01"), ("Ana Lima", "C-02")])("Ana") == "[name]"
