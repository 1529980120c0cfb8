-- Version 2: indexes for the questions every screen asks: the steps and candidates of one
-- search, the notes, scores and history of one candidate, and what is due soon.

CREATE INDEX checklist_steps_by_search ON checklist_steps (search_id, phase, position);
CREATE INDEX checklist_steps_by_due_date ON checklist_steps (due_date) WHERE status = 'todo';
CREATE INDEX candidates_by_search ON candidates (search_id, stage);
CREATE INDEX stage_history_by_candidate ON stage_history (candidate_id, at);
CREATE INDEX notes_by_candidate ON notes (candidate_id, created_at);
CREATE INDEX scores_by_candidate ON scores (candidate_id);
