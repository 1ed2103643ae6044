package inkwell.articles;

import inkwell.http.NotFound;
import inkwell.http.Paging;
import inkwell.tags.TagDao;
import java.util.List;
import java.util.Map;

/**
 * Reads articles the way responses need them: rows plus their tags, one page in a fixed number of statements.
 * Drafts are in no list and found by no one but their author (ArticleWrites changes articles).
 */
public final class Articles {
  private final ArticleDao articles;
  private final TagDao tags;
  private final FeedQueries feeds;

  public Articles(ArticleDao articles, TagDao tags, FeedQueries feeds) {
    this.articles = articles;
    this.tags = tags;
    this.feeds = feeds;
  }

  public record Page(List<Article> articles, long articlesCount) {
    /** The rows, each with its tags ({@code tagsById}: article id to tag names), and the total of the list. */
    static Page of(List<ArticleRow> rows, Map<Long, List<String>> tagsById, long total) {
      return new Page(rows.stream().map(row -> Article.of(row, tagsById.getOrDefault(row.id(), List.of()))).toList(),
          total);
    }
  }

  /** Three statements at any page size: the page, the total, and the page's tags. */
  public Page page(ArticleFilter filter, Paging paging) {
    return withTags(rows(filter, paging), count(filter));
  }

  /** {@link #page} with each article's body, in one statement more: for feeds, which carry the whole text. */
  public Page pageWithBodies(ArticleFilter filter, Paging paging) {
    List<ArticleRow> rows = rows(filter, paging);
    var bodies = new java.util.HashMap<Long, String>();
    if (!rows.isEmpty()) articles.findBodies(rows.stream().map(ArticleRow::id).toList()).forEach(b -> bodies.put(b.id(), b.body()));
    return withTags(rows.stream().map(row -> row.withBody(bodies.getOrDefault(row.id(), ""))).toList(), count(filter));
  }

  /** Every published article's address and last change, newest first, at most {@code limit} (for the sitemap). */
  public List<ArticleStamp> stamps(int limit) {
    return articles.findStamps(limit);
  }

  private List<ArticleRow> rows(ArticleFilter filter, Paging paging) {
    return isSingleTag(filter)
        ? articles.findTaggedPage(filter.tags().get(0), filter.viewerId(), paging.limit(), paging.offset())
        : articles.findPage(filter, filter.tags(), paging.limit(), paging.offset());
  }

  /** The articles of the authors {@code viewerId} follows (GET /api/articles/feed), driven from the follows. */
  public Page feed(long viewerId, Paging paging) {
    return feeds.page(viewerId, paging);
  }

  /** The author's drafts, last edited first (GET /api/user/drafts): three statements, like every list. */
  public Page drafts(long authorId, Paging paging) {
    return withTags(articles.findDrafts(authorId, paging.limit(), paging.offset()), articles.countDrafts(authorId));
  }

  /** Every article of one author, drafts included, with bodies, newest first: two statements however many. */
  public List<Article> allBy(long authorId) {
    var rows = articles.findAllByAuthor(authorId);
    var tagsById = tags.tagsOfAuthor(authorId);
    return rows.stream().map(row -> Article.of(row, tagsById.getOrDefault(row.id(), List.of()))).toList();
  }

  private Page withTags(List<ArticleRow> rows, long total) {
    return Page.of(rows, tags.tagsOf(rows.stream().map(ArticleRow::id).toList()), total);
  }

  /**
   * The two lists every visitor sees, all articles and one tag, read kept numbers (V006) and one index range, so
   * they cost the same at any table size; any other filter counts its (smaller) set of rows.
   */
  private long count(ArticleFilter filter) {
    if (hasNoFilter(filter)) return articles.countAll();
    if (isSingleTag(filter)) return articles.countTagged(filter.tags().get(0));
    return articles.countMatching(filter, filter.tags());
  }

  private static boolean hasNoFilter(ArticleFilter f) {
    return f.tags().isEmpty() && onlyTagsMayFilter(f);
  }

  private static boolean isSingleTag(ArticleFilter f) {
    return f.tags().size() == 1 && onlyTagsMayFilter(f);
  }

  private static boolean onlyTagsMayFilter(ArticleFilter f) {
    return f.author() == null && f.favoritedBy() == null;
  }

  /** One article with its body; a draft for its author only, 404 to anyone else. */
  public Article one(String slug, Long viewerId) {
    var row = articles.findBySlug(slug, viewerId).orElseThrow(() -> new NotFound("article", slug));
    return Article.of(row, tags.tagsOf(List.of(row.id())).getOrDefault(row.id(), List.of()));
  }

  /** Someone else's draft is not found: 404, as for a slug that never existed. */
  public ArticleKey key(String slug, Long viewerId) {
    return articles.findKey(slug, viewerId).orElseThrow(() -> new NotFound("article", slug));
  }
}
