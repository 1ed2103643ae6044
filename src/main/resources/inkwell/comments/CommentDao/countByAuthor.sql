SELECT count(*) FROM comments WHERE author_id = :authorId
