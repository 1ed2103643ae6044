DELETE FROM login_failures WHERE key = :key
