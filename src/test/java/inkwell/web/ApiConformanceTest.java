package inkwell.web;

import static inkwell.TestUsers.credentials;
import static inkwell.TestUsers.email;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The RealWorld flow and its usual failures, each answer checked here against openapi.json (status, headers,
 * schema), independently of the check the test Http client makes on every reply.
 */
class ApiConformanceTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static final OpenApiDocument doc = OpenApiDocument.served();

  /** Sends the request, asserts the status and that the document describes the reply; records "METHOD path status". */
  static Http.Reply expect(int status, String method, String path, String token, Object body, Set<String> seen) {
    String json = body == null ? null : body instanceof String s ? s : Http.json(body);
    var reply = server.http.send(method, path, json, "application/json", token == null ? null : "Token " + token);
    assertEquals(status, reply.status(), method + " " + path + ": " + reply.body());
    var operation = doc.find(method, path);
    assertTrue(operation.isPresent(), method + " " + path + " is not a documented operation");
    assertEquals(List.of(), doc.problems(method, path, reply), method + " " + path + " -> " + reply.body());
    seen.add(operation.get().id() + " " + status);
    return reply;
  }

  @Test
  void the_whole_realworld_flow_answers_as_documented() {
    var seen = new TreeSet<String>();
    String ana = "ana" + System.nanoTime() % 100000;
    String bob = "bob" + System.nanoTime() % 100000;
    for (String name : List.of(ana, bob)) {
      expect(201, "POST", "/api/users", null, newUser(name), seen);
    }
    var login = expect(200, "POST", "/api/users/login", null, credentials(email(ana), password(ana)), seen).json().get("user");
    String anaToken = login.get("token").asText();
    var bobLogin = expect(200, "POST", "/api/users/login", null, credentials(email(bob), password(bob)), seen).json().get("user");
    String bobToken = bobLogin.get("token").asText();
    var refreshed = server.http.send("POST", "/api/users/refresh", null, null, "Bearer " + bobLogin.get("refreshToken").asText());
    assertEquals(200, refreshed.status(), refreshed.body());
    assertEquals(List.of(), doc.problems("POST", "/api/users/refresh", refreshed));
    expect(200, "POST", "/api/users/refresh", null, Map.of("refreshToken", login.get("refreshToken").asText()), seen);

    expect(200, "GET", "/api/user", anaToken, null, seen);
    expect(200, "PUT", "/api/user", anaToken, Map.of("user", Map.of("bio", "I write.", "image", "https://example.com/ana.png")), seen);
    expect(200, "GET", "/api/profiles/" + ana, bobToken, null, seen);
    expect(200, "GET", "/api/profiles/" + ana, null, null, seen);
    expect(200, "POST", "/api/profiles/" + ana + "/follow", bobToken, null, seen);
    expect(200, "DELETE", "/api/profiles/" + ana + "/follow", bobToken, null, seen);
    expect(200, "POST", "/api/profiles/" + ana + "/follow", bobToken, null, seen);

    var article = Map.of("article", Map.of("title", "Conformance " + ana, "description", "d", "body", "b", "tagList", List.of("openapi", ana)));
    String slug = expect(201, "POST", "/api/articles", anaToken, article, seen).json().at("/article/slug").asText();
    expect(200, "GET", "/api/articles?tag=" + ana + "&limit=5&offset=0", null, null, seen);
    expect(200, "GET", "/api/articles?author=" + ana, bobToken, null, seen);
    expect(200, "GET", "/api/articles/feed", bobToken, null, seen);
    expect(200, "GET", "/api/articles/" + slug, null, null, seen);
    slug = expect(200, "PUT", "/api/articles/" + slug, anaToken, Map.of("article", Map.of("title", "Conformance again " + ana)), seen)
        .json().at("/article/slug").asText();
    expect(200, "POST", "/api/articles/" + slug + "/favorite", bobToken, null, seen);
    expect(200, "DELETE", "/api/articles/" + slug + "/favorite", bobToken, null, seen);

    long commentId = expect(200, "POST", "/api/articles/" + slug + "/comments", bobToken, Map.of("comment", Map.of("body", "Nice.")), seen)
        .json().at("/comment/id").asLong();
    expect(200, "GET", "/api/articles/" + slug + "/comments", null, null, seen);
    expect(200, "GET", "/api/user/comments?limit=10", bobToken, null, seen);
    var draft = Map.of("article", Map.of("title", "Draft " + ana, "description", "d", "body", "b", "draft", true));
    String draftSlug = expect(201, "POST", "/api/articles", anaToken, draft, seen).json().at("/article/slug").asText();
    expect(200, "GET", "/api/articles/" + draftSlug, anaToken, null, seen);
    expect(200, "GET", "/api/user/drafts?limit=10", anaToken, null, seen);
    expect(200, "PUT", "/api/articles/" + draftSlug, anaToken, Map.of("article", Map.of("draft", false)), seen);
    expect(200, "GET", "/api/tags", null, null, seen);
    expect(200, "GET", "/api/tags?withCounts=true", null, null, seen);
    expect(204, "DELETE", "/api/articles/" + slug + "/comments/" + commentId, bobToken, null, seen);
    expect(204, "DELETE", "/api/articles/" + slug, anaToken, null, seen);

    expect(200, "GET", "/health", null, null, seen);
    expect(200, "GET", "/ready", null, null, seen);
    expect(200, "GET", "/openapi.json", null, null, seen);
    expect(200, "GET", "/docs", null, null, seen);
    expect(200, "GET", "/.well-known/jwks.json", null, null, seen);

    // the token lifecycle: an admin (made on the command line) bans and restores bob, then everyone leaves
    server.cli("user", "promote", ana);
    String admin = expect(200, "POST", "/api/users/login", null, credentials(email(ana), password(ana)), seen)
        .json().at("/user/token").asText();
    expect(200, "GET", "/api/admin/users?limit=10", admin, null, seen);
    expect(200, "POST", "/api/admin/users/" + bob + "/ban", admin, null, seen);
    expect(200, "POST", "/api/admin/users/" + bob + "/unban", admin, null, seen);
    expect(200, "PUT", "/api/admin/users/" + bob + "/role", admin, Map.of("role", "user"), seen);
    String bobAgain = expect(200, "POST", "/api/users/login", null, credentials(email(bob), password(bob)), seen)
        .json().at("/user/token").asText();
    expect(204, "POST", "/api/users/logout", bobAgain, null, seen);
    String bobElsewhere = expect(200, "POST", "/api/users/login", null, credentials(email(bob), password(bob)), seen)
        .json().at("/user/token").asText();
    expect(204, "POST", "/api/users/logout-all", bobElsewhere, null, seen);
    expect(204, "DELETE", "/api/user", admin, null, seen);

    var notExercised = doc.operations().stream().map(OpenApiDocument.Operation::id)
        .filter(id -> seen.stream().noneMatch(s -> s.startsWith(id + " 2"))).toList();
    assertEquals(List.of(), notExercised, "every operation's success answer is checked above");
  }

  @Test
  void the_usual_failures_answer_as_documented() {
    var seen = new TreeSet<String>();
    var ana = server.register("ana");
    var bob = server.register("bob");
    String anaToken = ana.get("token").asText();
    String bobToken = bob.get("token").asText();
    String slug = expect(201, "POST", "/api/articles", anaToken, Map.of("article", Map.of("title", "Failures", "description", "d", "body", "b")), seen)
        .json().at("/article/slug").asText();
    long commentId = expect(200, "POST", "/api/articles/" + slug + "/comments", anaToken, Map.of("comment", Map.of("body", "mine")), seen)
        .json().at("/comment/id").asLong();

    expect(401, "GET", "/api/user", null, null, seen);
    expect(401, "GET", "/api/articles", "not-a-jwt", null, seen);
    expect(401, "POST", "/api/users/refresh", null, null, seen);
    expect(401, "POST", "/api/users/login", null, Map.of("user", Map.of("email", "nobody@example.com", "password", "wrong-password")), seen);
    expect(422, "POST", "/api/users", null, Map.of("user", Map.of()), seen);
    expect(400, "POST", "/api/users", null, "{not json", seen);
    expect(400, "POST", "/api/articles/" + slug + "/comments", bobToken, "null", seen);
    for (String path : List.of("/api/users", "/api/articles", "/api/users/refresh")) {
      var notJson = server.http.send("POST", path, "x", "text/plain", path.equals("/api/articles") ? "Token " + anaToken : null);
      assertEquals(415, notJson.status(), path + ": " + notJson.body());
      assertEquals(List.of(), doc.problems("POST", path, notJson));
    }
    expect(401, "GET", "/api/articles/" + slug + "/comments", "not-a-jwt", null, seen);
    expect(422, "GET", "/api/articles?limit=0", null, null, seen);
    expect(422, "POST", "/api/profiles/" + ana.get("username").asText() + "/follow", anaToken, null, seen);
    expect(403, "PUT", "/api/articles/" + slug, bobToken, Map.of("article", Map.of("title", "Mine now")), seen);
    expect(403, "DELETE", "/api/articles/" + slug + "/comments/" + commentId, bobToken, null, seen);
    expect(404, "GET", "/api/articles/no-such-article", null, null, seen);
    expect(404, "GET", "/api/profiles/no-such-person", null, null, seen);
    expect(404, "DELETE", "/api/articles/" + slug + "/comments/999999", anaToken, null, seen);
    expect(413, "PUT", "/api/user", anaToken, "{\"user\":{\"bio\":\"" + "x".repeat(1_100_000) + "\"}}", seen);
  }

  @Test
  void ready_answers_503_as_documented_while_a_migration_is_not_applied() {
    try (var other = TestServer.start()) {
      other.server.database().jdbi().useHandle(h -> h.execute("DELETE FROM schema_migrations WHERE version = 2"));
      var reply = other.http.get("/ready", null);
      assertEquals(503, reply.status(), reply.body());
      assertEquals(List.of(), doc.problems("GET", "/ready", reply));
      assertEquals("1 not applied (run: inkwell db status)", reply.json().at("/errors/migrations/0").asText());
    }
  }
}
