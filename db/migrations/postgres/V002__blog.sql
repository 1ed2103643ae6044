-- The blog: follows, articles, tags, favorites, comments.
-- Every child row is removed with its parent by ON DELETE CASCADE,
-- so deleting an article takes its comments, favorites and tag links with it in the same statement.

CREATE TABLE follows (
  follower_id BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  followed_id BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (follower_id, followed_id)   -- "does A follow B" and the feed's "whom does A follow"
);
-- cascade from a deleted followed user without a scan
CREATE INDEX follows_followed ON follows (followed_id);

CREATE TABLE articles (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug        TEXT    NOT NULL UNIQUE,     -- GET /api/articles/{slug}
  title       TEXT    NOT NULL,
  description TEXT    NOT NULL,
  body        TEXT    NOT NULL,
  author_id   BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  TIMESTAMPTZ NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL
);
-- the unfiltered list, newest first (id breaks ties between articles of the same millisecond)
CREATE INDEX articles_created ON articles (created_at DESC, id DESC);
-- ?author= and the feed (articles of the followed authors), already in list order
CREATE INDEX articles_author_created ON articles (author_id, created_at DESC, id DESC);

CREATE TABLE tags (
  id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT    NOT NULL UNIQUE             -- stored trimmed and lower-case
);

CREATE TABLE article_tags (
  article_id BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  tag_id     BIGINT  NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,             -- tagList keeps the order the author gave
  PRIMARY KEY (article_id, tag_id)         -- tags of a page of articles
);
-- ?tag= : the articles carrying a tag; also GET /api/tags counts
CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);

CREATE TABLE favorites (
  user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  article_id BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, article_id)        -- ?favorited= and "did the caller favorite this"
);
-- favoritesCount per article, and the cascade when an article goes
CREATE INDEX favorites_article ON favorites (article_id);

CREATE TABLE comments (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  author_id  BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  body       TEXT    NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
-- an article's comments, newest first
CREATE INDEX comments_article ON comments (article_id, created_at DESC, id DESC);
-- GET /api/user/comments: one user's comments, newest first
CREATE INDEX comments_author ON comments (author_id, created_at DESC, id DESC);

-- The part of every article response that does not depend on who is asking: the article, its author, its favorites.
-- (Per-caller "favorited" and "following" are added by each query.) PostgreSQL and SQLite inline the view, so a
-- query on it still uses the indexes above.
CREATE VIEW article_details AS
SELECT a.id, a.slug, a.title, a.description, a.body, a.created_at, a.updated_at, a.author_id,
       u.username AS author_username, u.bio AS author_bio, u.image AS author_image,
       (SELECT count(*) FROM favorites fc WHERE fc.article_id = a.id) AS favorites_count
FROM articles a
JOIN users u ON u.id = a.author_id;

-- A comment with its author and the slug and title of its article.
CREATE VIEW comment_details AS
SELECT c.id, c.article_id, c.author_id, c.body, c.created_at, c.updated_at,
       u.username AS author_username, u.bio AS author_bio, u.image AS author_image,
       a.slug AS article_slug, a.title AS article_title
FROM comments c
JOIN users u ON u.id = c.author_id
JOIN articles a ON a.id = c.article_id;
