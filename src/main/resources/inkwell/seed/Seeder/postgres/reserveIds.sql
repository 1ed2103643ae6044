-- Takes :count ids from the identity sequence of <table> and returns the first: moves the sequence past the block,
-- so ordinary inserts carry on after it. greatest() also steps over any id someone inserted by hand.
-- (The table name is bound as :table inside pg_get_serial_sequence's quotes, where <table> is not filled in.)
SELECT setval(pg_get_serial_sequence(:table, 'id'),
              greatest(nextval(pg_get_serial_sequence(:table, 'id')),
                       (SELECT coalesce(max(id), 0) + 1 FROM <table>)) + :count - 1) - :count + 1
