package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Http;
import inkwell.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed per account and per client address: 429 + Retry-After once the failures of the window
 * are used up, before any hash is computed; the lock ends with its window; a success clears the account's count.
 */
class LoginThrottleTest {

  static Http.Reply login(TestServer server, String email, String password) {
    return server.http.post("/api/users/login", null, Http.json(Map.of("user", Map.of("email", email, "password", password))));
  }

  @Test
  void after_the_allowed_failures_the_account_gets_429_even_with_the_right_password() {
    try (var server = TestServer.start(Map.of("LOGIN_MAX_FAILURES", "3"))) {
      var user = server.register("guessed");
      String email = user.get("username").asText() + "@example.com";
      for (int i = 0; i < 3; i++) assertEquals(401, login(server, email, "wrong guess " + i).status());
      var locked = login(server, email, "password-" + user.get("username").asText());
      assertEquals(429, locked.status(), locked.body());
      long retryAfter = Long.parseLong(locked.header("Retry-After"));
      assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "within the 15-minute window: " + retryAfter);
      assertTrue(locked.json().at("/errors/login/0").asText().contains("this account"), locked.body());

      var other = server.register("bystander");
      assertEquals(200, login(server, other.get("username").asText() + "@example.com",
          "password-" + other.get("username").asText()).status(), "other accounts are unaffected");
    }
  }

  @Test
  void the_lock_ends_with_its_window_so_nobody_is_locked_out_for_good() throws Exception {
    try (var server = TestServer.start(Map.of("LOGIN_MAX_FAILURES", "2", "LOGIN_THROTTLE_WINDOW", "2s"))) {
      var user = server.register("waits");
      String name = user.get("username").asText();
      login(server, name + "@example.com", "wrong 1");
      login(server, name + "@example.com", "wrong 2");
      assertEquals(429, login(server, name + "@example.com", "password-" + name).status());
      Thread.sleep(2500);
      assertEquals(200, login(server, name + "@example.com", "password-" + name).status());
    }
  }

  @Test
  void a_successful_login_clears_the_account_count() {
    try (var server = TestServer.start(Map.of("LOGIN_MAX_FAILURES", "3"))) {
      var user = server.register("typo");
      String name = user.get("username").asText();
      String email = name + "@example.com";
      login(server, email, "typo 1");
      login(server, email, "typo 2");
      assertEquals(200, login(server, email, "password-" + name).status());
      login(server, email, "typo 3");
      login(server, email, "typo 4");
      assertEquals(200, login(server, email, "password-" + name).status(), "the count started again after the success");
    }
  }

  @Test
  void one_address_spraying_many_accounts_is_throttled_too() {
    try (var server = TestServer.start(Map.of("LOGIN_MAX_FAILURES_PER_ADDRESS", "4"))) {
      for (int i = 0; i < 4; i++) assertEquals(401, login(server, "nobody" + i + "@example.com", "guess").status());
      var reply = login(server, "nobody-else@example.com", "guess");
      assertEquals(429, reply.status(), reply.body());
      assertTrue(reply.json().at("/errors/login/0").asText().contains("your address"), reply.body());
    }
  }
}
