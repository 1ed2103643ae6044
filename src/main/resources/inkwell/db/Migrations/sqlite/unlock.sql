-- SQLite has no advisory locks and needs none: every migration runs in a BEGIN IMMEDIATE transaction
-- (transaction_mode=IMMEDIATE), which takes the database's single write lock, so writers are already serialised.
SELECT 1
