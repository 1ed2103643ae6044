package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Http;
import inkwell.Statements;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /api/articles/feed is kept in memory per caller (ReadCache.respondTo), exactly as the anonymous reads are: it
 * is answered from memory only while the database reports no commit since it was built, whoever committed, and one
 * caller's feed is never another's.
 */
class FeedCacheTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  /** The feed of {@code token} (which must answer 200) and how many statements the server ran for it. */
  private static Statements.Counted<Http.Reply> feed(String token) {
    var counted = Statements.during(server, () -> server.http.get("/api/articles/feed", token));
    assertEquals(200, counted.result().status(), counted.result().body());
    return counted;
  }

  /**
   * On PostgreSQL the version is the cluster's snapshot, which any commit anywhere on the server moves (other test
   * suites share it): a few tries, so a stranger's commit cannot fail this; a cache that never answers still does.
   */
  private static boolean fromMemoryWithinTries(String token, int tries) {
    for (int i = 0; i < tries; i++) {
      if (feed(token).statements() == 0) return true;
    }
    return false;
  }

  @Test
  void the_feed_is_answered_from_memory_until_something_is_committed() {
    var ana = server.register("ana");
    String reader = server.register("reader").get("token").asText();
    String slug = Blog.postArticle(server, ana.get("token").asText(), "Ana first").get("slug").asText();
    Blog.follow(server, reader, ana.get("username").asText());

    assertTrue(feed(reader).statements() > 0, "the first read goes to the database");
    assertTrue(fromMemoryWithinTries(reader, 3), "nothing changed: from memory");

    // a new article by a followed author, through the API
    String second = Blog.postArticle(server, ana.get("token").asText(), "Ana second").get("slug").asText();
    var afterPost = feed(reader);
    assertTrue(afterPost.statements() > 0, "a commit invalidates");
    assertEquals(List.of(second, slug), Blog.slugs(afterPost.result()));

    // a write that bypasses this server's API, as another instance or `inkwell user ...` would make it
    server.server.database().jdbi().useHandle(h ->
        h.execute("UPDATE articles SET title = 'Changed Elsewhere' WHERE slug = ?", slug));
    assertTrue(feed(reader).result().body().contains("Changed Elsewhere"),
        "a commit by another connection invalidates");
  }

  @Test
  void one_callers_feed_is_never_anothers() {
    var bob = server.register("bob");
    String follower = server.register("follower").get("token").asText();
    String stranger = server.register("stranger").get("token").asText();
    String slug = Blog.postArticle(server, bob.get("token").asText(), "Bob only").get("slug").asText();
    Blog.follow(server, follower, bob.get("username").asText());
    Blog.favorite(server, follower, slug);

    var mine = feed(follower).result();
    assertEquals(List.of(slug), Blog.slugs(mine));
    assertTrue(mine.json().at("/articles/0/favorited").booleanValue(), mine.body());
    // the same path, asked by someone who follows nobody, at the same database version
    var theirs = feed(stranger).result();
    assertEquals(List.of(), Blog.slugs(theirs));
    assertEquals(0, theirs.json().get("articlesCount").asInt());
  }

  @Test
  void a_feed_kept_in_memory_still_needs_a_valid_token() {
    String reader = server.register("reader").get("token").asText();
    feed(reader);
    feed(reader);
    assertEquals(204, server.http.post("/api/users/logout", reader, "").status());
    assertEquals(401, server.http.get("/api/articles/feed", reader).status());
  }
}
