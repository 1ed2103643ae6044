package inkwell.auth;

import static inkwell.ErrorReplies.assertInvalidToken;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import inkwell.TestServer;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tokens we did not sign with HS256 and our secret are refused, whatever their header claims (RFC 8725 §3.1). */
class TokenForgeryTest {
  static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static long userId;
  static String token;

  @BeforeAll
  static void setUp() {
    token = server.register("fred").get("token").asText();
    userId = Long.parseLong(JWT.decode(token).getSubject());
  }

  static void assertRefused(String forged, String why) {
    assertInvalidToken(server.http.get("/api/user", forged), why);
  }

  @Test
  void the_genuine_token_is_accepted() {
    assertEquals(200, server.http.get("/api/user", token).status());
  }

  @Test
  void token_signed_with_another_secret_is_refused() {
    var otherSecret = Algorithm.HMAC256("another-secret-that-is-also-32-bytes-long!!".getBytes(UTF_8));
    assertRefused(TestServer.tokenLike(userId, "access").sign(otherSecret), "signature");
  }

  @Test
  void token_whose_payload_was_edited_is_refused() {
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8).replace("\"user\"", "\"admin\"");
    assertRefused(parts[0] + "." + BASE64URL.encodeToString(payload.getBytes(UTF_8)) + "." + parts[2], "signature");
  }

  @Test
  void token_with_its_signature_stripped_is_refused() {
    String[] parts = token.split("\\.");
    assertRefused(parts[0] + "." + parts[1] + ".", "signature");
  }

  @Test
  void alg_none_token_is_refused() {
    String header = BASE64URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(UTF_8));
    String payload = token.split("\\.")[1];
    assertRefused(header + "." + payload + ".", "algorithm");
  }

  @Test
  void HS384_token_signed_with_our_own_secret_is_refused() {
    var hs384 = Algorithm.HMAC384(TestServer.SECRET.getBytes(UTF_8));
    assertRefused(TestServer.tokenLike(userId, "access").sign(hs384), "algorithm");
  }

  @Test
  void HS512_token_signed_with_our_own_secret_is_refused() {
    var hs512 = Algorithm.HMAC512(TestServer.SECRET.getBytes(UTF_8));
    assertRefused(TestServer.tokenLike(userId, "access").sign(hs512), "algorithm");
  }
}
