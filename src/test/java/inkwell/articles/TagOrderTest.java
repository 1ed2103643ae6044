package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every article response lists its tags sorted by name, as RealWorld backends do (the official suite's "Articles by
 * Tag" posts ["training","dragons"] and expects ["dragons","training"]), in code point order on both databases.
 */
class TagOrderTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static String token;

  @BeforeAll
  static void setUp() {
    token = server.register("tagger").get("token").asText();
  }

  static List<String> tagsOf(Http.Reply reply, String pointer) {
    assertEquals(true, reply.status() == 200 || reply.status() == 201, reply.body());
    return Blog.each(reply.json().at(pointer), null);
  }

  @Test
  void the_suites_training_dragons_article_comes_back_as_dragons_training_everywhere() {
    var created = server.http.post("/api/articles", token,
        Blog.articleJson("Train your dragon", "d", "b", List.of("training", "dragons")));
    assertEquals(List.of("dragons", "training"), tagsOf(created, "/article/tagList"));
    String slug = created.json().at("/article/slug").asText();

    assertEquals(List.of("dragons", "training"), tagsOf(server.http.get("/api/articles/" + slug, token), "/article/tagList"));
    for (int read = 0; read < 2; read++) {   // the second anonymous read comes from ReadCache
      assertEquals(List.of("dragons", "training"), tagsOf(server.http.get("/api/articles/" + slug, null), "/article/tagList"));
      assertEquals(List.of("dragons", "training"), tagsOf(server.http.get("/api/articles?tag=dragons", null), "/articles/0/tagList"));
    }
    assertEquals(List.of("dragons", "training"), tagsOf(server.http.get("/api/articles?tag=training&tag=dragons", token), "/articles/0/tagList"));
  }

  @Test
  void the_feed_lists_tags_sorted_by_name() {
    var author = server.register("feedauthor");
    var reader = server.register("feedreader").get("token").asText();
    Blog.postArticle(server, author.get("token").asText(), "Feed order", "zebra", "apple", "mango");
    Blog.follow(server, reader, author.get("username").asText());
    assertEquals(List.of("apple", "mango", "zebra"), tagsOf(server.http.get("/api/articles/feed", reader), "/articles/0/tagList"));
  }

  @Test
  void PUT_with_a_new_tagList_answers_with_the_tags_sorted_by_name() {
    String slug = Blog.postArticle(server, token, "Retagged", "one").get("slug").asText();
    var reply = server.http.put("/api/articles/" + slug, token,
        Http.json(Map.of("article", Map.of("tagList", List.of("Yellow", "blue", "green")))));
    assertEquals(List.of("blue", "green", "yellow"), tagsOf(reply, "/article/tagList"));
  }

  @Test
  void tags_sort_by_code_point_not_by_a_locale() {
    // A locale collation (PostgreSQL's en_US.UTF-8) would ignore the hyphen and put "cb" before "c-d", and "éclair"
    // before "zeta"; by code point: '-' < '2' < 'b', and 'z' < 'é'.
    var article = Blog.postArticle(server, token, "Code points", "éclair", "cb", "zeta", "c2", "c-d");
    assertEquals(List.of("c-d", "c2", "cb", "zeta", "éclair"), Blog.each(article.get("tagList"), null));
  }
}
