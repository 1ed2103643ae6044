package inkwell.articles;

import inkwell.tags.TagDao;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Articles; SQL in resources/inkwell/articles/ArticleDao/. Writes that touch several tables run in one transaction. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(ArticleRow.class)
@RegisterConstructorMapper(ArticleKey.class)
@RegisterConstructorMapper(ArticleBody.class)
@RegisterConstructorMapper(ArticleStamp.class)
public interface ArticleDao extends SqlObject {
  /** Tries at a free slug: the title's own, then random suffixes (NewArticles and edits). */
  int SLUG_ATTEMPTS = 8;

  /** One page of a list, newest first: a single statement whatever the page size (tags come in one more). */
  @SqlQuery
  List<ArticleRow> findPage(@BindMethods ArticleFilter filter,
      @BindList(value = "tagNames", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> tags,
      int limit, int offset);

  /** findPage for a single tag and no other filter: one index range, whatever the table size (V006). */
  @SqlQuery
  List<ArticleRow> findTaggedPage(String tag, Long viewerId, int limit, int offset);

  // The feed's findFeedPage.sql and countFeed.sql (driven from the viewer's follows) run through FeedQueries.

  /** How many articles the filter matches; the WHERE clause is findPage's. */
  @SqlQuery
  long countMatching(@BindMethods ArticleFilter filter,
      @BindList(value = "tagNames", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> tags);

  /** articlesCount of the unfiltered list, kept by triggers (V006): no count over the table. */
  @SqlQuery
  long countAll();

  /** articlesCount of a single ?tag=, kept by triggers (V006). */
  @SqlQuery
  long countTagged(String tag);

  /** The bodies of the given articles, which list queries leave out (feeds carry them). */
  @SqlQuery
  List<ArticleBody> findBodies(@BindList("ids") List<Long> ids);

  /** Slug and last change of the newest {@code limit} published articles (the sitemap). */
  @SqlQuery
  List<ArticleStamp> findStamps(int limit);

  @SqlQuery
  Optional<ArticleRow> findBySlug(String slug, Long viewerId);

  /** A draft is found for its author ({@code viewerId}) only. */
  @SqlQuery
  Optional<ArticleKey> findKey(String slug, Long viewerId);

  /** One author's drafts, last edited first (GET /api/user/drafts). */
  @SqlQuery
  List<ArticleRow> findDrafts(long authorId, int limit, int offset);

  @SqlQuery
  long countDrafts(long authorId);

  /** Every article of one author, drafts included, with bodies. */
  @SqlQuery
  List<ArticleRow> findAllByAuthor(long authorId);

  @SqlQuery
  boolean slugTaken(String slug, long exceptId);

  /** createdAt changes only when a draft is published (the V008 triggers move the tag links and counts with it). */
  @SqlUpdate
  void update(long id, String slug, String title, String description, String body, boolean draft, Instant createdAt,
      Instant now);

  /** Comments, favorites and tag links go with it (ON DELETE CASCADE), in this one statement. */
  @SqlUpdate
  void delete(long id);

  /** Applies an edit; a new title means a new slug. tags == null keeps the tags. Returns the slug. */
  @Transaction
  default String edit(ArticleKey key, String oldTitle, String title, String description, String body,
      List<String> tags, boolean draft, Instant createdAt, Instant now) {
    String slug = title.equals(oldTitle) ? key.slug() : freeSlug(Slugs.base(title), key.id());
    update(key.id(), slug, title, description, body, draft, createdAt, now);
    if (tags != null) getHandle().attach(TagDao.class).setTags(key.id(), tags);
    return slug;
  }

  private String freeSlug(String base, long articleId) {
    if (!slugTaken(base, articleId)) return base;
    for (int attempt = 1; attempt < SLUG_ATTEMPTS; attempt++) {
      String slug = Slugs.withSuffix(base);
      if (!slugTaken(slug, articleId)) return slug;
    }
    throw Slugs.noneFree(base);
  }
}
