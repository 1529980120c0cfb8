"""ValidationError keeps its template and values, so the labels layer can translate it, and
reads in English exactly as before."""

from __future__ import annotations

import pytest

from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.pipeline import Exit, Stage, check_exit, check_move
from desktop_app.domain.scorecard import Rating


def test_a_template_is_filled_in_english_and_kept_with_its_values():
    exc = ValidationError("score", "A score is from 1 to 5, not {score}.", score=7)
    assert (exc.field, exc.message, str(exc)) == (
        "score",
        "A score is from 1 to 5, not 7.",
        exc.message,
    )
    assert (exc.template, exc.values) == ("A score is from 1 to 5, not {score}.", {"score": 7})


def test_a_plain_message_needs_no_values_and_its_braces_stay():
    exc = ValidationError("x", "Use {braces} as typed.")
    assert exc.message == exc.template == "Use {braces} as typed."
    assert exc.values == {}


def test_stages_and_end_states_read_by_their_labels():
    with pytest.raises(ValidationError) as raised:
        check_move(Stage.OFFER, Stage.OFFER)
    assert raised.value.message == "The candidate is already at Offer."
    assert raised.value.values == {"stage": Stage.OFFER}
    with pytest.raises(ValidationError) as raised:
        check_exit(Stage.SCREENED, Exit.DECLINED, "why")
    assert raised.value.message == "'Declined' is possible only from: Identified, Contacted."


def test_a_repr_placeholder_reads_as_before():
    with pytest.raises(ValidationError) as raised:
        Rating(competency=COMPETENCY_KEYS[0], rater="Ana", score="4")  # type: ignore[arg-type]
    assert raised.value.message == "A score is a whole number from 1 to 5, not '4'."
