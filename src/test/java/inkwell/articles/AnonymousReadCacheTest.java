package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Http;
import inkwell.Statements;
import inkwell.TestServer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ReadCache: an anonymous read is answered from memory only while the database reports no commit since the answer
 * was built, whoever made the commit (this server's API, or another connection: another instance, the command line).
 */
class AnonymousReadCacheTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static String token;
  static String slug;

  @BeforeAll
  static void setUp() {
    token = server.register("cache").get("token").asText();
    slug = Blog.postArticle(server, token, "Cached Article", "cached").get("slug").asText();
  }

  /** Runs the request (which must answer 200) and returns how many statements the server ran meanwhile. */
  private static int statementsDuring(Supplier<Http.Reply> request, StringBuilder body) {
    var counted = Statements.during(server, request);
    assertEquals(200, counted.result().status(), counted.result().body());
    body.setLength(0);
    body.append(counted.result().body());
    return counted.statements();
  }

  private static boolean fromMemoryWithinTries(String path, StringBuilder body, int tries) {
    for (int i = 0; i < tries; i++) {
      if (statementsDuring(() -> server.http.get(path, null), body) == 0) return true;
    }
    return false;
  }

  @Test
  void an_anonymous_list_is_answered_from_memory_until_another_connection_commits() {
    var body = new StringBuilder();
    String path = "/api/articles?limit=5&tag=cached";
    assertTrue(statementsDuring(() -> server.http.get(path, null), body) > 0, "the first read goes to the database");
    String first = body.toString();
    // On PostgreSQL the version is the cluster's snapshot, which any commit anywhere on the server moves (another
    // database's, autovacuum's): a few tries, so a stranger's commit cannot fail this; a cache that never answers still does.
    assertTrue(fromMemoryWithinTries(path, body, 3), "nothing changed: from memory");
    assertEquals(first, body.toString());

    // a write that bypasses this server's API, as another instance or `inkwell user ...` would make it
    server.server.database().jdbi().useHandle(h ->
        h.execute("UPDATE articles SET title = 'Changed Elsewhere' WHERE slug = ?", slug));
    assertTrue(statementsDuring(() -> server.http.get(path, null), body) > 0, "a commit invalidates");
    assertTrue(body.toString().contains("Changed Elsewhere"), body.toString());
  }

  @Test
  void an_article_and_the_tags_follow_writes_made_through_the_api() {
    var body = new StringBuilder();
    statementsDuring(() -> server.http.get("/api/articles/" + slug, null), body);
    statementsDuring(() -> server.http.get("/api/tags", null), body);
    String tag = Blog.uniqueTag("fresh");
    var put = server.http.put("/api/articles/" + slug, token,
        Http.json(java.util.Map.of("article", java.util.Map.of("description", "New description",
            "tagList", java.util.List.of(tag)))));
    assertEquals(200, put.status(), put.body());
    statementsDuring(() -> server.http.get("/api/articles/" + slug, null), body);
    assertTrue(body.toString().contains("New description"), body.toString());
    statementsDuring(() -> server.http.get("/api/tags", null), body);
    assertTrue(body.toString().contains(tag), body.toString());
  }

  @Test
  void a_signed_in_caller_is_never_answered_from_memory() {
    var body = new StringBuilder();
    statementsDuring(() -> server.http.get("/api/articles?limit=3", token), body);
    assertTrue(statementsDuring(() -> server.http.get("/api/articles?limit=3", token), body) > 0,
        "favorited and following are the caller's own: read every time");
  }
}
