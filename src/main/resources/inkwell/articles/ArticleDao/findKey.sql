-- A draft is found for its author alone, so to anyone else every route on it answers 404, as if it did not exist.
SELECT id, slug, author_id, draft FROM articles WHERE slug = :slug AND (NOT draft OR author_id = :viewerId)
