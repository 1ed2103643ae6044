UPDATE users SET role = :role WHERE id = :id
