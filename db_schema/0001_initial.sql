-- RevSearch schema, version 1: searches, their checklists, candidates, notes, scores and the
-- role diagnostic. Ids are UUID text; times are UTC ISO-8601 text; dates are YYYY-MM-DD.
-- CHECK constraints are the last line of defence: the domain layer rejects bad values first
-- with a message a person can act on. date(x, '+0 days') normalises a date, so an impossible
-- one such as 2026-02-30 fails the date checks.

CREATE TABLE searches (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    code_name TEXT NOT NULL DEFAULT '' CHECK (length(code_name) <= 200),
    role TEXT NOT NULL CHECK (role IN ('CRO', 'CSO')),
    company TEXT NOT NULL DEFAULT '' CHECK (length(company) <= 200),
    business_unit TEXT NOT NULL DEFAULT '' CHECK (length(business_unit) <= 200),
    hiring_manager TEXT NOT NULL DEFAULT '' CHECK (length(hiring_manager) <= 200),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('draft', 'active', 'on_hold', 'filled', 'cancelled')),
    start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
    target_date TEXT CHECK (target_date IS NULL OR date(target_date, '+0 days') IS target_date),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    language TEXT NOT NULL DEFAULT 'en',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE checklist_steps (
    id TEXT PRIMARY KEY NOT NULL,
    search_id TEXT NOT NULL REFERENCES searches (id) ON DELETE CASCADE,
    phase TEXT NOT NULL CHECK (phase IN ('need', 'specification', 'research', 'screening',
        'interviews', 'diligence', 'offer', 'transition')),
    position INTEGER NOT NULL CHECK (position >= 1),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    day_offset INTEGER CHECK (day_offset IS NULL OR day_offset >= 0),
    due_date TEXT CHECK (due_date IS NULL OR date(due_date, '+0 days') IS due_date),
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'done', 'skipped')),
    completed_date TEXT
        CHECK (completed_date IS NULL OR date(completed_date, '+0 days') IS completed_date),
    note TEXT NOT NULL DEFAULT '',
    template_key TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- A done step always says when; an open or skipped one never does.
    CHECK ((status = 'done') = (completed_date IS NOT NULL))
);

CREATE TABLE candidates (
    id TEXT PRIMARY KEY NOT NULL,
    search_id TEXT NOT NULL REFERENCES searches (id) ON DELETE CASCADE,
    full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    current_title TEXT NOT NULL DEFAULT '' CHECK (length(current_title) <= 200),
    current_company TEXT NOT NULL DEFAULT '' CHECK (length(current_company) <= 200),
    location TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
    email TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 200),
    phone TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 200),
    linkedin_url TEXT NOT NULL DEFAULT '' CHECK (length(linkedin_url) <= 2000),
    source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 200),
    pay_expectation TEXT NOT NULL DEFAULT '' CHECK (length(pay_expectation) <= 200),
    stage TEXT NOT NULL DEFAULT 'identified' CHECK (stage IN ('identified', 'contacted',
        'interested', 'screened', 'longlist', 'shortlist', 'interviewing', 'finalist', 'offer',
        'hired')),
    exit_state TEXT CHECK (exit_state IS NULL OR exit_state IN ('declined', 'withdrawn',
        'not_progressed', 'offer_declined', 'on_hold')),
    exit_reason TEXT CHECK (length(exit_reason) <= 2000),
    exit_stage TEXT CHECK (exit_stage IS NULL OR exit_stage IN ('identified', 'contacted',
        'interested', 'screened', 'longlist', 'shortlist', 'interviewing', 'finalist', 'offer')),
    exit_date TEXT CHECK (exit_date IS NULL OR date(exit_date, '+0 days') IS exit_date),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- An end state is recorded whole (reason, stage and date) or not at all.
    CHECK ((exit_state IS NULL) = (exit_reason IS NULL)
       AND (exit_state IS NULL) = (exit_stage IS NULL)
       AND (exit_state IS NULL) = (exit_date IS NULL))
);

-- Every move through the pipeline, for time in stage and the candidate's history.
CREATE TABLE stage_history (
    id TEXT PRIMARY KEY NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN ('identified', 'contacted', 'interested', 'screened',
        'longlist', 'shortlist', 'interviewing', 'finalist', 'offer', 'hired')),
    exit_state TEXT CHECK (exit_state IS NULL OR exit_state IN ('declined', 'withdrawn',
        'not_progressed', 'offer_declined', 'on_hold')),
    at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 2000)
);

CREATE TABLE notes (
    id TEXT PRIMARY KEY NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '' CHECK (length(author) <= 200),
    kind TEXT NOT NULL DEFAULT 'note'
        CHECK (kind IN ('note', 'call', 'interview', 'reference', 'email')),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 100000)
);

CREATE TABLE scores (
    id TEXT PRIMARY KEY NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    competency TEXT NOT NULL
        CHECK (competency IN ('S1', 'S2', 'S3', 'S4', 'E1', 'E2', 'E3', 'E4', 'B1', 'B2')),
    rater TEXT NOT NULL CHECK (length(rater) BETWEEN 1 AND 200),
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    evidence TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (candidate_id, competency, rater)
);

CREATE TABLE diagnostic_answers (
    search_id TEXT NOT NULL REFERENCES searches (id) ON DELETE CASCADE,
    question TEXT NOT NULL CHECK (question IN ('C1', 'C2', 'C3', 'C4', 'G1', 'G2', 'G3', 'G4',
        'P1', 'P2', 'F1', 'F2')),
    answer INTEGER NOT NULL CHECK (answer BETWEEN 0 AND 2
        AND (question NOT IN ('F1', 'F2') OR answer IN (0, 1))),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (search_id, question)
);
