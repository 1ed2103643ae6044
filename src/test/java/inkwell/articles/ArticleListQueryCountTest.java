package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Http;
import inkwell.Statements;
import inkwell.TestServer;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No N+1: a page of 100 articles costs as many SQL statements as a page of one. Tags, favorites, favorite counts
 * and "following" must each be fetched for the whole page at once, not per article.
 */
class ArticleListQueryCountTest {
  static final int ARTICLES = 110;
  static final List<String> TAGS = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta");
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static String reader;
  /** A fragment of auth's CallerQuery/find.sql, the access check's query. */
  static final String ACCESS_CHECK = "LEFT JOIN sessions s ON s.id";

  /**
   * Three users only (registration hashes a password with Argon2, ~0.1-0.3 s each): two authors the reader follows,
   * each article with 2-3 tags, a third favorited by the reader and a quarter by an author.
   */
  @BeforeAll
  static void setUp() {
    var ana = server.register("ana");
    var bob = server.register("bob");
    reader = server.register("reader").get("token").asText();
    Blog.follow(server, reader, ana.get("username").asText());
    Blog.follow(server, reader, bob.get("username").asText());
    for (int i = 0; i < ARTICLES; i++) {
      var author = i % 2 == 0 ? ana : bob;
      int tagCount = 2 + i % 2;
      String[] tags = new String[tagCount];
      for (int t = 0; t < tagCount; t++) tags[t] = TAGS.get((i + t) % TAGS.size());
      String slug = Blog.postArticle(server, author.get("token").asText(), "Article " + i, tags).get("slug").asText();
      if (i % 3 == 0) Blog.favorite(server, reader, slug);
      if (i % 4 == 0) Blog.favorite(server, bob.get("token").asText(), slug);
    }
  }

  /** Statements the server runs while answering; the page must hold {@code expected} articles. */
  private static int statements(String path, String token, int expected) {
    var counted = Statements.during(server, () -> server.http.get(path, token));
    Http.Reply reply = counted.result();
    assertEquals(expected, Blog.slugs(reply).size(), path);
    assertEquals(ARTICLES, reply.json().get("articlesCount").asInt(), path);
    // the big page really carries what must be fetched in bulk: follows, favorites, tags
    if (expected == 100) {
      assertTrue(reply.json().findValues("following").stream().allMatch(f -> f.booleanValue()), path);
      assertTrue(reply.json().findValues("favorited").stream().anyMatch(f -> f.booleanValue()), path);
      assertTrue(reply.json().findValues("favoritesCount").stream().anyMatch(c -> c.asInt() == 2), path);
      reply.json().get("articles").forEach(a -> assertTrue(a.get("tagList").size() >= 2, a.toString()));
    }
    assertTrue(counted.statements() > 0, "the SqlLogger saw no statements at all: is it wired to this Jdbi?");
    // The access check is answered from memory unless something was committed since (auth/Sessions; on PostgreSQL
    // a write anywhere in the cluster counts), so whether it runs is not this test's business.
    return counted.statementsOtherThan(ACCESS_CHECK);
  }

  private static void assertSameCost(Supplier<Integer> one, Supplier<Integer> hundred, String what) {
    int small = one.get();
    int large = hundred.get();
    assertEquals(small, large, what + ": " + small + " statements for 1 article but " + large + " for 100");
    // besides the access check (not counted): the page (authors, following, favorited, counts as subqueries), its
    // total, and its tags in one IN query
    assertEquals(3, small, what + ": expected exactly the page, the total and the tags");
  }

  @Test
  void GET_articles_costs_the_same_statements_for_1_and_100_articles() {
    statements("/api/articles?limit=1", reader, 1);   // warm-up: first-use work must not count
    assertSameCost(() -> statements("/api/articles?limit=1", reader, 1),
        () -> statements("/api/articles?limit=100", reader, 100), "GET /api/articles signed in");
  }

  /**
   * The feed is kept per caller while nothing is committed (ReadCache.respondTo, FeedCacheTest), so each counted
   * request asks for a page never asked before: the cost of building one. The warm-up asks for yet another.
   */
  @Test
  void GET_feed_costs_the_same_statements_for_1_and_100_articles() {
    statements("/api/articles/feed?limit=2", reader, 2);
    assertSameCost(() -> statements("/api/articles/feed?limit=1", reader, 1),
        () -> statements("/api/articles/feed?limit=100", reader, 100), "GET /api/articles/feed");
  }

  @Test
  void GET_articles_page_deep_in_the_list_costs_the_same_as_the_first() {
    statements("/api/articles?limit=1", reader, 1);
    assertSameCost(() -> statements("/api/articles?limit=1&offset=50", reader, 1),
        () -> statements("/api/articles?limit=100&offset=10", reader, 100), "GET /api/articles with offset");
  }
}
