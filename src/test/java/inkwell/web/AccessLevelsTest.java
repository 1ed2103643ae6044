package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.Http;
import inkwell.TestServer;
import inkwell.auth.TokenCheck;
import inkwell.auth.Tokens;
import inkwell.db.Availability;
import io.javalin.Javalin;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A route that forgot to declare its access level fails closed, exercised over HTTP on a small app wired with the
 * production TokenCheck and Errors. (FRESH and ADMIN are tested on their real routes in FreshTokenTest and AdminRoutesTest.)
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
      config.routes.beforeMatched(new TokenCheck(tokens, null, null));   // never reached: the route declares no level
      Errors.register(config.routes, new Availability(() -> { throw new SQLException("this app has no database"); }), null);
      config.routes.get("/undeclared", ctx -> ctx.result("should never be served"));
    }).start("127.0.0.1", 0);
    http = new Http("http://127.0.0.1:" + app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void route_without_an_access_level_fails_closed() {
    var reply = http.get("/undeclared", tokens.issueAccess(1, inkwell.users.Role.admin, true, "any-session", "csrf"));
    assertEquals(500, reply.status());
    assertEquals(true, reply.json().has("errors"));
  }
}
