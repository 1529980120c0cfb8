-- Version 7: indexes that answer the app's largest reads from the index alone, without a visit
-- to each row.
--
-- Opening a search scores every candidate in it, which reads every score of the search: an
-- index holding the score itself halves that on a search of a thousand candidates. It replaces
-- scores_by_candidate, whose one column it starts with.
DROP INDEX scores_by_candidate;
CREATE INDEX scores_for_score_cards ON scores (candidate_id, competency, score);

-- Every start counts each search's candidates by stage and its checklist steps by status and
-- due date, for the list of searches and the dashboard.
CREATE INDEX candidates_for_counts ON candidates (search_id, stage, exit_state);
CREATE INDEX steps_for_counts ON checklist_steps (search_id, status, due_date);
