-- Version 8: the day each filled search hired, without reading every stage move.
--
-- Every start works out how long each search has been open, and a filled search's clock stops
-- on the day of its hire: the first move to "hired" that was not an exit. Finding those moves
-- scanned the whole stage history (a hundred thousand rows on a large file, a fifth of the
-- start-up read); this index holds only the hires, a few rows.
CREATE INDEX stage_history_hires ON stage_history (candidate_id, at)
WHERE stage = 'hired' AND exit_state IS NULL;
