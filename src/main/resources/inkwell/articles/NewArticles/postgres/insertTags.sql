-- The tags of one group commit that are not known yet, from a JSON array of names; a known one is left alone.
INSERT INTO tags (name)
SELECT n.name FROM json_array_elements_text(CAST(:names AS json)) AS n (name)
ON CONFLICT (name) DO NOTHING
