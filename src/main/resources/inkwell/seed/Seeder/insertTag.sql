-- A tag an earlier run (or an author) already made is reused.
INSERT INTO tags (name) VALUES (:name)
ON CONFLICT (name) DO NOTHING
