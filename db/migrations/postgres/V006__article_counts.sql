-- articlesCount without counting: the unfiltered list and ?tag= read one kept number instead of counting rows, so
-- their cost does not grow with the table (count(*) over 1,000,000 articles scans them all). Triggers keep the
-- numbers in the same transaction as the change, on every path that writes: the API, the command line, the seeder,
-- and ON DELETE CASCADE. They are statement-level with transition tables, so a batch insert of 1,000 rows updates
-- each number once, not 1,000 times.

CREATE TABLE article_totals (
  id            INTEGER PRIMARY KEY CHECK (id = 1),   -- exactly one row
  article_count BIGINT  NOT NULL
);
INSERT INTO article_totals (id, article_count) VALUES (1, (SELECT count(*) FROM articles));

CREATE FUNCTION articles_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_totals SET article_count = article_count + (SELECT count(*) FROM new_rows) WHERE id = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_count_insert AFTER INSERT ON articles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION articles_count_insert();

CREATE FUNCTION articles_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_totals SET article_count = article_count - (SELECT count(*) FROM old_rows) WHERE id = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_count_delete AFTER DELETE ON articles
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION articles_count_delete();

-- how many articles carry the tag: ?tag= counts and GET /api/tags
ALTER TABLE tags ADD COLUMN article_count BIGINT NOT NULL DEFAULT 0;
UPDATE tags SET article_count = (SELECT count(*) FROM article_tags at WHERE at.tag_id = tags.id);

CREATE FUNCTION article_tags_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tags t SET article_count = t.article_count + n.added
  FROM (SELECT tag_id, count(*) AS added FROM new_rows GROUP BY tag_id) n
  WHERE t.id = n.tag_id;
  RETURN NULL;
END $$;
CREATE TRIGGER article_tags_count_insert AFTER INSERT ON article_tags
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_tags_count_insert();

CREATE FUNCTION article_tags_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tags t SET article_count = t.article_count - o.removed
  FROM (SELECT tag_id, count(*) AS removed FROM old_rows GROUP BY tag_id) o
  WHERE t.id = o.tag_id;
  RETURN NULL;
END $$;
CREATE TRIGGER article_tags_count_delete AFTER DELETE ON article_tags
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_tags_count_delete();

-- ?tag= in list order without scanning: each tag link carries its article's created_at (which never changes), so
-- the newest articles with a tag are the first entries of one index range, however rare or old the tag. Without it
-- a page either walked the newest-first article index until it found 20 tagged ones (all of it, for a tag whose
-- articles are old) or collected every tagged article and sorted them. Written by TagDao.link and the seeder.
ALTER TABLE article_tags ADD COLUMN article_created_at TIMESTAMPTZ;
UPDATE article_tags SET article_created_at = (SELECT a.created_at FROM articles a WHERE a.id = article_tags.article_id);
ALTER TABLE article_tags ALTER COLUMN article_created_at SET NOT NULL;
CREATE INDEX article_tags_tag_newest ON article_tags (tag_id, article_created_at DESC, article_id DESC);
-- its (tag_id) prefix also serves what this one did: deleting a tag's links
DROP INDEX article_tags_tag;
