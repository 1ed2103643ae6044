package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.ErrorReplies.assertInvalidToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Authorization header: "Token x" (RealWorld) or "Bearer x" (RFC 6750) in any case; anything else is a 401. */
class TokenSchemesTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static String token;

  @BeforeAll
  static void setUp() {
    token = server.register("tess").get("token").asText();
  }

  static Http.Reply getUser(String authorization) {
    return server.http.send("GET", "/api/user", null, null, authorization);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Token", "Bearer", "bearer", "BEARER", "token"})
  void both_schemes_are_accepted_in_any_case(String scheme) {
    var reply = getUser(scheme + " " + token);
    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void extra_spaces_around_the_token_are_tolerated() {
    assertEquals(200, getUser("Bearer   " + token + "  ").status());
  }

  @Test
  void missing_header_gives_401_with_a_bare_bearer_challenge() {
    var reply = getUser(null);
    assertEquals(List.of("is missing"), assertError(reply, 401, "token"));
    assertEquals("Bearer realm=\"inkwell\"", reply.header("WWW-Authenticate"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Token", "Bearer a b", "JWT abc.def.ghi"})
  void malformed_header_gives_401_invalid_token(String header) {
    assertInvalidToken(getUser(header), "Authorization header must be");
  }

  @Test
  void a_bare_token_without_a_scheme_gives_401_invalid_token() {
    assertInvalidToken(getUser(token), "Authorization header must be");
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "a.b.c", "not.a.jwt.at.all", "eyJhbGciOiJIUzI1NiJ9"})
  void garbage_token_gives_401_malformed(String garbage) {
    assertInvalidToken(getUser("Bearer " + garbage), "malformed");
  }
}
