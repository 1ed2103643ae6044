package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.Http;
import inkwell.TestServer;
import inkwell.auth.Access;
import inkwell.auth.Identity;
import inkwell.auth.TokenCheck;
import inkwell.auth.Tokens;
import io.javalin.Javalin;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The levels no RealWorld route uses yet (FRESH, ADMIN), and a route that forgot to declare one, exercised over HTTP
 * on a small app wired with the production TokenCheck and Errors.
 */
class AccessLevelsTest {
  static final Tokens tokens = new Tokens(TestServer.SECRET, TestServer.ISSUER,
      Duration.ofMinutes(5), Duration.ofDays(1), Duration.ofSeconds(5));
  static Javalin app;
  static Http http;

  @BeforeAll
  static void start() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.beforeMatched(new TokenCheck(tokens));
      Errors.register(config.routes);
      config.routes.get("/fresh", ctx -> ctx.result("user " + Identity.of(ctx).userId()), Access.FRESH);
      config.routes.get("/admin", ctx -> ctx.result("admin " + Identity.of(ctx).userId()), Access.ADMIN);
      config.routes.get("/undeclared", ctx -> ctx.result("should never be served"));
    }).start("127.0.0.1", 0);
    http = new Http("http://127.0.0.1:" + app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void FRESH_route_accepts_a_token_from_a_password_login() {
    var reply = http.get("/fresh", tokens.issueAccess(7, "user", true));
    assertEquals(200, reply.status());
    assertEquals("user 7", reply.body());
  }

  @Test
  void FRESH_route_refuses_a_refreshed_token_with_401() {
    var reply = http.get("/fresh", tokens.issueAccess(7, "user", false));
    assertEquals(401, reply.status());
    assertEquals("a fresh token is required: log in again with your password", reply.json().at("/errors/token/0").asText());
  }

  @Test
  void ADMIN_route_accepts_an_admin_token() {
    var reply = http.get("/admin", tokens.issueAccess(1, "admin", false));
    assertEquals(200, reply.status());
    assertEquals("admin 1", reply.body());
  }

  @Test
  void ADMIN_route_refuses_a_user_token_with_403() {
    assertEquals(403, http.get("/admin", tokens.issueAccess(7, "user", true)).status());
  }

  @Test
  void ADMIN_route_without_a_token_gives_401() {
    assertEquals(401, http.get("/admin", null).status());
  }

  @Test
  void route_without_an_access_level_fails_closed() {
    var reply = http.get("/undeclared", tokens.issueAccess(1, "admin", true));
    assertEquals(500, reply.status());
    assertEquals(true, reply.json().has("errors"));
  }
}
