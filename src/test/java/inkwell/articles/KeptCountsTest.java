package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * articlesCount of the unfiltered list and of ?tag= comes from numbers the V006 triggers keep, not from counting.
 * After every kind of write, those numbers must equal the rows really listed; and a burst of concurrent creates
 * (SQLite writers queue on one lock) must lose nothing.
 */
class KeptCountsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static List<String> tagsInUse() {
    var names = new ArrayList<String>();
    server.http.get("/api/tags", null).json().get("tags").forEach(t -> names.add(t.asText()));
    return names;
  }

  /** The unfiltered count and each tag's count equal the articles the list really shows (all fit one page). */
  private static void assertKeptCountsMatchRows(List<String> tags) {
    var all = server.http.get("/api/articles?limit=100", null);
    assertEquals(Blog.slugs(all).size(), all.json().get("articlesCount").asInt(), all.body());
    var inUse = tagsInUse();
    for (String tag : tags) {
      var tagged = server.http.get("/api/articles?limit=100&tag=" + tag, null);
      int rows = Blog.slugs(tagged).size();
      assertEquals(rows, tagged.json().get("articlesCount").asInt(), tag + ": " + tagged.body());
      assertEquals(rows > 0, inUse.contains(tag), tag + " in GET /api/tags: " + inUse);
    }
  }

  @Test
  void kept_counts_follow_creates_tag_edits_deletes_and_a_deleted_account() {
    String red = Blog.uniqueTag("red");
    String blue = Blog.uniqueTag("blue");
    var tags = List.of(red, blue);
    JsonNode ana = server.register("counts-ana");
    JsonNode bob = server.register("counts-bob");
    String anaToken = ana.get("token").asText();
    String bobToken = bob.get("token").asText();

    String first = Blog.postArticle(server, anaToken, "First", red, blue).get("slug").asText();
    Blog.postArticle(server, anaToken, "Second", red);
    Blog.postArticle(server, bobToken, "Third", blue);
    Blog.postArticle(server, bobToken, "Fourth", red, blue);
    assertKeptCountsMatchRows(tags);
    assertEquals(3, server.http.get("/api/articles?tag=" + red, null).json().get("articlesCount").asInt());

    // replacing an article's tags moves it from one count to the other
    var edit = server.http.put("/api/articles/" + first, anaToken,
        Http.json(Map.of("article", Map.of("tagList", List.of(blue)))));
    assertEquals(200, edit.status(), edit.body());
    assertKeptCountsMatchRows(tags);
    assertEquals(2, server.http.get("/api/articles?tag=" + red, null).json().get("articlesCount").asInt());

    // deleting an article takes its tag links with it (ON DELETE CASCADE runs the triggers too)
    assertEquals(204, server.http.delete("/api/articles/" + first, anaToken).status());
    assertKeptCountsMatchRows(tags);

    // deleting an account cascades to its articles and their tag links
    var gone = server.http.delete("/api/user", bobToken);
    assertTrue(gone.status() == 200 || gone.status() == 204, gone.body());
    assertKeptCountsMatchRows(tags);
    assertEquals(0, server.http.get("/api/articles?tag=" + blue, null).json().get("articlesCount").asInt());
    assertFalse(tagsInUse().contains(blue));
  }

  @Test
  void a_burst_of_concurrent_creates_all_succeed_and_each_is_counted_once() throws Exception {
    String token = server.register("burst").get("token").asText();
    String tag = Blog.uniqueTag("burst");
    int before = server.http.get("/api/articles?limit=1", null).json().get("articlesCount").asInt();
    int threads = 16;
    int each = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      var replies = new ArrayList<Future<Http.Reply>>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        replies.add(pool.submit(() -> {
          Http.Reply last = null;
          for (int i = 0; i < each; i++) {
            last = server.http.post("/api/articles", token, Blog.articleJson("Burst " + thread + " " + i,
                "concurrent", "body", List.of(tag, "shared-burst-tag")));
            if (last.status() != 201) return last;
          }
          return last;
        }));
      }
      for (var reply : replies) {
        var r = reply.get(60, TimeUnit.SECONDS);
        assertEquals(201, r.status(), r.body());
      }
    } finally {
      pool.shutdownNow();
    }
    var tagged = server.http.get("/api/articles?limit=100&tag=" + tag, null);
    assertEquals(threads * each, tagged.json().get("articlesCount").asInt(), tagged.body());
    assertEquals(threads * each, new HashSet<>(Blog.slugs(tagged)).size());
    assertEquals(before + threads * each,
        server.http.get("/api/articles?limit=1", null).json().get("articlesCount").asInt());
  }
}
