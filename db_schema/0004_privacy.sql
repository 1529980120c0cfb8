-- Version 4: what the privacy tools need to know.
--
-- searches.closed_at: when a search was filled or cancelled (UTC ISO-8601), NULL while it is
-- open. The retention view lists the people in searches closed more than N months ago, and
-- updated_at cannot tell that: renaming or archiving a closed search moves it.
--
-- candidates.anonymised_at: when the record was anonymised for good (name replaced by its code,
-- contacts cleared), so the retention view stops offering it and says what was done.

ALTER TABLE searches ADD COLUMN closed_at TEXT;
ALTER TABLE candidates ADD COLUMN anonymised_at TEXT;

-- A search closed before this version: the last change to it is the best date on file.
UPDATE searches SET closed_at = updated_at WHERE status IN ('filled', 'cancelled');

-- Kept by triggers, so every path that sets a status (the Search menu, the edit dialog, an
-- import, the command line) records it alike. A statement that sets closed_at itself (undo and
-- redo put back a captured row) is left alone: `new.closed_at IS old.closed_at` tells.
-- Filled to cancelled, or back, keeps the date the search first closed.
CREATE TRIGGER searches_closed_at_on_update
AFTER UPDATE OF status ON searches
WHEN (new.status IN ('filled', 'cancelled')) != (old.status IN ('filled', 'cancelled'))
    AND new.closed_at IS old.closed_at
BEGIN
    UPDATE searches
    SET closed_at = CASE WHEN new.status IN ('filled', 'cancelled')
        THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END
    WHERE id = new.id;
END;

-- A search created or imported as closed (a .revsearch file of format 1 has no closed_at):
-- closed when last changed.
CREATE TRIGGER searches_closed_at_on_insert
AFTER INSERT ON searches
WHEN new.status IN ('filled', 'cancelled') AND new.closed_at IS NULL
BEGIN
    UPDATE searches SET closed_at = new.updated_at WHERE id = new.id;
END;
