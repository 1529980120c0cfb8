"""Sample searches for `revsearch demo` and "Explore with sample data": three fictional searches
(two CRO, one CSO nearly finished) with 27 candidates, notes, scores and diagnostics.

Everything goes through the store's public functions, so the sample obeys the same rules as a
person's edits. Dates are relative to today, so the sample always looks current. Ids are fixed,
so adding the sample twice is noticed instead of duplicating it.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field

import sqlite_utils

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.checklist import StepStatus
from desktop_app.domain.competencies import COMPETENCY_KEYS
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.pipeline import STAGES, Exit, Stage
from desktop_app.domain.scorecard import Rating
from desktop_app.domain.search import Role, SearchDetails
from desktop_app.store import candidates, checklist, diagnostics, notes, scores, searches

_NAMESPACE = uuid.UUID("6f1c8a52-3c1e-4f7e-9a57-2b0d52a1c0de")


@dataclass(frozen=True)
class SampleNote:
    day: int  # days after the search started
    author: str
    kind: str
    body: str
    confidential: bool = False


@dataclass(frozen=True)
class SampleCandidate:
    name: str
    title: str
    company: str
    location: str
    source: str
    added_day: int
    stage: Stage
    stage_day: int  # the day they reached `stage`
    profile: str = ""  # true scores S1-S4 E1-E4 B1-B2, e.g. "5544 3343 44"; 0 = unscored
    raters: tuple[str, ...] = ()
    exit: Exit | None = None
    exit_day: int = 0
    exit_reason: str = ""
    pay: str = ""
    notes: tuple[SampleNote, ...] = ()
    evidence: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SampleSearch:
    key: str
    details_for: object  # callable(start) -> SearchDetails
    days_ago: int  # how long ago it started
    open_steps: tuple[str, ...]  # template keys still open among those already due
    skipped_steps: tuple[str, ...]
    answers: dict[str, int]
    people: tuple[SampleCandidate, ...]


def add_sample_data(db: sqlite_utils.Database, *, today: dt.date | None = None) -> list[str]:
    """Adds the sample searches that are not there yet; returns the titles added."""
    today = today or dt.date.today()
    added = []
    for sample in SAMPLES:
        search_id = str(uuid.uuid5(_NAMESPACE, sample.key))
        if db["searches"].count_where("id = ?", [search_id]):
            continue
        start = today - dt.timedelta(days=sample.days_ago)
        details: SearchDetails = sample.details_for(start)  # type: ignore[operator]
        with db.atomic():
            searches.create_search(db, details, search_id=search_id)
            _work_the_checklist(db, search_id, sample, start, today)
            diagnostics.save_answers(db, search_id, sample.answers)
            for person in sample.people:
                _add_person(db, search_id, sample.key, person, start)
        added.append(details.title)
    return added


def _work_the_checklist(
    db: sqlite_utils.Database, search_id: str, sample: SampleSearch, start: dt.date, today: dt.date
) -> None:
    for stored in checklist.list_steps(db, search_id):
        step = stored.step
        if step.template_key in sample.skipped_steps:
            checklist.set_step_status(db, stored.id, StepStatus.SKIPPED)
        elif (
            step.due_date and step.due_date <= today and step.template_key not in sample.open_steps
        ):
            # Most steps are finished a day or two either side of their due date.
            slack = random.Random(f"{sample.key}/{step.template_key}").randint(-2, 2)
            done_on = min(today, max(start, step.due_date + dt.timedelta(days=slack)))
            checklist.set_step_status(db, stored.id, StepStatus.DONE, on=done_on)


def _add_person(
    db: sqlite_utils.Database, search_id: str, key: str, person: SampleCandidate, start: dt.date
) -> None:
    def moment(day: int) -> dt.datetime:
        return dt.datetime.combine(start + dt.timedelta(days=day), dt.time(10, 0), dt.UTC)

    candidate_id = candidates.add_candidate(
        db,
        search_id,
        CandidateDetails(
            full_name=person.name,
            current_title=person.title,
            current_company=person.company,
            location=person.location,
            email=_email(person.name, person.company),
            linkedin_url="https://www.linkedin.com/in/" + _slug(person.name),
            source=person.source,
            pay_expectation=person.pay,
        ),
        at=moment(person.added_day),
        candidate_id=str(uuid.uuid5(_NAMESPACE, f"{key}/{person.name}")),
    )
    # Walk the pipeline one stage at a time so the history reads as it happened.
    path = list(STAGES[1 : STAGES.index(person.stage) + 1])
    for index, stage in enumerate(path, start=1):
        day = person.added_day + round((person.stage_day - person.added_day) * index / len(path))
        candidates.move_candidate(db, candidate_id, stage, at=moment(day))
    if person.exit:
        candidates.exit_candidate(
            db, candidate_id, person.exit, person.exit_reason, at=moment(person.exit_day)
        )
    for note in person.notes:
        notes.add_note(
            db,
            candidate_id,
            NoteDetails(note.body, note.author, note.kind, note.confidential),
            at=moment(note.day) + dt.timedelta(hours=note.day % 7),
        )
    if person.profile:
        true_scores = [int(ch) for ch in person.profile.replace(" ", "")]
        for rater in person.raters:
            noise = random.Random(f"{person.name}/{rater}")
            for competency, truth in zip(COMPETENCY_KEYS, true_scores, strict=True):
                if not truth:
                    continue  # 0 in a profile: not scored yet
                # Raters mostly agree; sometimes one sees a point more or less.
                score = min(5, max(1, truth + noise.choice((0, 0, 0, 0, 0, 1, -1))))
                scores.set_score(
                    db,
                    candidate_id,
                    Rating(competency, rater, score, person.evidence.get(competency, "")),
                )


def _slug(name: str) -> str:
    return "-".join(name.lower().split())


def _email(name: str, company: str) -> str:
    first = name.split()[0].lower()
    domain = "".join(ch for ch in company.lower() if ch.isalnum()) or "example"
    return f"{first}@{domain}.example"


_HC, _DO, _PR = "Helena Carvalho", "Daniel Okafor", "Priya Raman"
_RM, _SK = "Rafael Mendes", "Sara Klein"
_MO, _JL, _AN = "Marcos Oliveira", "Julia Lemos", "André Nunes"

SAMPLES: tuple[SampleSearch, ...] = (
    SampleSearch(
        key="northwind-cro",
        details_for=lambda start: SearchDetails(
            title="Chief Revenue Officer",
            code_name="Project Lighthouse",
            role=Role.CRO,
            company="Northwind Analytics",
            business_unit="Group",
            hiring_manager=_HC + " (CEO)",
            start_date=start,
            target_date=start + dt.timedelta(days=130),
        ),
        days_ago=104,
        open_steps=("need.prebrief", "diligence.covenants"),
        skipped_steps=("interviews.assessment",),
        answers={
            "C1": 2,
            "C2": 2,
            "C3": 1,
            "C4": 2,
            "G1": 1,
            "G2": 2,
            "G3": 1,
            "G4": 2,
            "P1": 2,
            "P2": 2,
            "F1": 1,
            "F2": 0,
        },
        people=(
            SampleCandidate(
                "Mariana Duarte",
                "Chief Revenue Officer",
                "Cobalt Data",
                "São Paulo, Brazil",
                "Search firm",
                20,
                Stage.OFFER,
                103,
                "5554 4434 54",
                (_HC, _DO, _PR),
                pay="USD 380k base + 100% variable, 0.6% equity",
                evidence={
                    "S1": "Built Cobalt's three-year plan; launched the usage-based tier (18% of "
                    "new ARR in year one).",
                    "S4": "Took over customer success in 2023; NRR from 104% to 117%.",
                },
                notes=(
                    SampleNote(
                        48,
                        _PR,
                        "interview",
                        "Screening: clear on owned vs supported "
                        "results. Grew ARR from 40M to 115M across three channels.",
                    ),
                    SampleNote(
                        62,
                        _HC,
                        "interview",
                        "Deep dive went well. Strongest on "
                        "multi-channel planning; lighter on territory design.",
                    ),
                    SampleNote(
                        93,
                        _DO,
                        "reference",
                        "Backchannel via former CFO: 'the person "
                        "who got marketing and sales onto one number'.",
                        True,
                    ),
                    SampleNote(
                        103,
                        _HC,
                        "call",
                        "Offer sent. She asked for a 60-day notice "
                        "period and a sign-on to cover unvested equity.",
                        True,
                    ),
                ),
            ),
            SampleCandidate(
                "Thomas Reinholt",
                "SVP Global Sales",
                "Vectorly",
                "Munich, Germany",
                "Research",
                22,
                Stage.FINALIST,
                86,
                "2133 5545 43",
                (_HC, _DO, _PR),
                pay="EUR 300k base + 80% variable",
                evidence={"S2": "Only ever ran a single direct-sales motion for one product."},
                notes=(
                    SampleNote(
                        50,
                        _PR,
                        "interview",
                        "Superb deal discipline; every forecast within 5% for eight quarters.",
                    ),
                    SampleNote(
                        80,
                        _DO,
                        "interview",
                        "Case: strong territory plan, thin on "
                        "partners and customer success. Talks bookings, not NRR.",
                    ),
                    SampleNote(
                        88,
                        _HC,
                        "note",
                        "Committee split: great VP Sales profile; the flag for a CRO seat is real.",
                    ),
                ),
            ),
            SampleCandidate(
                "Aisha Bello",
                "Chief Customer Officer",
                "Brightpath",
                "London, UK",
                "Referral",
                25,
                Stage.INTERVIEWING,
                66,
                "4453 3334 43",
                (_HC, _DO),
                evidence={"E2": "Forecast accuracy claims not yet verified."},
                notes=(
                    SampleNote(
                        56,
                        _PR,
                        "interview",
                        "Runs CS and marketing today; has not "
                        "carried a new-logo number since 2019.",
                    ),
                    SampleNote(
                        71,
                        _DO,
                        "interview",
                        "Panel disagreed on forecasting depth; ask references specifically.",
                    ),
                ),
            ),
            SampleCandidate(
                "Lucas Ferreira",
                "VP Revenue",
                "Quanta Cloud",
                "Lisbon, Portugal",
                "Inbound",
                30,
                Stage.INTERVIEWING,
                70,
                "4334 4000 00",
                (_PR,),
                notes=(
                    SampleNote(
                        72,
                        _PR,
                        "interview",
                        "Panel round 1 only; scoring incomplete until the case presentation.",
                    ),
                ),
            ),
            SampleCandidate(
                "Sofia Lindqvist",
                "Head of Growth",
                "Nordlys",
                "Stockholm, Sweden",
                "Research",
                28,
                Stage.SHORTLIST,
                54,
                "4343 3333 34",
                (_PR, _DO),
            ),
            SampleCandidate(
                "Kenji Watanabe",
                "VP Sales APAC",
                "Meridian Systems",
                "Singapore",
                "Research",
                30,
                Stage.LONGLIST,
                43,
            ),
            SampleCandidate(
                "Claire Dubois",
                "VP Marketing & Revenue",
                "Lumio",
                "Paris, France",
                "Search firm",
                35,
                Stage.SCREENED,
                47,
            ),
            SampleCandidate(
                "Olumide Adeyemi",
                "VP Sales",
                "Corvid Security",
                "Lagos, Nigeria",
                "Research",
                90,
                Stage.CONTACTED,
                96,
            ),
            SampleCandidate(
                "Rachel Goldberg",
                "Chief Revenue Officer",
                "Fieldstone",
                "New York, USA",
                "Search firm",
                24,
                Stage.SHORTLIST,
                52,
                "3333 4433 33",
                (_PR, _HC),
                exit=Exit.NOT_PROGRESSED,
                exit_day=56,
                exit_reason="Committee preferred candidates with multi-channel experience.",
            ),
            SampleCandidate(
                "Diego Alvarez",
                "SVP Sales",
                "Paloma Systems",
                "Madrid, Spain",
                "Referral",
                26,
                Stage.INTERVIEWING,
                61,
                "3443 4444 33",
                (_HC, _PR),
                exit=Exit.WITHDRAWN,
                exit_day=74,
                exit_reason="Accepted a counter-offer from his current employer.",
                notes=(
                    SampleNote(
                        74, _PR, "call", "Withdrew: counter-offer including a board seat.", True
                    ),
                ),
            ),
            SampleCandidate(
                "Hannah Kowalski",
                "GM North America",
                "Tessellate",
                "Toronto, Canada",
                "Research",
                29,
                Stage.CONTACTED,
                33,
                exit=Exit.DECLINED,
                exit_day=36,
                exit_reason="Not open to a move this year.",
            ),
        ),
    ),
    SampleSearch(
        key="lumen-emea-cro",
        details_for=lambda start: SearchDetails(
            title="Chief Revenue Officer, EMEA",
            role=Role.CRO,
            company="Lumen Health",
            business_unit="EMEA",
            hiring_manager=_RM + " (President EMEA)",
            start_date=start,
            target_date=start + dt.timedelta(days=150),
        ),
        days_ago=31,
        open_steps=("research.mapping",),
        skipped_steps=(),
        answers={
            "C1": 1,
            "C2": 2,
            "C3": 2,
            "C4": 1,
            "G1": 2,
            "G2": 1,
            "G3": 1,
            "G4": 0,
            "P1": 1,
            "P2": 2,
            "F1": 0,
            "F2": 0,
        },
        people=(
            SampleCandidate(
                "Isabel Moreau",
                "VP Commercial",
                "Santé Digitale",
                "Lyon, France",
                "Research",
                27,
                Stage.IDENTIFIED,
                27,
            ),
            SampleCandidate(
                "Jonas Becker",
                "Head of Sales DACH",
                "MediCore",
                "Berlin, Germany",
                "Research",
                28,
                Stage.IDENTIFIED,
                28,
            ),
            SampleCandidate(
                "Elena Petrova",
                "CRO",
                "Vitalis",
                "Amsterdam, Netherlands",
                "Referral",
                24,
                Stage.CONTACTED,
                29,
            ),
            SampleCandidate(
                "Samuel Mensah",
                "SVP Revenue EMEA",
                "CareGrid",
                "London, UK",
                "Search firm",
                22,
                Stage.INTERESTED,
                28,
                notes=(
                    SampleNote(
                        28,
                        _SK,
                        "call",
                        "Interested; wants to understand how much of marketing would report in.",
                    ),
                ),
            ),
            SampleCandidate(
                "Beatriz Santos",
                "Chief Commercial Officer",
                "Saúde+",
                "Porto, Portugal",
                "Referral",
                20,
                Stage.SCREENED,
                30,
                "4544 3000 00",
                (_SK,),
                pay="EUR 260k base + 60% variable",
                notes=(
                    SampleNote(
                        30,
                        _SK,
                        "interview",
                        "Screening: built partner and marketplace "
                        "channels from zero in three countries.",
                    ),
                    SampleNote(
                        30,
                        _SK,
                        "note",
                        "Currently in a non-compete until March; check with HR.",
                        True,
                    ),
                ),
            ),
            SampleCandidate(
                "Ahmed Karim",
                "VP Sales",
                "NovaMed",
                "Dubai, UAE",
                "Research",
                21,
                Stage.INTERESTED,
                26,
                exit=Exit.ON_HOLD,
                exit_day=29,
                exit_reason="Waiting until his Q4 bonus vests.",
            ),
            SampleCandidate(
                "Fiona Gallagher",
                "VP Growth",
                "Helix Labs",
                "Dublin, Ireland",
                "Inbound",
                25,
                Stage.INTERESTED,
                30,
            ),
        ),
    ),
    SampleSearch(
        key="atlas-cso",
        details_for=lambda start: SearchDetails(
            title="Chief Sales Officer",
            role=Role.CSO,
            company="Atlas Freight Software",
            business_unit="Mid-market",
            hiring_manager=_MO + " (CEO)",
            start_date=start,
            target_date=start + dt.timedelta(days=120),
        ),
        days_ago=118,
        open_steps=(),
        skipped_steps=("interviews.assessment",),
        answers={
            "C1": 0,
            "C2": 0,
            "C3": 1,
            "C4": 0,
            "G1": 1,
            "G2": 0,
            "G3": 1,
            "G4": 0,
            "P1": 0,
            "P2": 0,
            "F1": 0,
            "F2": 1,
        },
        people=(
            SampleCandidate(
                "Rodrigo Almeida",
                "VP Sales",
                "RotaLog",
                "Curitiba, Brazil",
                "Search firm",
                18,
                Stage.HIRED,
                114,
                "3333 5454 45",
                (_MO, _JL, _AN),
                pay="BRL 1.4M base + 100% variable",
                evidence={
                    "E2": "Nine of the last ten quarters above 100% of quota; "
                    "confirmed by two former CFOs."
                },
                notes=(
                    SampleNote(
                        60,
                        _JL,
                        "interview",
                        "Live deal review: took apart a stalled "
                        "deal in 20 minutes and named the real decision-maker.",
                    ),
                    SampleNote(
                        76,
                        _AN,
                        "interview",
                        "Forecast call: asked the right three questions of every commit deal.",
                    ),
                    SampleNote(
                        112,
                        _MO,
                        "call",
                        "Accepted. Start date in five weeks; relocation from Curitiba covered.",
                        True,
                    ),
                ),
            ),
            SampleCandidate(
                "Natalie Brooks",
                "Head of Sales",
                "FleetWise",
                "Austin, USA",
                "Research",
                20,
                Stage.OFFER,
                104,
                "3344 5445 44",
                (_MO, _JL, _AN),
                exit=Exit.OFFER_DECLINED,
                exit_day=109,
                exit_reason="Relocation was not possible for her family.",
                notes=(
                    SampleNote(
                        109,
                        _MO,
                        "call",
                        "Declined: family cannot move this "
                        "year. Would consider a US-based role later.",
                        True,
                    ),
                ),
            ),
            SampleCandidate(
                "Victor Chen",
                "VP Strategy & Revenue",
                "CargoMind",
                "Vancouver, Canada",
                "Referral",
                22,
                Stage.FINALIST,
                86,
                "5454 2323 44",
                (_MO, _JL, _AN),
                exit=Exit.NOT_PROGRESSED,
                exit_day=95,
                exit_reason="Strategy-heavy; execution record thinner than the seat needs.",
            ),
            SampleCandidate(
                "Camila Rocha",
                "Sales Director",
                "TransLatam",
                "São Paulo, Brazil",
                "Research",
                23,
                Stage.FINALIST,
                86,
                "3333 4444 34",
                (_MO, _JL),
                exit=Exit.NOT_PROGRESSED,
                exit_day=115,
                exit_reason="Closed personally by the CEO after the hire.",
            ),
            SampleCandidate(
                "Grant Whitfield",
                "Regional VP Sales",
                "Shipstack",
                "Chicago, USA",
                "Inbound",
                25,
                Stage.INTERVIEWING,
                66,
                "3333 3233 33",
                (_JL, _AN),
                exit=Exit.NOT_PROGRESSED,
                exit_day=80,
                exit_reason="Forecast record did not hold up in the deal review.",
                evidence={"E2": "Missed forecast by 20%+ in three of the last four quarters."},
            ),
            SampleCandidate(
                "Paula Nogueira",
                "Sales Director",
                "Frete Rápido",
                "Recife, Brazil",
                "Referral",
                24,
                Stage.SHORTLIST,
                52,
                exit=Exit.WITHDRAWN,
                exit_day=58,
                exit_reason="Promoted internally.",
            ),
            SampleCandidate(
                "Tom Eriksen",
                "Head of Inside Sales",
                "Nordic Haul",
                "Oslo, Norway",
                "Research",
                26,
                Stage.SHORTLIST,
                52,
                exit=Exit.ON_HOLD,
                exit_day=56,
                exit_reason="Kept warm as a future VP Sales.",
            ),
            SampleCandidate(
                "Leila Haddad",
                "Sales Manager",
                "Routely",
                "Montreal, Canada",
                "Research",
                27,
                Stage.LONGLIST,
                42,
                exit=Exit.NOT_PROGRESSED,
                exit_day=44,
                exit_reason="Not yet ready for a C-level seat.",
            ),
            SampleCandidate(
                "Martin Hughes",
                "VP Sales",
                "HaulPro",
                "Denver, USA",
                "Research",
                26,
                Stage.IDENTIFIED,
                26,
                exit=Exit.DECLINED,
                exit_day=31,
                exit_reason="Did not reply to three approaches.",
            ),
        ),
    ),
)
