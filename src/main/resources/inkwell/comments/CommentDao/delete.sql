DELETE FROM comments WHERE id = :id
