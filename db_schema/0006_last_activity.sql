-- Version 6: when someone last worked on a search, kept as they work.
--
-- searches.last_activity: the latest ticked step (its completed date, YYYY-MM-DD), stage move,
-- note, score or diagnostic answer (UTC ISO-8601 times) of the search. The dashboard calls a
-- search "stalled" from it. It used to be worked out on every read by scanning every note and
-- score in the file, which took seconds on a large database at each start; now the triggers
-- below move it forward as rows are written, and reading it is one column.
--
-- It only moves forward: deleting a note, or undoing an edit, is work on the search as well.
-- Dates and times compare as text because both start with the date; the store reads a value of
-- ten characters as a date and a longer one as a time.

ALTER TABLE searches ADD COLUMN last_activity TEXT;

UPDATE searches SET last_activity = (
    SELECT max(at) FROM (
        SELECT max(completed_date) AS at FROM checklist_steps
        WHERE search_id = searches.id AND completed_date IS NOT NULL
        UNION ALL
        SELECT max(h.at) FROM stage_history h JOIN candidates c ON c.id = h.candidate_id
        WHERE c.search_id = searches.id
        UNION ALL
        SELECT max(n.updated_at) FROM notes n JOIN candidates c ON c.id = n.candidate_id
        WHERE c.search_id = searches.id
        UNION ALL
        SELECT max(s.updated_at) FROM scores s JOIN candidates c ON c.id = s.candidate_id
        WHERE c.search_id = searches.id
        UNION ALL
        SELECT max(updated_at) FROM diagnostic_answers WHERE search_id = searches.id
    )
);

CREATE TRIGGER last_activity_step_insert AFTER INSERT ON checklist_steps
WHEN new.completed_date IS NOT NULL
BEGIN
    UPDATE searches SET last_activity = new.completed_date
    WHERE id = new.search_id AND (last_activity IS NULL OR last_activity < new.completed_date);
END;

CREATE TRIGGER last_activity_step_update AFTER UPDATE OF completed_date ON checklist_steps
WHEN new.completed_date IS NOT NULL
BEGIN
    UPDATE searches SET last_activity = new.completed_date
    WHERE id = new.search_id AND (last_activity IS NULL OR last_activity < new.completed_date);
END;

CREATE TRIGGER last_activity_stage_insert AFTER INSERT ON stage_history
BEGIN
    UPDATE searches SET last_activity = new.at
    WHERE id = (SELECT search_id FROM candidates WHERE id = new.candidate_id)
        AND (last_activity IS NULL OR last_activity < new.at);
END;

CREATE TRIGGER last_activity_note_insert AFTER INSERT ON notes
BEGIN
    UPDATE searches SET last_activity = new.updated_at
    WHERE id = (SELECT search_id FROM candidates WHERE id = new.candidate_id)
        AND (last_activity IS NULL OR last_activity < new.updated_at);
END;

CREATE TRIGGER last_activity_note_update AFTER UPDATE OF updated_at ON notes
BEGIN
    UPDATE searches SET last_activity = new.updated_at
    WHERE id = (SELECT search_id FROM candidates WHERE id = new.candidate_id)
        AND (last_activity IS NULL OR last_activity < new.updated_at);
END;

CREATE TRIGGER last_activity_score_insert AFTER INSERT ON scores
BEGIN
    UPDATE searches SET last_activity = new.updated_at
    WHERE id = (SELECT search_id FROM candidates WHERE id = new.candidate_id)
        AND (last_activity IS NULL OR last_activity < new.updated_at);
END;

CREATE TRIGGER last_activity_score_update AFTER UPDATE OF updated_at ON scores
BEGIN
    UPDATE searches SET last_activity = new.updated_at
    WHERE id = (SELECT search_id FROM candidates WHERE id = new.candidate_id)
        AND (last_activity IS NULL OR last_activity < new.updated_at);
END;

CREATE TRIGGER last_activity_answer_insert AFTER INSERT ON diagnostic_answers
BEGIN
    UPDATE searches SET last_activity = new.updated_at
    WHERE id = new.search_id AND (last_activity IS NULL OR last_activity < new.updated_at);
END;

CREATE TRIGGER last_activity_answer_update AFTER UPDATE OF updated_at ON diagnostic_answers
BEGIN
    UPDATE searches SET last_activity = new.updated_at
    WHERE id = new.search_id AND (last_activity IS NULL OR last_activity < new.updated_at);
END;
