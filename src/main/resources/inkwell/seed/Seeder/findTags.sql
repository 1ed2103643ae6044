SELECT id, name FROM tags WHERE name IN (<names>)
