package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.ErrorReplies;
import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/articles/{slug}: the same article for everyone, with favorited and following as the caller sees them. */
class GetArticleTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void GET_article_anonymously_gives_the_whole_article() {
    var author = server.register("author");
    var posted = Blog.postArticle(server, author.get("token").asText(), "Read me", "one", "two");
    var reply = server.http.get("/api/articles/" + posted.get("slug").asText(), null);
    assertEquals(200, reply.status(), reply.body());
    var a = reply.json().get("article");
    assertEquals(posted, a);
    assertEquals("The body of Read me", a.get("body").asText());
    assertEquals(false, a.get("favorited").booleanValue());
    assertEquals(false, a.at("/author/following").booleanValue());
  }

  @Test
  void GET_article_signed_in_shows_the_callers_favorite_and_follow() {
    var author = server.register("author");
    String reader = server.register("reader").get("token").asText();
    String slug = Blog.postArticle(server, author.get("token").asText(), "Seen by a fan").get("slug").asText();
    Blog.follow(server, reader, author.get("username").asText());
    Blog.favorite(server, reader, slug);

    var a = server.http.get("/api/articles/" + slug, reader).json().get("article");
    assertTrue(a.get("favorited").booleanValue(), a.toString());
    assertEquals(1, a.get("favoritesCount").asInt());
    assertTrue(a.at("/author/following").booleanValue(), a.toString());
    // the author's own view: counted, but neither favorited nor following themself
    var own = server.http.get("/api/articles/" + slug, author.get("token").asText()).json().get("article");
    assertEquals(false, own.get("favorited").booleanValue());
    assertEquals(1, own.get("favoritesCount").asInt());
  }

  @Test
  void GET_unknown_slug_gives_404_in_the_error_shape() {
    ErrorReplies.assertError(server.http.get("/api/articles/no-such-article", null), 404, "article");
  }

  @Test
  void GET_article_with_a_bad_token_gives_401() {
    var author = server.register("author");
    String slug = Blog.postArticle(server, author.get("token").asText(), "Guarded").get("slug").asText();
    assertEquals(401, server.http.get("/api/articles/" + slug, "garbage").status());
  }
}
