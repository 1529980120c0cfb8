"""Raters' 1-5 scores of a candidate's competencies, one per rater and competency."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import sqlite_utils

from desktop_app.domain.fields import trusted
from desktop_app.domain.scorecard import Rating, ScoreCard, score_card, score_card_of_scores
from desktop_app.domain.search import Role
from desktop_app.store.errors import NotFound
from desktop_app.store.records import new_id, timestamp


def set_score(db: sqlite_utils.Database, candidate_id: str, rating: Rating) -> None:
    """Records a rater's score; a second score by the same rater replaces the first."""
    if not db["candidates"].count_where("id = ?", [candidate_id]):
        raise NotFound("candidate", candidate_id)
    now = timestamp()
    with db.atomic():
        db.execute(
            """
            INSERT INTO scores (id, candidate_id, competency, rater, score, evidence, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (candidate_id, competency, rater)
            DO UPDATE SET score = excluded.score, evidence = excluded.evidence,
                          updated_at = excluded.updated_at
            """,
            [
                new_id(),
                candidate_id,
                rating.competency,
                rating.rater,
                rating.score,
                rating.evidence,
                now,
            ],
        )


def remove_score(db: sqlite_utils.Database, candidate_id: str, competency: str, rater: str) -> None:
    with db.atomic():
        db.execute(
            "DELETE FROM scores WHERE candidate_id = ? AND competency = ? AND rater = ?",
            [candidate_id, competency, rater],
        )


def ratings(db: sqlite_utils.Database, candidate_id: str) -> list[Rating]:
    rows = db.query(
        "SELECT competency, rater, score, evidence FROM scores WHERE candidate_id = ? "
        "ORDER BY competency, rater",
        [candidate_id],
    )
    return [_stored_rating(r) for r in rows]


def ratings_of_search(db: sqlite_utils.Database, search_id: str) -> dict[str, list[Rating]]:
    """Every candidate's ratings in a search, in one query."""
    grouped: dict[str, list[Rating]] = {}
    # Plain tuples rather than sqlite-utils' dicts: a large search has tens of thousands.
    rows = db.execute(
        "SELECT s.candidate_id, s.competency, s.rater, s.score, s.evidence FROM scores s "
        "JOIN candidates c ON c.id = s.candidate_id WHERE c.search_id = ?",
        [search_id],
    )
    for candidate_id, competency, rater, score, evidence in rows:
        grouped.setdefault(candidate_id, []).append(
            trusted(Rating, competency=competency, rater=rater, score=score, evidence=evidence)
        )
    return grouped


class ScoreCards(Mapping[str, ScoreCard]):
    """A search's scorecards by candidate id, each worked out the first time it is asked for:
    a table of a thousand candidates shows some thirty at a time, and sorting by stage or name
    needs none of them."""

    def __init__(self, role: Role, scored: dict[str, str]) -> None:
        self.role = role
        self._scored = scored  # candidate id -> "S1:4,S1:5,E2:3" ("" when unscored)
        self._cards: dict[str, ScoreCard] = {}

    def __getitem__(self, candidate_id: str) -> ScoreCard:
        card = self._cards.get(candidate_id)
        if card is None:
            card = _card_of(self.role, self._scored[candidate_id])
            self._cards[candidate_id] = card
        return card

    def __iter__(self) -> Iterator[str]:
        return iter(self._scored)

    def __len__(self) -> int:
        return len(self._scored)

    def card_of(self, candidate_id: str) -> ScoreCard:
        """The candidate's card; an unscored one for a candidate these cards do not know."""
        return self[candidate_id] if candidate_id in self._scored else _card_of(self.role, "")

    def update(self, fresh: ScoreCards, gone: str | None = None) -> None:
        """Takes in cards read again (after an edit to one candidate); `gone`, a candidate no
        longer there."""
        if gone is not None:
            self._scored.pop(gone, None)
            self._cards.pop(gone, None)
        for candidate_id, scored in fresh._scored.items():
            self._scored[candidate_id] = scored
            self._cards.pop(candidate_id, None)


def score_cards_of_search(
    db: sqlite_utils.Database, search_id: str, role: Role, only: str | None = None
) -> ScoreCards:
    """Every candidate's scorecard in a search (or only that candidate's), unscored ones too.

    Opening a search of a thousand candidates reads some 30,000 ratings. SQLite hands each
    candidate's scores over as one string ("S1:4,S1:5,E2:3"), read from the index that holds
    them (0007_faster_reads.sql): a Python object per rating took longer than everything else
    in opening the search.
    """
    where, values = ("c.id = ? AND c.search_id = ?", [only, search_id]) if only else (
        "c.search_id = ?", [search_id]
    )  # fmt: skip
    rows = db.execute(
        "SELECT c.id, group_concat(s.competency || ':' || s.score, ',') FROM candidates c "
        f"LEFT JOIN scores s ON s.candidate_id = c.id WHERE {where} GROUP BY c.id",
        values,
    )
    return ScoreCards(role, {candidate_id: scored or "" for candidate_id, scored in rows})


def _card_of(role: Role, scored: str) -> ScoreCard:
    by_competency: dict[str, list[int]] = {}
    for pair in scored.split(",") if scored else ():
        competency, _, score = pair.partition(":")
        by_competency.setdefault(competency, []).append(int(score))
    return score_card_of_scores(role, by_competency)


def candidate_score_card(db: sqlite_utils.Database, candidate_id: str, role: Role) -> ScoreCard:
    return score_card(role, ratings(db, candidate_id))


def raters(all_ratings: Iterable[Rating]) -> list[str]:
    return sorted({r.rater for r in all_ratings})


def _stored_rating(row: dict) -> Rating:
    # Checked when it was written; reading it back need not check it again.
    return trusted(
        Rating,
        competency=row["competency"],
        rater=row["rater"],
        score=row["score"],
        evidence=row["evidence"],
    )
