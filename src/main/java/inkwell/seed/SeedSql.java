package inkwell.seed;

import inkwell.articles.Slugs;
import inkwell.db.Dialect;
import inkwell.db.DialectSql;
import inkwell.seed.DemoRows.Article;
import inkwell.seed.DemoRows.ArticleTag;
import inkwell.seed.DemoRows.Comment;
import inkwell.seed.DemoRows.Favorite;
import inkwell.seed.DemoRows.Follow;
import inkwell.seed.DemoRows.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The seeder's statements, from resources/inkwell/seed/Seeder/: a file in the dialect's sub-folder
 * (sqlite/, postgres/) wins over the shared one of the same name.
 */
final class SeedSql {
  private static final int NAME_ATTEMPTS = 8;

  private final DialectSql statements;

  SeedSql(Dialect dialect) {
    this.statements = new DialectSql("inkwell/seed/Seeder", dialect);
  }

  /** Settings for the seeding connection only; {@link #untune} puts them back before it returns to the pool. */
  void tune(Handle h) {
    h.execute(sql("tune"));
  }

  void untune(Handle h) {
    h.execute(sql("untune"));
  }

  /** Statistics for the planner once the rows are in (PostgreSQL; nothing on SQLite): see analyze.sql. */
  void analyze(Handle h) {
    h.execute(sql("analyze"));
  }

  void lockWriters(Handle h) {
    h.execute(sql("lockWriters"));
  }

  /** The first of {@code count} fresh ids for {@code table}; the caller has locked out other writers. */
  long reserveIds(Handle h, String table, int count) {
    if (count == 0) return 0;
    return h.createQuery(sql("reserveIds")).define("table", table).bind("table", table).bind("count", count)
        // SQLite's version binds neither: max(id) + 1 is free while we hold the write lock.
        .configure(SqlStatements.class, s -> s.setUnusedBindingAllowed(true))
        .mapTo(Long.class).one();
  }

  /** How many of the names were new. */
  int insertTags(Handle h, List<String> names) {
    return names.size() - BatchInsert.rows(h, sql("insertTag"), names, (b, name) -> b.bind("name", name)).size();
  }

  /** The ids of the named tags, in the order of {@code names}. */
  long[] tagIds(Handle h, List<String> names) {
    Map<String, Long> ids = new HashMap<>();
    h.createQuery(sql("findTags")).bindList("names", names)
        .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getLong("id")))
        .forEach(e -> ids.put(e.getKey(), e.getValue()));
    return names.stream().mapToLong(ids::get).toArray();
  }

  /** Inserts the users; the rare name someone already registered by hand gets a random suffix. */
  int insertUsers(Handle h, List<User> users, String passwordHash) {
    return insertRenaming(h, "insertUser", users, (b, u) -> b.bind("id", u.id())
        .bind("username", u.username()).bind("email", u.username() + Seeder.EMAIL_DOMAIN)
        .bind("passwordHash", passwordHash).bind("bio", u.bio()).bind("createdAt", u.createdAt()),
        u -> new User(u.id(), Slugs.withSuffix(u.username()), u.bio(), u.createdAt()));
  }

  int insertFollows(Handle h, List<Follow> follows) {
    return insert(h, "insertFollow", follows,
        (b, f) -> b.bind("followerId", f.followerId()).bind("followedId", f.followedId()));
  }

  /** Inserts the articles; the rare slug an article written by hand already has gets a random suffix. */
  int insertArticles(Handle h, List<Article> articles) {
    return insertRenaming(h, "insertArticle", articles, (b, a) -> b.bind("id", a.id())
        .bind("slug", a.slug()).bind("title", a.title()).bind("description", a.description())
        .bind("body", a.body()).bind("authorId", a.authorId()).bind("createdAt", a.createdAt()),
        a -> new Article(a.id(), Slugs.withSuffix(a.slug()), a.title(), a.description(), a.body(), a.authorId(),
            a.createdAt()));
  }

  int insertArticleTags(Handle h, List<ArticleTag> links) {
    return insert(h, "insertArticleTag", links,
        (b, t) -> b.bind("articleId", t.articleId()).bind("tagId", t.tagId()).bind("position", t.position()));
  }

  int insertFavorites(Handle h, List<Favorite> favorites) {
    return insert(h, "insertFavorite", favorites,
        (b, f) -> b.bind("userId", f.userId()).bind("articleId", f.articleId()));
  }

  int insertComments(Handle h, List<Comment> comments, PrimitiveIterator.OfLong ids) {
    return insert(h, "insertComment", comments, (b, c) -> b.bind("id", ids.nextLong())
        .bind("articleId", c.articleId()).bind("authorId", c.authorId()).bind("body", c.body())
        .bind("createdAt", c.createdAt()));
  }

  private <T> int insert(Handle h, String statement, List<T> rows, BiConsumer<PreparedBatch, T> bind) {
    var refused = BatchInsert.rows(h, sql(statement), rows, bind);
    if (!refused.isEmpty()) throw new IllegalStateException(statement + " refused " + refused.get(0));
    return rows.size();
  }

  /**
   * For rows whose statement says ON CONFLICT DO NOTHING: the rows it refused are renamed and tried again, as
   * ArticleDao.create does for a slug. Names made here carry the row's id, so only a name someone picked by hand
   * can clash, and the retry almost never runs; checking every name beforehand would cost more than inserting.
   */
  private <T> int insertRenaming(Handle h, String statement, List<T> rows, BiConsumer<PreparedBatch, T> bind,
      UnaryOperator<T> rename) {
    var pending = rows;
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      if (attempt == NAME_ATTEMPTS) throw new IllegalStateException(statement + " found no free name for " + pending.get(0));
      pending = BatchInsert.rows(h, sql(statement), pending, bind).stream().map(rename).toList();
    }
    return rows.size();
  }

  private String sql(String name) {
    return statements.get(name);
  }
}
