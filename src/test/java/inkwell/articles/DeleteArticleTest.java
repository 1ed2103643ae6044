package inkwell.articles;

import static inkwell.TestUsers.admin;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.username;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DELETE /api/articles/{slug}: the author or an admin; the article's comments, favorites and tags go with it. */
class DeleteArticleTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void DELETE_article_by_its_author_gives_204_then_404() {
    String token = server.register("author").get("token").asText();
    String slug = Blog.postArticle(server, token, "Short lived").get("slug").asText();
    var reply = server.http.delete("/api/articles/" + slug, token);
    assertEquals(204, reply.status(), reply.body());
    assertTrue(reply.body().isEmpty(), reply.body());
    assertEquals(404, server.http.get("/api/articles/" + slug, null).status());
    assertEquals(404, server.http.delete("/api/articles/" + slug, token).status());
  }

  @Test
  void DELETE_article_by_another_user_gives_403_and_keeps_it() {
    String author = server.register("author").get("token").asText();
    String other = server.register("other").get("token").asText();
    String slug = Blog.postArticle(server, author, "Not yours to delete").get("slug").asText();
    assertEquals(403, server.http.delete("/api/articles/" + slug, other).status());
    assertEquals(200, server.http.get("/api/articles/" + slug, null).status());
  }

  @Test
  void DELETE_unknown_article_gives_404_and_without_token_401() {
    String token = server.register("author").get("token").asText();
    String slug = Blog.postArticle(server, token, "Still here").get("slug").asText();
    assertEquals(404, server.http.delete("/api/articles/no-such-article", token).status());
    assertEquals(401, server.http.delete("/api/articles/" + slug, null).status());
  }

  @Test
  void DELETE_article_by_an_admin_gives_204() {
    String author = server.register("author").get("token").asText();
    String slug = Blog.postArticle(server, author, "Spam").get("slug").asText();
    String admin = token(admin(server));
    assertEquals(204, server.http.delete("/api/articles/" + slug, admin).status());
    assertEquals(404, server.http.get("/api/articles/" + slug, null).status());
  }

  /** The role is read from the database on every request, so a promotion counts at once, even for an older token. */
  @Test
  void DELETE_article_with_a_token_from_before_the_admin_promotion_gives_204() {
    String author = server.register("author").get("token").asText();
    var soonAdmin = server.register("admin");
    String slug = Blog.postArticle(server, author, "Not yet moderated").get("slug").asText();
    server.cli("user", "promote", username(soonAdmin));   // no new login: the old token
    assertEquals(204, server.http.delete("/api/articles/" + slug, soonAdmin.get("token").asText()).status());
  }

  @Test
  void DELETE_article_takes_its_comments_favorites_and_unused_tags_with_it() {
    var author = server.register("author");
    var reader = server.register("reader");
    String authorToken = author.get("token").asText();
    String readerToken = reader.get("token").asText();
    String onlyHere = Blog.uniqueTag("gone");
    String shared = Blog.uniqueTag("shared");
    String slug = Blog.postArticle(server, authorToken, "Doomed", onlyHere, shared).get("slug").asText();
    Blog.postArticle(server, authorToken, "Survivor", shared);
    Blog.postComment(server, readerToken, slug, "Nice one");
    Blog.favorite(server, readerToken, slug);

    assertEquals(204, server.http.delete("/api/articles/" + slug, authorToken).status());

    var tags = Blog.each(server.http.get("/api/tags", null).json().get("tags"), null);
    assertFalse(tags.contains(onlyHere), tags.toString());
    assertTrue(tags.contains(shared), tags.toString());
    var favorites = server.http.get("/api/articles?favorited=" + reader.get("username").asText(), null).json();
    assertEquals(0, favorites.get("articlesCount").asInt(), favorites.toString());
    var comments = server.http.get("/api/user/comments", readerToken).json();
    assertEquals(0, comments.get("commentsCount").asInt(), comments.toString());
    assertEquals(404, server.http.get("/api/articles/" + slug + "/comments", null).status());
    // the slug is free again for a new article with the same title
    assertEquals("doomed", Blog.postArticle(server, authorToken, "Doomed").get("slug").asText());
  }
}
