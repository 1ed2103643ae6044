package inkwell.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.ErrorReplies;
import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST and GET /api/articles/{slug}/comments: a comment comes back with its author; the list is newest first. */
class AddCommentTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void POST_comment_gives_200_with_the_comment_and_its_author_profile() {
    String slug = Blog.articleBy(server, server.register("author"), "Discuss");
    var commenter = server.register("commenter");
    var c = Blog.postComment(server, commenter.get("token").asText(), slug, "First!");
    assertTrue(c.get("id").isIntegralNumber(), c.toString());
    assertEquals("First!", c.get("body").asText());
    assertTrue(Blog.TIMESTAMP.matcher(c.get("createdAt").asText()).matches(), c.toString());
    assertTrue(Blog.TIMESTAMP.matcher(c.get("updatedAt").asText()).matches(), c.toString());
    assertEquals(commenter.get("username").asText(), c.at("/author/username").asText());
    assertTrue(c.get("author").has("bio") && c.get("author").has("image"), c.toString());
    assertTrue(c.at("/author/following").isBoolean(), c.toString());
  }

  @Test
  void GET_comments_lists_newest_first_for_anyone_with_following_per_caller() {
    var author = server.register("author");
    String slug = Blog.articleBy(server, author, "Chatty");
    var commenter = server.register("commenter");
    String token = commenter.get("token").asText();
    String first = Blog.postComment(server, token, slug, "one").get("id").asText();
    String second = Blog.postComment(server, token, slug, "two").get("id").asText();
    String third = Blog.postComment(server, token, slug, "three").get("id").asText();
    assertEquals(List.of(third, second, first), Blog.commentIds(Blog.comments(server, slug, null)));

    String follower = server.register("follower").get("token").asText();
    Blog.follow(server, follower, commenter.get("username").asText());
    for (var c : Blog.comments(server, slug, follower).json().get("comments")) {
      assertTrue(c.at("/author/following").booleanValue(), c.toString());
    }
    for (var c : Blog.comments(server, slug, null).json().get("comments")) {
      assertFalse(c.at("/author/following").booleanValue(), c.toString());
    }
  }

  @Test
  void GET_comments_of_an_article_without_any_is_an_empty_list() {
    var reply = Blog.comments(server, Blog.articleBy(server, server.register("author"), "Quiet"), null);
    assertEquals(List.of(), Blog.commentIds(reply));
  }

  @Test
  void POST_comment_with_a_missing_blank_or_oversize_body_gives_422() {
    String slug = Blog.articleBy(server, server.register("author"), "Strict");
    String token = server.register("commenter").get("token").asText();
    String path = "/api/articles/" + slug + "/comments";
    for (String json : new String[] {
        Http.json(Map.of("comment", Map.of())),
        Http.json(Map.of("comment", Map.of("body", "   "))),
        Http.json(Map.of("comment", Map.of("body", "x".repeat(10_001))))}) {
      ErrorReplies.assertError(server.http.post(path, token, json), 422, "body");
    }
    assertEquals(List.of(), Blog.commentIds(Blog.comments(server, slug, null)));
  }

  @Test
  void comments_of_an_unknown_article_give_404() {
    String token = server.register("commenter").get("token").asText();
    assertEquals(404, Blog.comments(server, "no-such-article", null).status());
    var reply = server.http.post("/api/articles/no-such-article/comments", token,
        Http.json(Map.of("comment", Map.of("body", "hello?"))));
    assertEquals(404, reply.status(), reply.body());
  }
}
