"""Builds realistic RevSearch databases for the benchmarks, through the app's own store layer.

    python -m bench.generate --profile normal -o bench/data/normal.sqlite3
    python -m bench.generate --profile huge -o bench/data/huge.sqlite3
    python -m bench.generate --searches 5 --candidates 10 --notes 2 -o /tmp/small.sqlite3

Every row goes in through the store's public functions (create_search, add_candidate, add_note,
set_score, set_step_status, move_candidate), so the data obeys the same rules and triggers (the
find index) as a person's edits. One transaction per search keeps it quick; the same seed gives
the same database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.note import NoteDetails, NoteKind
from desktop_app.domain.pipeline import STAGES, Stage
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails, SearchStatus
from desktop_app.store import candidates, checklist, notes, scores, searches
from desktop_app.store.database import open_database

FIRST = (
    "Ana",
    "Bruno",
    "Carla",
    "Daniel",
    "Elena",
    "Felipe",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Karin",
    "Lucas",
    "Maya",
    "Nadia",
    "Omar",
    "Priya",
    "Rafael",
    "Sofia",
    "Tomás",
    "Yara",
    "Zoë",
    "Aisha",
    "Kenji",
    "Marta",
    "Olumide",
    "Rachel",
    "Diego",
    "Chloé",
    "Björn",
    "Li",
)
LAST = (
    "Almeida",
    "Bello",
    "Carvalho",
    "Dubois",
    "Eriksen",
    "Ferreira",
    "Goldberg",
    "Hoffmann",
    "Ito",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Müller",
    "Nakamura",
    "Okafor",
    "Pereira",
    "Raman",
    "Santos",
    "Tanaka",
    "Usman",
    "Varga",
    "Watanabe",
    "Xu",
    "Yilmaz",
    "Zhang",
    "O'Brien",
    "da Silva",
    "García",
    "Novak",
    "Haddad",
)
COMPANIES = (
    "Cobalt Data",
    "Brightpath",
    "Nordlys",
    "Quanta Cloud",
    "Vectorly",
    "Meridian",
    "Lumio",
    "Corvid Security",
    "Atlas Freight",
    "Northwind",
    "Helix Health",
    "Orbital",
    "Pinecone Labs",
    "Tessellate",
    "Kestrel AI",
    "Blue Harbor",
    "Sable Systems",
)
TITLES = (
    "VP Sales",
    "SVP Global Sales",
    "Chief Revenue Officer",
    "Chief Customer Officer",
    "Head of Growth",
    "VP Revenue",
    "Chief Sales Officer",
    "GM EMEA",
    "VP Commercial",
)
RATERS = ("Helena Carvalho", "Daniel Okafor", "Priya Raman", "Board member", "CFO")
NOTE_TEXTS = (
    "Screening call: clear on owned versus supported results; grew ARR from {a}M to {b}M.",
    "Panel interview: strong on forecasting discipline, lighter on partner strategy.",
    "Reference from a former CEO: 'the best operator I worked with', calm under pressure.",
    "Case presentation on territory design; thoughtful questions about marketing alignment.",
    "Backchannel: left the last role after a reorganisation; no concerns on integrity.",
    "Compensation expectations discussed: base plus {a}% variable, equity negotiable.",
    "Met over coffee; interested if the role includes customer success and renewals.",
)  # fmt: skip


@dataclass(frozen=True)
class Profile:
    searches: int
    candidates: int  # per search
    notes: int  # per candidate
    raters: int  # full scorecards from this many raters
    # Extra searches with this many candidates each, for "open a large search" and reports.
    large_searches: tuple[int, ...] = (200, 1000)


PROFILES = {
    "normal": Profile(searches=20, candidates=40, notes=5, raters=3),
    "huge": Profile(searches=1000, candidates=50, notes=10, raters=3),
}
LARGE_TITLE = "Large search ({n} candidates)"


def generate(db: sqlite_utils.Database, profile: Profile, seed: int = 7) -> None:
    """Fills an empty database; prints progress to stderr."""
    rng = random.Random(seed)
    today = dt.date.today()
    started = time.perf_counter()
    sizes = [profile.candidates] * profile.searches + list(profile.large_searches)
    for index, size in enumerate(sizes):
        large = index >= profile.searches
        title = LARGE_TITLE.format(n=size) if large else None
        with db.atomic():
            _add_search(db, rng, index, size, profile, today, title)
        if index % 50 == 0 or large:
            elapsed = time.perf_counter() - started
            print(f"  {index + 1}/{len(sizes)} searches, {elapsed:.0f} s", file=sys.stderr)


def _add_search(
    db: sqlite_utils.Database,
    rng: random.Random,
    index: int,
    size: int,
    profile: Profile,
    today: dt.date,
    title: str | None,
) -> None:
    role = Role.CRO if index % 3 else Role.CSO
    start = today - dt.timedelta(days=rng.randint(5, 400))
    company = rng.choice(COMPANIES)
    search_id = searches.create_search(
        db,
        SearchDetails(
            title=title or f"{role.value} search {index + 1:04d}",
            role=role,
            start_date=start,
            company=f"{company} {index + 1}",
            hiring_manager=rng.choice(RATERS),
        ),
    )
    # Most searches are active; some are closed or on hold, as in a real portfolio.
    status = rng.choices(
        [SearchStatus.ACTIVE, SearchStatus.ON_HOLD, SearchStatus.FILLED, SearchStatus.CANCELLED],
        weights=[70, 10, 15, 5],
    )[0]
    if status is not SearchStatus.ACTIVE:
        searches.set_status(db, search_id, status)
    for stored in checklist.list_steps(db, search_id):
        due = stored.step.due_date
        if due is not None and due < today and rng.random() < 0.85:
            checklist.set_step_status(db, stored.id, StepStatus.DONE, on=due)
    for _ in range(size):
        _add_candidate(db, rng, search_id, profile)


def _add_candidate(
    db: sqlite_utils.Database, rng: random.Random, search_id: str, profile: Profile
) -> None:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    handle = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
    candidate_id = candidates.add_candidate(
        db,
        search_id,
        CandidateDetails(
            full_name=f"{first} {last}",
            current_title=rng.choice(TITLES),
            current_company=rng.choice(COMPANIES),
            email=f"{handle}{rng.randint(1, 9999)}@example.com",
            source=rng.choice(("research", "referral", "inbound", "search firm")),
        ),
    )
    # Stages thin out along the pipeline, as in a real search.
    reached = min(int(rng.expovariate(0.45)), len(STAGES) - 2)
    for stage in STAGES[1 : reached + 1]:
        candidates.move_candidate(db, candidate_id, Stage(stage))
    for _ in range(profile.notes):
        text = rng.choice(NOTE_TEXTS).format(a=rng.randint(10, 90), b=rng.randint(100, 400))
        notes.add_note(
            db,
            candidate_id,
            NoteDetails(
                text,
                author=rng.choice(RATERS),
                kind=rng.choice(list(NoteKind)),
                confidential=rng.random() < 0.15,
            ),
        )
    level = rng.uniform(2.0, 4.6)
    for rater in RATERS[: profile.raters]:
        for key in COMPETENCY_KEYS:
            score = max(1, min(5, round(rng.gauss(level, 0.7))))
            scores.set_score(db, candidate_id, Rating(key, rater, score))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("-o", "--output", required=True, type=Path, help="the database to write")
    parser.add_argument("--profile", choices=sorted(PROFILES), help="a preset size")
    parser.add_argument("--searches", type=int)
    parser.add_argument("--candidates", type=int, help="per search")
    parser.add_argument("--notes", type=int, help="per candidate")
    parser.add_argument("--raters", type=int, help="full scorecards per candidate")
    parser.add_argument("--large", type=int, nargs="*", help="extra searches of this size")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    base = PROFILES[args.profile] if args.profile else Profile(5, 10, 2, 1, ())
    profile = Profile(
        searches=args.searches if args.searches is not None else base.searches,
        candidates=args.candidates if args.candidates is not None else base.candidates,
        notes=args.notes if args.notes is not None else base.notes,
        raters=args.raters if args.raters is not None else base.raters,
        large_searches=tuple(args.large) if args.large is not None else base.large_searches,
    )
    if args.output.exists():
        parser.error(f"{args.output} exists; remove it first")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(args.output)
    try:
        generate(db, profile, args.seed)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    print(f"Wrote {args.output} ({args.output.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
