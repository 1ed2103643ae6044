package inkwell.articles;

import inkwell.http.Paging;
import inkwell.tags.ArticleTag;
import inkwell.tags.TagDao;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * The feed's three statements, its page, its total and the page's tags, through Jdbi's core API on the request's
 * handle (speed/OneHandlePerRequest), the rows mapped by hand (ArticleRowMapper). The SQL stays in the files the
 * DAOs name: ArticleDao/findFeedPage.sql, ArticleDao/countFeed.sql and TagDao/findForArticles.sql.
 *
 * Why not through ArticleDao and TagDao: the feed is read on every request the read cache cannot answer (on
 * PostgreSQL, after any commit anywhere in the cluster), and each call of an on-demand SqlObject method spends over
 * 100 µs of CPU in Jdbi's extension machinery before its SQL runs, and the constructor mapper specialises itself for
 * every result set: 470-890 µs of CPU per feed through the DAOs, 140-290 µs this way, warm (bench/README.md, issue
 * 15 item 2, and bench/FeedTime.java). Less code per request also means less to compile: the feed used to take a minute of load to warm up.
 */
public final class FeedQueries {
  private static final String PAGE = sql("articles/ArticleDao/findFeedPage");
  private static final String COUNT = sql("articles/ArticleDao/countFeed");
  private static final String TAGS = sql("tags/TagDao/findForArticles");

  private final Jdbi jdbi;

  public FeedQueries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One page of the feed of {@code viewerId}, newest first, with the feed's articlesCount: three statements. */
  Articles.Page page(long viewerId, Paging paging) {
    return jdbi.withHandle(h -> {
      List<ArticleRow> rows = h.createQuery(PAGE).bind("viewerId", viewerId).bind("limit", paging.limit())
          .bind("offset", paging.offset()).map(ArticleRowMapper.ROW).list();
      long total = h.createQuery(COUNT).bind("viewerId", viewerId).mapTo(long.class).one();
      return Articles.Page.of(rows, tagsOf(h, rows), total);
    });
  }

  private static Map<Long, List<String>> tagsOf(Handle h, List<ArticleRow> rows) {
    if (rows.isEmpty()) return Map.of();
    var links = h.createQuery(TAGS).bindList("articleIds", rows.stream().map(ArticleRow::id).toList())
        .map((rs, ctx) -> new ArticleTag(rs.getLong("article_id"), rs.getString("name"))).list();
    return TagDao.byArticle(links);
  }

  private static String sql(String name) {
    return ClasspathSqlLocator.removingComments().getResource("inkwell/" + name + ".sql");
  }
}
