package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.ErrorReplies.assertRevoked;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.refresh;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.sessionOf;
import static inkwell.TestUsers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Http;
import inkwell.TestServer;
import inkwell.db.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * REFRESH_ROTATION=rotate (the default): each refresh token is good once and is exchanged for a new one; presenting
 * a retired one later is taken as theft and ends the whole login; of concurrent refreshes exactly one wins.
 */
class RefreshRotationTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  /** The reply's "user" object, after checking it is a 200 with a new refresh token. */
  static JsonNode rotated(Http.Reply reply, String presented) {
    assertEquals(200, reply.status(), reply.body());
    var user = reply.json().get("user");
    assertNotEquals(presented, refreshToken(user));
    return user;
  }

  /** Moves the login's last rotation back past the race window, as if the retired token came back much later. */
  static void rotatedLongAgo(String token) {
    var longAgo = Timestamps.now().minus(Sessions.RACE_WINDOW).minusSeconds(5);
    int rows = server.server.database().jdbi().withHandle(h -> h.createUpdate("UPDATE sessions SET rotated_at = :at WHERE id = :id")
        .bind("at", longAgo).bind("id", sessionOf(token)).execute());
    assertEquals(1, rows);
  }

  @Test
  void each_refresh_returns_a_new_refresh_token_which_works_in_turn() {
    var user = login(server.http, server.register("rob"));
    String presented = refreshToken(user);
    for (int i = 0; i < 3; i++) {
      var next = rotated(refresh(server.http, presented), presented);
      assertEquals(200, server.http.get("/api/user", token(next)).status());
      presented = refreshToken(next);
    }
  }

  @Test
  void a_retired_refresh_token_presented_again_later_revokes_the_whole_login() {
    var registered = server.register("ray");
    var user = login(server.http, registered);
    var next = rotated(refresh(server.http, refreshToken(user)), refreshToken(user));
    rotatedLongAgo(refreshToken(user));
    assertRevoked(refresh(server.http, refreshToken(user)));
    assertRevoked(refresh(server.http, refreshToken(next)));
    assertRevoked(server.http.get("/api/user", token(next)));
    assertRevoked(server.http.get("/api/user", token(user)));
    assertEquals(200, server.http.get("/api/user", token(registered)).status());   // another login of the user
  }

  @Test
  void a_refresh_token_two_rotations_old_is_a_replay_even_at_once() {
    var user = login(server.http, server.register("rex"));
    var second = rotated(refresh(server.http, refreshToken(user)), refreshToken(user));
    var third = rotated(refresh(server.http, refreshToken(second)), refreshToken(second));
    assertRevoked(refresh(server.http, refreshToken(user)));
    assertRevoked(refresh(server.http, refreshToken(third)));
    assertRevoked(server.http.get("/api/user", token(third)));
  }

  @Test
  void a_retired_refresh_token_presented_again_within_the_race_window_is_refused_but_ends_nothing() {
    var user = login(server.http, server.register("roy"));
    var next = rotated(refresh(server.http, refreshToken(user)), refreshToken(user));
    var again = refresh(server.http, refreshToken(user));
    assertError(again, 401, "token");
    assertNotEquals("revoked", again.json().at("/errors/token/0").asText(), again.body());
    assertEquals(200, server.http.get("/api/user", token(next)).status());
    rotated(refresh(server.http, refreshToken(next)), refreshToken(next));
  }

  @Test
  void of_eight_concurrent_refreshes_with_one_token_exactly_one_wins_and_its_token_keeps_working() throws Exception {
    String presented = refreshToken(login(server.http, server.register("rue")));
    for (int round = 0; round < 5; round++) {
      String token = presented;
      var replies = concurrently(8, () -> refresh(server.http, token));
      var winners = replies.stream().filter(r -> r.status() == 200).toList();
      assertEquals(1, winners.size(), "round " + round + ": " + replies);
      for (var reply : replies) {
        if (reply.status() != 200) assertError(reply, 401, "token");
      }
      var winner = winners.get(0).json().get("user");
      assertEquals(200, server.http.get("/api/user", token(winner)).status());
      presented = refreshToken(winner);
    }
    assertEquals(200, refresh(server.http, presented).status());
  }

  /** Runs {@code n} copies of {@code request} at the same moment and returns every reply. */
  static List<Http.Reply> concurrently(int n, Callable<Http.Reply> request) throws Exception {
    var pool = Executors.newFixedThreadPool(n);
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<Http.Reply>>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return request.call();
        }));
      }
      start.countDown();
      var replies = new ArrayList<Http.Reply>();
      for (var future : futures) replies.add(future.get());
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
