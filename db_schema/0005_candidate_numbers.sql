-- Version 5: a permanent number for each candidate within its search.
--
-- candidates.number: 1 for the first person added to a search, 2 for the next, and so on. It
-- never changes and is never given to anyone else, even after the person is erased: the
-- anonymised codes ("Candidate C-07") are made from it, so an erase cannot make two people
-- share a code, and a person keeps their code in every report.
--
-- searches.last_candidate_number: the highest number the search has given out, so that erasing
-- its newest candidate does not free their number for the next one.

ALTER TABLE candidates ADD COLUMN number INTEGER
    CHECK (number IS NULL OR (typeof(number) = 'integer' AND number >= 1));
ALTER TABLE searches ADD COLUMN last_candidate_number INTEGER NOT NULL DEFAULT 0
    CHECK (typeof(last_candidate_number) = 'integer' AND last_candidate_number >= 0);

-- People already on file are numbered in the order they were added, which is how their codes
-- were worked out before this version: the codes in earlier reports stay right.
UPDATE candidates SET number = arrival.n
FROM (
    SELECT rowid AS candidate_rowid,
        row_number() OVER (PARTITION BY search_id ORDER BY created_at, rowid) AS n
    FROM candidates
) AS arrival
WHERE candidates.rowid = arrival.candidate_rowid;

UPDATE searches SET last_candidate_number = (
    SELECT coalesce(max(number), 0) FROM candidates WHERE candidates.search_id = searches.id
);

CREATE UNIQUE INDEX candidates_by_number ON candidates (search_id, number);

-- Kept by triggers, so every way a candidate arrives (added in the window, imported from a
-- spreadsheet, a .revsearch file of an older format, the command line) is numbered alike.
-- A candidate arriving without a number gets the next one; the largest number on file counts
-- too, should the counter ever lag behind it.
CREATE TRIGGER candidates_number_on_insert
AFTER INSERT ON candidates
WHEN new.number IS NULL
BEGIN
    UPDATE searches
    SET last_candidate_number = max(
        last_candidate_number,
        (SELECT coalesce(max(number), 0) FROM candidates WHERE search_id = new.search_id)
    ) + 1
    WHERE id = new.search_id;
    UPDATE candidates
    SET number = (SELECT last_candidate_number FROM searches WHERE id = new.search_id)
    WHERE rowid = new.rowid;
END;

-- A candidate arriving with their number (undo and redo putting a captured row back, a
-- .revsearch file of format 3): the counter covers it.
CREATE TRIGGER candidates_number_counted
AFTER INSERT ON candidates
WHEN new.number IS NOT NULL
BEGIN
    UPDATE searches SET last_candidate_number = new.number
    WHERE id = new.search_id AND last_candidate_number < new.number;
END;

-- The counter never goes back: undo puts back a search's row as it was captured, and an older
-- count would hand out again the number of someone erased since.
CREATE TRIGGER searches_candidate_number_never_goes_back
AFTER UPDATE OF last_candidate_number ON searches
WHEN new.last_candidate_number < old.last_candidate_number
BEGIN
    UPDATE searches SET last_candidate_number = old.last_candidate_number WHERE id = new.id;
END;
