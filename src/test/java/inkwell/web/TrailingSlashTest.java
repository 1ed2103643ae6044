package inkwell.web;

import static inkwell.TestUsers.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.Http;
import inkwell.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The notes' Flask surprise: /api/articles/ answered with a 308 redirect. Here a trailing slash names the same route
 * for every method, answered directly (a redirect would make a client resend a POST body, or drop its token).
 */
class TrailingSlashTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void get_with_and_without_a_trailing_slash_gives_the_same_answer() {
    for (String path : new String[] {"/api/articles", "/api/tags", "/health", "/openapi.json"}) {
      var plain = server.http.get(path, null);
      var slashed = server.http.get(path + "/", null);
      assertEquals(200, plain.status(), path);
      assertEquals(plain.status(), slashed.status(), path + "/");
      assertEquals(plain.header("Content-Type"), slashed.header("Content-Type"), path + "/");
    }
  }

  @Test
  void post_put_and_delete_work_with_a_trailing_slash_and_are_never_redirected() {
    String token = server.register("slash").get("token").asText();
    var created = server.http.post("/api/articles/", token, Http.json(Map.of("article",
        Map.of("title", "Slashes", "description", "d", "body", "b"))));
    assertEquals(201, created.status(), created.body());
    String slug = created.json().at("/article/slug").asText();

    var updated = server.http.put("/api/articles/" + slug + "/", token, Http.json(Map.of("article", Map.of("body", "new"))));
    assertEquals(200, updated.status(), updated.body());
    assertEquals("new", updated.json().at("/article/body").asText());

    var comment = server.http.post("/api/articles/" + slug + "/comments/", token,
        Http.json(Map.of("comment", Map.of("body", "hi"))));
    assertEquals(200, comment.status(), comment.body());   // RealWorld answers a new comment with 200

    assertEquals(204, server.http.delete("/api/articles/" + slug + "/", token).status());
    assertEquals(404, server.http.get("/api/articles/" + slug, null).status(), "deleted through the slashed path");
  }

  @Test
  void a_trailing_slash_does_not_open_a_way_around_the_token_check() {
    assertEquals(401, server.http.get("/api/user/", null).status());
    assertEquals(401, server.http.post("/api/articles/", null, "{}").status());
  }

  @Test
  void login_with_a_trailing_slash_works() {
    var user = server.register("slashlogin");
    var reply = server.http.post("/api/users/login/", null, credentials(user));
    assertEquals(200, reply.status(), reply.body());
  }
}
