-- Version 3: full-text indexes for Find (Ctrl+F): a candidate's name, title, company, location
-- and e-mail, and the body of each note.
--
-- External-content FTS5 tables: the text lives once, in candidates and notes; the index holds
-- only the words and points back by rowid. Triggers keep it in step with every insert, update
-- and delete, including undo (which deletes a scope's rows and inserts the captured ones, so
-- the rows come back under new rowids) and ON DELETE CASCADE (whose deletes fire triggers too).
-- 'delete' must be given exactly the values that were indexed, which old.* always holds.
--
-- unicode61 with remove_diacritics 2 folds case and accents both ways, so "jose" finds "José"
-- and "josé" finds "Jose". The prefix indexes make type-ahead queries ("mar"*) cheap.
--
-- Caveat: VACUUM may renumber the rowids of tables without an INTEGER PRIMARY KEY; whoever adds
-- a VACUUM must follow it with the two 'rebuild' commands at the end of this file.

CREATE VIRTUAL TABLE candidates_find USING fts5(
    full_name, current_title, current_company, location, email,
    content = 'candidates',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE VIRTUAL TABLE notes_find USING fts5(
    body,
    content = 'notes',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER candidates_find_insert AFTER INSERT ON candidates BEGIN
    INSERT INTO candidates_find (rowid, full_name, current_title, current_company, location, email)
    VALUES (new.rowid, new.full_name, new.current_title, new.current_company, new.location,
        new.email);
END;

CREATE TRIGGER candidates_find_delete AFTER DELETE ON candidates BEGIN
    INSERT INTO candidates_find (candidates_find, rowid, full_name, current_title, current_company,
        location, email)
    VALUES ('delete', old.rowid, old.full_name, old.current_title, old.current_company,
        old.location, old.email);
END;

-- Only the indexed columns: moving a candidate through the pipeline leaves the index alone.
CREATE TRIGGER candidates_find_update
AFTER UPDATE OF full_name, current_title, current_company, location, email ON candidates BEGIN
    INSERT INTO candidates_find (candidates_find, rowid, full_name, current_title, current_company,
        location, email)
    VALUES ('delete', old.rowid, old.full_name, old.current_title, old.current_company,
        old.location, old.email);
    INSERT INTO candidates_find (rowid, full_name, current_title, current_company, location, email)
    VALUES (new.rowid, new.full_name, new.current_title, new.current_company, new.location,
        new.email);
END;

CREATE TRIGGER notes_find_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_find (rowid, body) VALUES (new.rowid, new.body);
END;

CREATE TRIGGER notes_find_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_find (notes_find, rowid, body) VALUES ('delete', old.rowid, old.body);
END;

CREATE TRIGGER notes_find_update AFTER UPDATE OF body ON notes BEGIN
    INSERT INTO notes_find (notes_find, rowid, body) VALUES ('delete', old.rowid, old.body);
    INSERT INTO notes_find (rowid, body) VALUES (new.rowid, new.body);
END;

-- Index the rows an older file already holds (none in a new file).
INSERT INTO candidates_find (candidates_find) VALUES ('rebuild');
INSERT INTO notes_find (notes_find) VALUES ('rebuild');
