DELETE FROM articles WHERE id = :id
