-- Keeps other writers out of the tables whose ids we choose, until this transaction ends (readers are not blocked).
-- Without it, a user registering between reserveIds and our insert could take one of our ids.
LOCK TABLE users, articles, comments IN SHARE ROW EXCLUSIVE MODE
