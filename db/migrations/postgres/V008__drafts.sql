-- Drafts (issue 14): an article only its author sees until it is published. Every count and list that others see
-- covers published articles only, so the V006 numbers now count published rows, and the list indexes hold them alone.

ALTER TABLE articles ADD COLUMN draft BOOLEAN NOT NULL DEFAULT FALSE;

-- The home list walks this index newest first; a partial index holds only what that list may show, so a pile of
-- drafts never lies in its way.
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
ALTER TABLE article_tags ADD COLUMN draft BOOLEAN NOT NULL DEFAULT FALSE;
DROP INDEX article_tags_tag_newest;
-- Tags are never deleted, so no query needs the links of a tag's drafts.
CREATE INDEX article_tags_tag_newest_published ON article_tags (tag_id, article_created_at DESC, article_id DESC)
  WHERE NOT draft;

-- Publishing sets created_at (the article appears as new) and flips draft: its links follow, in the same statement.
-- (Statement-level like V006's; PostgreSQL allows no column list with transition tables, so the WHERE skips the
-- links already in step, which is every link of an ordinary edit.)
CREATE FUNCTION articles_sync_tag_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_tags at SET draft = n.draft, article_created_at = n.created_at
  FROM new_rows n
  WHERE at.article_id = n.id AND (at.draft <> n.draft OR at.article_created_at <> n.created_at);
  RETURN NULL;
END $$;
CREATE TRIGGER articles_sync_tag_links AFTER UPDATE ON articles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION articles_sync_tag_links();

-- V006's counts, now of published articles only (the trigger definitions stay; their functions change).
CREATE OR REPLACE FUNCTION articles_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_totals SET article_count = article_count + (SELECT count(*) FROM new_rows WHERE NOT draft) WHERE id = 1;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION articles_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_totals SET article_count = article_count - (SELECT count(*) FROM old_rows WHERE NOT draft) WHERE id = 1;
  RETURN NULL;
END $$;

-- publishing adds one, unpublishing takes one away; ids never change, so counting both sides is enough
CREATE FUNCTION articles_count_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_totals
  SET article_count = article_count + (SELECT count(*) FROM new_rows WHERE NOT draft)
                                    - (SELECT count(*) FROM old_rows WHERE NOT draft)
  WHERE id = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_count_publish AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION articles_count_publish();

CREATE OR REPLACE FUNCTION article_tags_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tags t SET article_count = t.article_count + n.added
  FROM (SELECT tag_id, count(*) AS added FROM new_rows WHERE NOT draft GROUP BY tag_id) n
  WHERE t.id = n.tag_id;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_tags_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tags t SET article_count = t.article_count - o.removed
  FROM (SELECT tag_id, count(*) AS removed FROM old_rows WHERE NOT draft GROUP BY tag_id) o
  WHERE t.id = o.tag_id;
  RETURN NULL;
END $$;

CREATE FUNCTION article_tags_count_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tags t SET article_count = t.article_count + c.change
  FROM (SELECT tag_id, sum(one) AS change
        FROM (SELECT tag_id, 1 AS one FROM new_rows WHERE NOT draft
              UNION ALL SELECT tag_id, -1 FROM old_rows WHERE NOT draft) links
        GROUP BY tag_id HAVING sum(one) <> 0) c
  WHERE t.id = c.tag_id;
  RETURN NULL;
END $$;
CREATE TRIGGER article_tags_count_publish AFTER UPDATE ON article_tags
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_tags_count_publish();

-- The view every article query reads, with the flag (a new column may only come last).
CREATE OR REPLACE VIEW article_details AS
SELECT a.id, a.slug, a.title, a.description, a.body, a.created_at, a.updated_at, a.author_id,
       u.username AS author_username, u.bio AS author_bio, u.image AS author_image,
       (SELECT count(*) FROM favorites fc WHERE fc.article_id = a.id) AS favorites_count,
       a.draft
FROM articles a
JOIN users u ON u.id = a.author_id;
