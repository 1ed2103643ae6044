SELECT count(*) FROM articles WHERE author_id = :authorId AND draft
