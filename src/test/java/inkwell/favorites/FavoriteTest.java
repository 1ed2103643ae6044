package inkwell.favorites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST/DELETE /api/articles/{slug}/favorite: idempotent, counted over everyone, reported for the caller. */
class FavoriteTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static JsonNode article(Http.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("article");
  }

  private static void assertFavorite(JsonNode article, boolean favorited, int count) {
    assertTrue(article.get("favorited").isBoolean(), article.toString());
    assertEquals(favorited, article.get("favorited").booleanValue(), article.toString());
    assertEquals(count, article.get("favoritesCount").asInt(), article.toString());
  }

  @Test
  void favorite_and_unfavorite_are_idempotent() {
    String author = server.register("author").get("token").asText();
    String fan = server.register("fan").get("token").asText();
    String path = "/api/articles/" + Blog.postArticle(server, author, "Twice liked").get("slug").asText() + "/favorite";
    assertFavorite(article(server.http.post(path, fan, null)), true, 1);
    assertFavorite(article(server.http.post(path, fan, null)), true, 1);
    assertFavorite(article(server.http.delete(path, fan)), false, 0);
    assertFavorite(article(server.http.delete(path, fan)), false, 0);
  }

  @Test
  void favoritesCount_counts_every_user_while_favorited_is_per_caller() {
    String author = server.register("author").get("token").asText();
    String one = server.register("one").get("token").asText();
    String two = server.register("two").get("token").asText();
    String slug = Blog.postArticle(server, author, "Popular").get("slug").asText();
    String path = "/api/articles/" + slug + "/favorite";
    assertFavorite(article(server.http.post(path, one, null)), true, 1);
    assertFavorite(article(server.http.post(path, two, null)), true, 2);
    assertFavorite(article(server.http.get("/api/articles/" + slug, one)), true, 2);
    assertFavorite(article(server.http.get("/api/articles/" + slug, author)), false, 2);
    assertFavorite(article(server.http.delete(path, one)), false, 1);
    assertFavorite(article(server.http.get("/api/articles/" + slug, two)), true, 1);
    assertFavorite(article(server.http.get("/api/articles/" + slug, null)), false, 1);
  }

  @Test
  void the_favorite_answer_is_the_whole_article() {
    String author = server.register("author").get("token").asText();
    String fan = server.register("fan").get("token").asText();
    var posted = Blog.postArticle(server, author, "Whole", "t1");
    var a = article(server.http.post("/api/articles/" + posted.get("slug").asText() + "/favorite", fan, null));
    assertEquals(posted.get("title"), a.get("title"));
    assertEquals(posted.get("body"), a.get("body"));
    assertEquals(posted.get("tagList"), a.get("tagList"));
    assertEquals(posted.at("/author/username"), a.at("/author/username"));
  }

  @Test
  void favorite_of_unknown_article_gives_404() {
    String fan = server.register("fan").get("token").asText();
    assertEquals(404, server.http.post("/api/articles/no-such-article/favorite", fan, null).status());
    assertEquals(404, server.http.delete("/api/articles/no-such-article/favorite", fan).status());
  }

  @Test
  void favorite_without_token_gives_401() {
    String author = server.register("author").get("token").asText();
    String path = "/api/articles/" + Blog.postArticle(server, author, "Anon like").get("slug").asText() + "/favorite";
    assertEquals(401, server.http.post(path, null, null).status());
    assertEquals(401, server.http.delete(path, null).status());
  }
}
