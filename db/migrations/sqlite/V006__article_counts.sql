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
