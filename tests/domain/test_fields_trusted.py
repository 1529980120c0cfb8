"""Records read back from the database skip the checks they passed when stored, and come out
equal to the checked ones."""

from __future__ import annotations

import pytest

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.fields import trusted
from desktop_app.domain.scorecard import Rating


def test_a_trusted_record_equals_the_checked_one():
    checked = Rating("S1", "Ana", 4, "Grew ARR")
    assert trusted(Rating, competency="S1", rater="Ana", score=4, evidence="Grew ARR") == checked
    details = CandidateDetails(full_name="João Gonçalves", email="j@example.com")
    again = trusted(CandidateDetails, full_name="João Gonçalves", email="j@example.com")
    assert again == details  # fields left out take their defaults


def test_a_missing_required_value_is_a_bug_not_a_half_record():
    with pytest.raises(TypeError, match="full_name"):
        trusted(CandidateDetails, email="j@example.com")
