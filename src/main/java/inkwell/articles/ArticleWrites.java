package inkwell.articles;

import inkwell.db.Timestamps;
import inkwell.http.Forbidden;
import inkwell.http.Validation;
import inkwell.speed.GroupCommit;
import inkwell.tags.TagNames;
import inkwell.users.User;
import java.time.Instant;
import java.util.List;

/**
 * The rules for writing articles, with plain values in and out, for the API handlers and the HTML pages alike:
 * what must be filled in, who may change or delete what, and what publishing a draft does. Failures are the usual
 * exceptions (Invalid 422, Forbidden 403, NotFound 404), which web/Errors maps for either caller.
 */
public final class ArticleWrites {
  private final ArticleDao dao;
  private final Articles articles;
  private final GroupCommit<NewArticle, NewArticles.Saved> creates;

  /** {@code creates}: new articles are written in groups, each answered once its group has committed. */
  public ArticleWrites(ArticleDao dao, Articles articles, GroupCommit<NewArticle, NewArticles.Saved> creates) {
    this.dao = dao;
    this.articles = articles;
    this.creates = creates;
  }

  /**
   * Title, description and body required; draft absent means published, as for a plain RealWorld client. Answered
   * from what was written and the author's row (as the access check read it), without reading the article back.
   */
  public Article create(User author, ArticleInput in) {
    var v = new Validation();
    v.required("title", in.title());
    v.required("description", in.description());
    v.required("body", in.body());
    var tags = validate(v, in);
    var article = new NewArticle(in.title().trim(), in.description(), in.body(), tags,
        Boolean.TRUE.equals(in.draft()), author.id());
    return Article.created(article, creates.write(article), author);
  }

  /**
   * The author's edit; a null field is left as it was. Publishing a draft (draft false) dates it now, so it appears
   * as new; unpublishing keeps its date. Someone else's draft is a 404, someone else's published article a 403.
   */
  public Article update(String slug, long userId, ArticleInput in) {
    return update(editable(slug, userId), userId, in);
  }

  /** The article {@code userId} may edit: 404 for someone else's draft, 403 for someone else's published article. */
  public ArticleKey editable(String slug, long userId) {
    var key = articles.key(slug, userId);
    if (key.authorId() != userId) throw new Forbidden("only the author may edit this article");
    return key;
  }

  /** {@link #update(String, long, ArticleInput)} once {@link #editable} has said yes. */
  public Article update(ArticleKey key, long userId, ArticleInput in) {
    var v = new Validation();
    if (in.title() != null) v.required("title", in.title());
    if (in.description() != null) v.required("description", in.description());
    if (in.body() != null) v.required("body", in.body());
    var tags = validate(v, in);
    var current = articles.one(key.slug(), userId);
    boolean draft = in.draft() == null ? key.draft() : in.draft();
    Instant now = Timestamps.now();
    Instant createdAt = key.draft() && !draft ? now : current.createdAt();
    String newSlug = dao.edit(key, current.title(),
        in.title() == null ? current.title() : in.title().trim(),
        in.description() == null ? current.description() : in.description(),
        in.body() == null ? current.body() : in.body(),
        in.tagList() == null ? null : tags, draft, createdAt, now);
    return articles.one(newSlug, userId);
  }

  /** The author may delete; so may an admin (moderation), though a draft is the author's alone (404 to others). */
  public void delete(String slug, long userId, boolean isAdmin) {
    var key = articles.key(slug, userId);
    if (key.authorId() != userId && !isAdmin) throw new Forbidden("only the author or an admin may delete this article");
    dao.delete(key.id());
  }

  /** Checks lengths and tags (after the caller's own required-field checks); returns the normalised tags. */
  private static List<String> validate(Validation v, ArticleInput in) {
    v.length("title", in.title(), 0, 200);
    v.length("description", in.description(), 0, 1000);
    v.length("body", in.body(), 0, 100_000);
    var tags = TagNames.normalise(in.tagList() == null ? List.of() : in.tagList());
    TagNames.validate(v, tags);
    v.orThrow();
    return tags;
  }
}
