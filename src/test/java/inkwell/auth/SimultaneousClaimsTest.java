package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.tryRegister;
import static inkwell.TestUsers.unique;
import static inkwell.TestUsers.wrapped;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.Http;
import inkwell.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

/** Two requests racing for the same username or email: exactly one wins, the others get 422, never a 500. */
class SimultaneousClaimsTest {
  static final int RACERS = 8;
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  /** Runs RACERS requests released at the same instant; returns their replies. */
  static List<Http.Reply> race(IntFunction<Http.Reply> request) throws Exception {
    var pool = Executors.newFixedThreadPool(RACERS);
    try {
      var go = new CountDownLatch(1);
      var calls = new ArrayList<Callable<Http.Reply>>();
      for (int i = 0; i < RACERS; i++) {
        int racer = i;
        calls.add(() -> {
          go.await();
          return request.apply(racer);
        });
      }
      var futures = calls.stream().map(pool::submit).toList();
      go.countDown();
      var replies = new ArrayList<Http.Reply>();
      for (var future : futures) replies.add(future.get(20, TimeUnit.SECONDS));
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  static void assertOneWinner(List<Http.Reply> replies, int winStatus, String field) {
    long winners = replies.stream().filter(r -> r.status() == winStatus).count();
    for (var reply : replies) {
      if (reply.status() != winStatus) assertEquals(List.of("has already been taken"), assertError(reply, 422, field));
    }
    assertEquals(1, winners, "winners among " + replies.stream().map(Http.Reply::status).toList());
  }

  @Test
  @Timeout(30)
  void identical_sign_ups_at_the_same_moment_create_one_account() throws Exception {
    for (int round = 0; round < 3; round++) {
      String name = unique("twin");
      var replies = race(racer -> tryRegister(server.http, newUser(name)));
      assertOneWinner(replies, 201, "username");
    }
  }

  @Test
  @Timeout(30)
  void renames_to_the_same_username_at_the_same_moment_let_one_win() throws Exception {
    for (int round = 0; round < 5; round++) {
      var tokens = new ArrayList<String>();
      for (int i = 0; i < RACERS; i++) tokens.add(server.register("r" + round + "_").get("token").asText());
      String wanted = unique("wanted");
      var replies = race(racer -> server.http.put("/api/user", tokens.get(racer), wrapped("username", wanted)));
      assertOneWinner(replies, 200, "username");
    }
  }
}
