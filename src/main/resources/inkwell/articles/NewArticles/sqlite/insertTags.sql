-- The tags of one group commit that are not known yet, from a JSON array of names; a known one is left alone.
INSERT INTO tags (name)
SELECT n.value FROM json_each(:names) AS n
WHERE true
ON CONFLICT (name) DO NOTHING
