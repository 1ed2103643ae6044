package inkwell.comments;

import static inkwell.TestUsers.admin;
import static inkwell.TestUsers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.ErrorReplies;
import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DELETE /api/articles/{slug}/comments/{id}: only the comment's author or an admin, and only through its own article. */
class DeleteCommentTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void DELETE_comment_by_its_author_gives_204_and_removes_it() {
    String slug = Blog.articleBy(server, server.register("author"), "Regrets");
    String token = server.register("commenter").get("token").asText();
    String kept = Blog.postComment(server, token, slug, "keep").get("id").asText();
    String gone = Blog.postComment(server, token, slug, "oops").get("id").asText();
    var reply = server.http.delete("/api/articles/" + slug + "/comments/" + gone, token);
    assertEquals(204, reply.status(), reply.body());
    assertTrue(reply.body().isEmpty(), reply.body());
    assertEquals(List.of(kept), Blog.commentIds(Blog.comments(server, slug, null)));
    assertEquals(404, server.http.delete("/api/articles/" + slug + "/comments/" + gone, token).status());
  }

  /** Not even the article's author may delete a reader's comment: only its own author or an admin. */
  @Test
  void DELETE_comment_by_someone_else_gives_403_even_for_the_article_author() {
    var author = server.register("author");
    String slug = Blog.articleBy(server, author, "Guarded comments");
    String commenter = server.register("commenter").get("token").asText();
    String stranger = server.register("stranger").get("token").asText();
    String id = Blog.postComment(server, commenter, slug, "mine").get("id").asText();
    String path = "/api/articles/" + slug + "/comments/" + id;
    assertEquals(403, server.http.delete(path, stranger).status());
    assertEquals(403, server.http.delete(path, author.get("token").asText()).status());
    assertEquals(List.of(id), Blog.commentIds(Blog.comments(server, slug, null)));
  }

  @Test
  void DELETE_comment_by_an_admin_gives_204() {
    String slug = Blog.articleBy(server, server.register("author"), "Moderated");
    String commenter = server.register("commenter").get("token").asText();
    String id = Blog.postComment(server, commenter, slug, "spam").get("id").asText();
    String admin = token(admin(server));
    assertEquals(204, server.http.delete("/api/articles/" + slug + "/comments/" + id, admin).status());
    assertEquals(List.of(), Blog.commentIds(Blog.comments(server, slug, null)));
  }

  @Test
  void DELETE_comment_through_the_wrong_article_or_an_unknown_or_non_numeric_id_gives_404() {
    var author = server.register("author");
    String slug = Blog.articleBy(server, author, "Right article");
    String other = Blog.articleBy(server, author, "Wrong article");
    String token = server.register("commenter").get("token").asText();
    String id = Blog.postComment(server, token, slug, "here").get("id").asText();
    assertEquals(404, server.http.delete("/api/articles/" + other + "/comments/" + id, token).status());
    assertEquals(404, server.http.delete("/api/articles/no-such-article/comments/" + id, token).status());
    assertEquals(404, server.http.delete("/api/articles/" + slug + "/comments/999999", token).status());
    ErrorReplies.assertError(server.http.delete("/api/articles/" + slug + "/comments/abc", token), 404, "comment");
    assertEquals(404, server.http.delete("/api/articles/" + slug + "/comments/99999999999999999999", token).status());
    // none of that touched the comment
    assertEquals(List.of(id), Blog.commentIds(Blog.comments(server, slug, null)));
  }

  @Test
  void POST_and_DELETE_comment_without_token_give_401() {
    String slug = Blog.articleBy(server, server.register("author"), "Sign in to talk");
    String token = server.register("commenter").get("token").asText();
    String id = Blog.postComment(server, token, slug, "signed").get("id").asText();
    assertEquals(401, server.http.post("/api/articles/" + slug + "/comments", null,
        Http.json(Map.of("comment", Map.of("body", "anon")))).status());
    assertEquals(401, server.http.delete("/api/articles/" + slug + "/comments/" + id, null).status());
  }
}
