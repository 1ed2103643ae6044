-- The first free id of <table>. An INTEGER PRIMARY KEY (without AUTOINCREMENT) gives a new row max(id) + 1 too,
-- so after we insert ids first..first+count-1 ordinary inserts carry on from there.
SELECT coalesce(max(id), 0) + 1 FROM <table>
