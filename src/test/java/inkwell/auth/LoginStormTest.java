package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.auth.Users.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Http;
import inkwell.TestServer;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

/**
 * Password hashing is bounded (Passwords): a storm of logins gets 200, 401 or a quick 503 with Retry-After,
 * never a 500, and routes that hash nothing keep answering meanwhile.
 */
class LoginStormTest {
  static final int CALLERS = 60;
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static JsonNode user;

  @BeforeAll
  static void setUp() {
    user = server.register("storm");
  }

  static Http.Reply login(int caller) {
    String password = caller % 2 == 0 ? "password-" + user.get("username").asText() : "a wrong password";
    return server.http.post("/api/users/login", null, credentials(user.get("email").asText(), password));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void concurrent_logins_never_give_500_and_other_routes_stay_responsive() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      var go = new CountDownLatch(1);
      var results = new ArrayList<Future<Http.Reply>>();
      for (int i = 0; i < CALLERS; i++) {
        int caller = i;
        results.add(pool.submit(() -> {
          go.await();
          return login(caller);
        }));
      }
      go.countDown();
      Thread.sleep(100);   // let the storm build up

      long started = System.nanoTime();
      var unknown = server.http.get("/api/no-such-route", null);
      var me = server.http.get("/api/user", user.get("token").asText());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      assertEquals(404, unknown.status(), unknown.body());
      assertEquals(200, me.status(), me.body());
      assertTrue(millis < 3000, "routes without hashing took " + millis + " ms during the storm");

      for (var result : results) assertAcceptable(result.get(25, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  static void assertAcceptable(Http.Reply reply) {
    switch (reply.status()) {
      case 200 -> assertTrue(reply.json().at("/user/token").isTextual(), reply.body());
      case 401 -> assertError(reply, 401, "email or password");
      case 503 -> {
        assertError(reply, 503, "server");
        assertEquals("1", reply.header("Retry-After"));
      }
      default -> throw new AssertionError("unexpected " + reply.status() + ": " + reply.body());
    }
  }
}
