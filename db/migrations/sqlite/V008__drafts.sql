-- Drafts (issue 14): an article only its author sees until it is published. Every count and list that others see
-- covers published articles only, so the V006 numbers now count published rows, and the list indexes hold them alone.

ALTER TABLE articles ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));

-- The home list walks this index newest first; a partial index holds only what that list may show, so a pile of
-- drafts never lies in its way. Queries must say "NOT a.draft" word for word for SQLite to choose it.
DROP INDEX articles_created;
CREATE INDEX articles_created_published ON articles (created_at DESC, id DESC) WHERE NOT draft;
-- ?author= and the feed: draft at the end keeps the order and lets countFeed still read the index alone. The full
-- index stays, as deleting an account finds its articles (ON DELETE CASCADE) through its author_id prefix.
DROP INDEX articles_author_created;
CREATE INDEX articles_author_created ON articles (author_id, created_at DESC, id DESC, draft);
-- GET /api/user/drafts: one author's drafts, last edited first
CREATE INDEX articles_author_drafts ON articles (author_id, updated_at DESC, id DESC) WHERE draft;

-- Tag links carry their article's draft flag beside its created_at (V006), so the ?tag= index holds published
-- articles only and the count triggers never need the article row (gone already when a delete cascades).
ALTER TABLE article_tags ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));
DROP INDEX article_tags_tag_newest;
-- Tags are never deleted, so no query needs the links of a tag's drafts.
CREATE INDEX article_tags_tag_newest_published ON article_tags (tag_id, article_created_at DESC, article_id DESC)
  WHERE NOT draft;

-- Publishing sets created_at (the article appears as new) and flips draft: its links follow, in the same statement.
CREATE TRIGGER articles_sync_tag_links AFTER UPDATE OF draft, created_at ON articles
WHEN OLD.draft <> NEW.draft OR OLD.created_at <> NEW.created_at
BEGIN
  UPDATE article_tags SET draft = NEW.draft, article_created_at = NEW.created_at WHERE article_id = NEW.id;
END;

-- V006's counts, now of published articles only.
DROP TRIGGER articles_count_insert;
CREATE TRIGGER articles_count_insert AFTER INSERT ON articles WHEN NOT NEW.draft
BEGIN
  UPDATE article_totals SET article_count = article_count + 1 WHERE id = 1;
END;

DROP TRIGGER articles_count_delete;
CREATE TRIGGER articles_count_delete AFTER DELETE ON articles WHEN NOT OLD.draft
BEGIN
  UPDATE article_totals SET article_count = article_count - 1 WHERE id = 1;
END;

CREATE TRIGGER articles_count_publish AFTER UPDATE OF draft ON articles WHEN OLD.draft <> NEW.draft
BEGIN
  UPDATE article_totals SET article_count = article_count + (CASE WHEN NEW.draft THEN -1 ELSE 1 END) WHERE id = 1;
END;

DROP TRIGGER article_tags_count_insert;
CREATE TRIGGER article_tags_count_insert AFTER INSERT ON article_tags WHEN NOT NEW.draft
BEGIN
  UPDATE tags SET article_count = article_count + 1 WHERE id = NEW.tag_id;
END;

DROP TRIGGER article_tags_count_delete;
CREATE TRIGGER article_tags_count_delete AFTER DELETE ON article_tags WHEN NOT OLD.draft
BEGIN
  UPDATE tags SET article_count = article_count - 1 WHERE id = OLD.tag_id;
END;

CREATE TRIGGER article_tags_count_publish AFTER UPDATE OF draft ON article_tags WHEN OLD.draft <> NEW.draft
BEGIN
  UPDATE tags SET article_count = article_count + (CASE WHEN NEW.draft THEN -1 ELSE 1 END) WHERE id = NEW.tag_id;
END;

-- The view every article query reads, with the flag.
DROP VIEW article_details;
CREATE VIEW article_details AS
SELECT a.id, a.slug, a.title, a.description, a.body, a.created_at, a.updated_at, a.author_id,
       u.username AS author_username, u.bio AS author_bio, u.image AS author_image,
       (SELECT count(*) FROM favorites fc WHERE fc.article_id = a.id) AS favorites_count,
       a.draft
FROM articles a
JOIN users u ON u.id = a.author_id;
