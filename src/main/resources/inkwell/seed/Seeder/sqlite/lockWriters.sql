-- Nothing to do: the transaction began with BEGIN IMMEDIATE (transaction_mode=IMMEDIATE), which already holds
-- SQLite's single write lock, so no one else can insert between choosing ids and using them.
SELECT 1
