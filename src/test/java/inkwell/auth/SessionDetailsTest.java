package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import inkwell.TestUsers;
import inkwell.pages.PageClient;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V009: a session remembers its login's User-Agent (shortened) and when it was last used, which moves at a refresh or
 * an implicit renewal (once per access token), not at every request.
 */
class SessionDetailsTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

  private static SessionDao sessions() {
    return server.server.database().jdbi().onDemand(SessionDao.class);
  }

  private static SessionDao.Login only(long userId) {
    var live = sessions().findLiveOfUser(userId, Instant.now());
    assertEquals(1, live.size(), live.toString());
    return live.get(0);
  }

  private static void makeOld(String sessionId) {
    server.server.database().jdbi().useHandle(h -> h.createUpdate("UPDATE sessions SET last_used_at = :t WHERE id = :id")
        .bind("t", LONG_AGO).bind("id", sessionId).execute());
  }

  private static long userId(String token) {
    return Long.parseLong(com.auth0.jwt.JWT.decode(token).getSubject());
  }

  @Test
  void a_login_keeps_its_user_agent_cut_to_200_characters_and_a_request_does_not_touch_last_used() throws Exception {
    String name = TestUsers.unique("agent");
    String agent = "Mozilla/5.0 (X11; Linux) Firefox/140 " + "x".repeat(400);
    var reply = new PageClient(server).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + "/api/users"))
        .header("Content-Type", "application/json").header("User-Agent", agent)
        .POST(HttpRequest.BodyPublishers.ofString(TestUsers.newUser(name))));
    assertEquals(201, reply.status(), reply.body());
    String token = TestUsers.token(inkwell.http.Json.MAPPER.readTree(reply.body()).get("user"));
    var login = only(userId(token));
    assertEquals(agent.substring(0, 200), login.userAgent());
    makeOld(login.id());
    assertEquals(200, server.http.get("/api/user", token).status());
    assertEquals(LONG_AGO, only(userId(token)).lastUsedAt(), "an ordinary request writes nothing");
  }

  @Test
  void a_refresh_moves_last_used() {
    var user = server.register("refreshed");
    var login = only(userId(TestUsers.token(user)));
    makeOld(login.id());
    var reply = server.http.post("/api/users/refresh", TestUsers.refreshToken(user), null);
    assertEquals(200, reply.status(), reply.body());
    assertTrue(only(userId(TestUsers.token(user))).lastUsedAt().isAfter(Instant.now().minus(1, ChronoUnit.MINUTES)));
  }

  @Test
  void an_implicit_renewal_moves_last_used() {
    var browser = PageClient.loggedInAs(server, "renewed");
    String access = browser.cookie("inkwell_access");
    var login = only(userId(access));
    makeOld(login.id());
    String expired = TestServer.sign(TestServer.tokenLike(access, "access")
        .withIssuedAt(new Date(System.currentTimeMillis() - 3_600_000))
        .withNotBefore(new Date(System.currentTimeMillis() - 3_600_000))
        .withExpiresAt(new Date(System.currentTimeMillis() - 600_000)));
    var store = browser.cookies.getCookieStore();
    var old = store.getCookies().stream().filter(c -> c.getName().equals("inkwell_access")).findFirst().orElseThrow();
    store.remove(null, old);
    for (URI uri : store.getURIs()) store.remove(uri, old);
    var cookie = new HttpCookie("inkwell_access", expired);
    cookie.setPath("/");
    cookie.setVersion(0);
    store.add(URI.create("http://127.0.0.1:" + server.server.port() + "/"), cookie);
    assertEquals(expired, browser.cookie("inkwell_access"));
    var page = browser.get("/settings/sessions");
    assertEquals(200, page.status(), page.body());
    assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("inkwell_access=")), "renewed");
    assertTrue(only(userId(access)).lastUsedAt().isAfter(Instant.now().minus(1, ChronoUnit.MINUTES)));
  }
}
