package inkwell.auth;

import static inkwell.ErrorReplies.assertInvalidToken;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import inkwell.TestServer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Correctly signed tokens whose claims are wrong: each is refused with a 401 whose description says which claim.
 * Tokens are crafted with TestServer.tokenLike (our secret and issuer, a 10-minute exp) and one claim changed.
 */
class TokenClaimsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static long userId;
  static String issued;

  @BeforeAll
  static void setUp() {
    issued = server.register("cleo").get("token").asText();
    userId = Long.parseLong(JWT.decode(issued).getSubject());
  }

  static JWTCreator.Builder access() {
    return TestServer.tokenLike(issued, "access");
  }

  static void assertRefused(JWTCreator.Builder token, String why) {
    assertInvalidToken(server.http.get("/api/user", TestServer.sign(token)), why);
  }

  /** A token like {@link #access()} but with {@code claim} left out of the payload altogether. */
  static String signedWithout(String claim) {
    var payload = new HashMap<String, Object>();
    JWT.decode(TestServer.sign(access())).getClaims().forEach((name, value) -> payload.put(name, value.as(Object.class)));
    payload.remove(claim);
    return JWT.create().withPayload(payload).sign(Algorithm.HMAC256(TestServer.SECRET.getBytes(UTF_8)));
  }

  static Instant secondsFromNow(long seconds) {
    return Instant.now().plusSeconds(seconds);
  }

  @Test
  void a_crafted_token_with_every_claim_right_is_accepted() {
    assertEquals(200, server.http.get("/api/user", TestServer.sign(access())).status());
  }

  @Test
  void token_expired_beyond_the_5s_leeway_is_refused() {
    assertRefused(access().withIssuedAt(secondsFromNow(-120)).withNotBefore(secondsFromNow(-120))
        .withExpiresAt(secondsFromNow(-30)), "expired");
  }

  @Test
  void token_expired_within_the_leeway_is_still_accepted() {
    var token = access().withIssuedAt(secondsFromNow(-120)).withNotBefore(secondsFromNow(-120))
        .withExpiresAt(secondsFromNow(-2));
    assertEquals(200, server.http.get("/api/user", TestServer.sign(token)).status());
  }

  @Test
  void token_without_exp_is_refused() {
    assertInvalidToken(server.http.get("/api/user", signedWithout("exp")), "exp");
  }

  @Test
  void token_with_a_null_exp_is_refused() {
    assertRefused(access().withExpiresAt((Instant) null), "exp");
  }

  @Test
  void token_from_another_issuer_is_refused() {
    assertRefused(access().withIssuer("someone-else"), "issuer");
  }

  @Test
  void token_not_valid_before_a_future_time_is_refused() {
    assertRefused(access().withNotBefore(secondsFromNow(120)), "not valid yet");
  }

  @Test
  void token_issued_in_the_future_is_refused() {
    assertRefused(access().withIssuedAt(secondsFromNow(120)), "not valid yet");
  }

  @Test
  void refresh_token_on_an_api_route_is_refused_as_the_wrong_type() {
    assertRefused(TestServer.tokenLike(userId, "refresh"), "wrong token type");
  }

  @Test
  void token_of_an_unknown_type_or_none_is_refused() {
    assertRefused(TestServer.tokenLike(userId, "admin"), "type");
    assertRefused(access().withClaim("type", (String) null), "type");
  }

  @Test
  void token_without_issuer_type_subject_or_id_is_refused() {
    for (String claim : List.of("iss", "type", "sub", "jti")) {
      assertInvalidToken(server.http.get("/api/user", signedWithout(claim)), claim);
    }
  }

  @Test
  void token_with_a_null_subject_is_refused() {
    assertRefused(access().withSubject(null), "sub");
  }

  @Test
  void token_with_a_null_id_is_refused() {
    assertRefused(access().withJWTId(null), "jti");
  }

  @Test
  void token_whose_subject_is_not_a_user_id_is_refused() {
    assertRefused(access().withSubject("alice"), "subject");
  }

  @Test
  void token_of_a_user_that_does_not_exist_is_refused() {
    assertRefused(TestServer.tokenLike(userId + 1000, "access"), "no longer exists");
  }
}
