SELECT id, slug, author_id FROM articles WHERE slug = :slug
