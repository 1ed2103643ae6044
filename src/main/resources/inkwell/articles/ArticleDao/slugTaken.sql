SELECT EXISTS (SELECT 1 FROM articles WHERE slug = :slug AND id <> :exceptId)
