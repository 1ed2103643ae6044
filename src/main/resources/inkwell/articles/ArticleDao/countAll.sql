-- articlesCount of the unfiltered list: the number the V006 triggers keep (published articles only, V008), one row read at any table size.
SELECT article_count FROM article_totals WHERE id = 1
