package inkwell.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/user/comments: the caller's own comments across articles, newest first, each with its article. */
class MyCommentsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static Http.Reply mine(String token, String query) {
    return server.http.get("/api/user/comments" + query, token);
  }

  private static List<String> bodies(Http.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    return Blog.each(reply.json().get("comments"), "body");
  }

  @Test
  void lists_only_the_callers_comments_across_articles_newest_first() {
    String author = server.register("author").get("token").asText();
    var me = server.register("me");
    String token = me.get("token").asText();
    String someoneElse = server.register("else").get("token").asText();
    String first = Blog.postArticle(server, author, "First article").get("slug").asText();
    String second = Blog.postArticle(server, author, "Second article").get("slug").asText();
    Blog.postComment(server, token, first, "a");
    Blog.postComment(server, someoneElse, first, "not mine");
    Blog.postComment(server, token, second, "b");
    Blog.postComment(server, token, first, "c");

    var reply = mine(token, "");
    assertEquals(List.of("c", "b", "a"), bodies(reply));
    assertEquals(3, reply.json().get("commentsCount").asInt());
    var newest = reply.json().at("/comments/0");
    assertEquals(first, newest.at("/article/slug").asText());
    assertEquals("First article", newest.at("/article/title").asText());
    assertEquals(second, reply.json().at("/comments/1/article/slug").asText());
    assertEquals(me.get("username").asText(), newest.at("/author/username").asText());
    assertTrue(newest.get("id").isIntegralNumber(), newest.toString());
    assertTrue(Blog.TIMESTAMP.matcher(newest.get("createdAt").asText()).matches(), newest.toString());
    assertTrue(Blog.TIMESTAMP.matcher(newest.get("updatedAt").asText()).matches(), newest.toString());
  }

  @Test
  void pages_with_limit_and_offset_and_counts_them_all() {
    String author = server.register("author").get("token").asText();
    String token = server.register("me").get("token").asText();
    String slug = Blog.postArticle(server, author, "Many comments").get("slug").asText();
    for (String body : List.of("1", "2", "3", "4", "5")) Blog.postComment(server, token, slug, body);
    assertEquals(List.of("5", "4"), bodies(mine(token, "?limit=2")));
    var page = mine(token, "?limit=2&offset=2");
    assertEquals(List.of("3", "2"), bodies(page));
    assertEquals(5, page.json().get("commentsCount").asInt());
    assertEquals(List.of(), bodies(mine(token, "?offset=5")));
    assertEquals(422, mine(token, "?limit=0").status());
    assertEquals(422, mine(token, "?offset=-1").status());
  }

  @Test
  void someone_who_never_commented_gets_an_empty_list() {
    var reply = mine(server.register("quiet").get("token").asText(), "");
    assertEquals(List.of(), bodies(reply));
    assertEquals(0, reply.json().get("commentsCount").asInt());
  }

  @Test
  void GET_user_comments_without_token_gives_401() {
    assertEquals(401, mine(null, "").status());
  }
}
