package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes that race: a double-clicked "Publish" or "Favorite" sends the same request twice at once. Slug clashes,
 * duplicate favorites and duplicate follows must be settled by the database's unique rules, never surface as a 500.
 */
class ConcurrentWritesTest {
  static final int PARALLEL = 8;
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static ExecutorService pool;

  @BeforeAll
  static void setUp() {
    pool = Executors.newFixedThreadPool(PARALLEL);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  /** Runs the same request PARALLEL times at once; returns the replies. */
  private static List<Http.Reply> atOnce(Callable<Http.Reply> request) throws Exception {
    var futures = new java.util.ArrayList<Future<Http.Reply>>();
    for (int i = 0; i < PARALLEL; i++) futures.add(pool.submit(request));
    var replies = new java.util.ArrayList<Http.Reply>();
    for (var f : futures) replies.add(f.get());
    return replies;
  }

  @Test
  void articles_with_the_same_title_posted_at_once_all_get_distinct_slugs() throws Exception {
    String token = server.register("racer").get("token").asText();
    String tag = Blog.uniqueTag("race");
    var replies = atOnce(() -> server.http.post("/api/articles", token,
        Blog.articleJson("Same Title", "d", "b", List.of(tag, "shared-race-tag"))));
    var slugs = new HashSet<String>();
    for (var reply : replies) {
      assertEquals(201, reply.status(), reply.body());
      slugs.add(reply.json().at("/article/slug").asText());
      assertEquals(List.of(tag, "shared-race-tag"), Blog.each(reply.json().at("/article/tagList"), null));
    }
    assertEquals(PARALLEL, slugs.size(), slugs.toString());
    assertEquals(PARALLEL, server.http.get("/api/articles?tag=" + tag, null).json().get("articlesCount").asInt());
  }

  @Test
  void favoriting_the_same_article_at_once_counts_one_favorite() throws Exception {
    String author = server.register("author").get("token").asText();
    String fan = server.register("fan").get("token").asText();
    String slug = Blog.postArticle(server, author, "Double click").get("slug").asText();
    for (var reply : atOnce(() -> server.http.post("/api/articles/" + slug + "/favorite", fan, null))) {
      assertEquals(200, reply.status(), reply.body());
    }
    assertEquals(1, server.http.get("/api/articles/" + slug, null).json().at("/article/favoritesCount").asInt());
  }

  @Test
  void following_at_once_is_one_follow() throws Exception {
    var ana = server.register("ana");
    String name = ana.get("username").asText();
    String slug = Blog.articleBy(server, ana, "Followed once");
    String fan = server.register("fan").get("token").asText();
    for (var reply : atOnce(() -> server.http.post("/api/profiles/" + name + "/follow", fan, null))) {
      assertEquals(200, reply.status(), reply.body());
      assertTrue(reply.json().at("/profile/following").booleanValue(), reply.body());
    }
    // The feed is driven from the follows: a lost follow leaves it empty, a duplicated one shows ana's article twice.
    var feed = server.http.get("/api/articles/feed", fan);
    assertEquals(List.of(slug), Blog.slugs(feed));
    assertEquals(1, feed.json().get("articlesCount").asInt(), feed.body());
    assertTrue(server.http.get("/api/profiles/" + name, fan).json().at("/profile/following").booleanValue());

    var unfollowed = server.http.delete("/api/profiles/" + name + "/follow", fan);
    assertEquals(false, unfollowed.json().at("/profile/following").booleanValue());
    assertEquals(0, server.http.get("/api/articles/feed", fan).json().get("articlesCount").asInt());
  }
}
