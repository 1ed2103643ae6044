-- A banned account keeps its articles and comments but cannot log in or refresh ("inkwell user ban NAME").
-- NULL: not banned. Epoch milliseconds like every other time here.
ALTER TABLE users ADD COLUMN banned_at INTEGER;
