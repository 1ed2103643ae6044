package inkwell.articles;

import static inkwell.TestUsers.admin;
import static inkwell.TestUsers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PUT /api/articles/{slug}: only the author edits; updatedAt moves, createdAt never does. */
class UpdateArticleTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static Http.Reply put(String slug, String token, Map<String, Object> changes) {
    return server.http.put("/api/articles/" + slug, token, Http.json(Map.of("article", changes)));
  }

  @Test
  void PUT_article_by_its_author_changes_it_and_moves_updatedAt_only() throws InterruptedException {
    String token = server.register("author").get("token").asText();
    JsonNode before = Blog.postArticle(server, token, "Editable", "keep");
    Thread.sleep(20);   // timestamps have millisecond precision: make "later" observable
    var reply = put(before.get("slug").asText(), token, Map.of("body", "Edited body", "description", "Edited"));
    assertEquals(200, reply.status(), reply.body());
    var after = reply.json().get("article");
    assertEquals("Edited body", after.get("body").asText());
    assertEquals("Edited", after.get("description").asText());
    assertEquals("Editable", after.get("title").asText());
    assertEquals(List.of("keep"), Blog.each(after.get("tagList"), null));
    assertEquals(before.get("createdAt"), after.get("createdAt"));
    assertNotEquals(before.get("updatedAt"), after.get("updatedAt"));
    assertTrue(Blog.TIMESTAMP.matcher(after.get("updatedAt").asText()).matches(), after.toString());
    Instant created = Instant.parse(after.get("createdAt").asText());
    Instant updated = Instant.parse(after.get("updatedAt").asText());
    assertTrue(!updated.isBefore(created), after.toString());
    // the edit is stored, not just echoed
    var stored = server.http.get("/api/articles/" + after.get("slug").asText(), null).json().get("article");
    assertEquals(after.get("body"), stored.get("body"));
    assertEquals(after.get("updatedAt"), stored.get("updatedAt"));
  }

  @Test
  void PUT_article_with_a_tagList_replaces_the_tags() {
    String token = server.register("author").get("token").asText();
    String slug = Blog.postArticle(server, token, "Retag", "old", "both").get("slug").asText();
    var reply = put(slug, token, Map.of("tagList", List.of("New", "both")));
    assertEquals(200, reply.status(), reply.body());
    assertEquals(List.of("both", "new"), Blog.each(reply.json().at("/article/tagList"), null));
  }

  @Test
  void PUT_article_with_a_blank_title_gives_422() {
    String token = server.register("author").get("token").asText();
    String slug = Blog.postArticle(server, token, "Not blankable").get("slug").asText();
    var reply = put(slug, token, Map.of("title", "  "));
    assertEquals(422, reply.status(), reply.body());
    assertEquals(200, server.http.get("/api/articles/" + slug, null).status());
  }

  @Test
  void PUT_article_by_another_user_gives_403_and_changes_nothing() {
    String author = server.register("author").get("token").asText();
    String other = server.register("other").get("token").asText();
    String slug = Blog.postArticle(server, author, "Not yours").get("slug").asText();
    var reply = put(slug, other, Map.of("body", "Vandalised"));
    assertEquals(403, reply.status(), reply.body());
    assertEquals("The body of Not yours",
        server.http.get("/api/articles/" + slug, null).json().at("/article/body").asText());
  }

  /** Admins moderate by deleting; they do not put words in an author's mouth. */
  @Test
  void PUT_article_by_an_admin_who_is_not_the_author_gives_403() {
    String author = server.register("author").get("token").asText();
    String admin = token(admin(server));
    String slug = Blog.postArticle(server, author, "Admin cannot edit").get("slug").asText();
    assertEquals(403, put(slug, admin, Map.of("body", "Moderated")).status());
  }

  @Test
  void PUT_unknown_article_gives_404() {
    String token = server.register("author").get("token").asText();
    assertEquals(404, put("no-such-article", token, Map.of("body", "x")).status());
  }

  /** Who may edit, and whether the article exists, is answered before the body is judged. */
  @Test
  void PUT_with_an_empty_body_on_someone_elses_or_an_unknown_article_gives_403_or_404_not_422() {
    String author = server.register("author").get("token").asText();
    String other = server.register("other").get("token").asText();
    String slug = Blog.postArticle(server, author, "Empty edit").get("slug").asText();
    var empty = "{}";
    assertEquals(403, server.http.put("/api/articles/" + slug, other, empty).status());
    assertEquals(404, server.http.put("/api/articles/no-such-article", other, empty).status());
  }

  @Test
  void PUT_article_without_token_gives_401() {
    String token = server.register("author").get("token").asText();
    String slug = Blog.postArticle(server, token, "Anonymous edit").get("slug").asText();
    assertEquals(401, put(slug, null, Map.of("body", "x")).status());
  }
}
