-- articlesCount without counting: the unfiltered list and ?tag= read one kept number instead of counting rows, so
-- their cost does not grow with the table (a count(*) over 10,000 articles took 1.7 ms, over 1,000,000 it scans them
-- all). Triggers keep the numbers in the same transaction as the change, on every path that writes: the API, the
-- command line, the seeder, and ON DELETE CASCADE (SQLite runs triggers for rows a cascade removes).

CREATE TABLE article_totals (
  id            INTEGER PRIMARY KEY CHECK (id = 1),   -- exactly one row
  article_count INTEGER NOT NULL
);
INSERT INTO article_totals (id, article_count) VALUES (1, (SELECT count(*) FROM articles));

CREATE TRIGGER articles_count_insert AFTER INSERT ON articles
BEGIN
  UPDATE article_totals SET article_count = article_count + 1 WHERE id = 1;
END;

CREATE TRIGGER articles_count_delete AFTER DELETE ON articles
BEGIN
  UPDATE article_totals SET article_count = article_count - 1 WHERE id = 1;
END;

-- how many articles carry the tag: ?tag= counts and GET /api/tags
ALTER TABLE tags ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
UPDATE tags SET article_count = (SELECT count(*) FROM article_tags at WHERE at.tag_id = tags.id);

CREATE TRIGGER article_tags_count_insert AFTER INSERT ON article_tags
BEGIN
  UPDATE tags SET article_count = article_count + 1 WHERE id = NEW.tag_id;
END;

CREATE TRIGGER article_tags_count_delete AFTER DELETE ON article_tags
BEGIN
  UPDATE tags SET article_count = article_count - 1 WHERE id = OLD.tag_id;
END;

-- ?tag= in list order without scanning: each tag link carries its article's created_at (which never changes), so
-- the newest articles with a tag are the first entries of one index range, however rare or old the tag. Without it
-- a page either walked the newest-first article index until it found 20 tagged ones (all of it, for a tag whose
-- articles are old) or collected every tagged article and sorted them. Written by TagDao.link and the seeder.
ALTER TABLE article_tags ADD COLUMN article_created_at INTEGER NOT NULL DEFAULT 0;
UPDATE article_tags SET article_created_at = (SELECT a.created_at FROM articles a WHERE a.id = article_tags.article_id);
CREATE INDEX article_tags_tag_newest ON article_tags (tag_id, article_created_at DESC, article_id DESC);
-- its (tag_id) prefix also serves what this one did: deleting a tag's links
DROP INDEX article_tags_tag;
