package inkwell.cli;

import static inkwell.cli.CliUsageTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** token decode: header and payload, whether our key signed it, when it expires; exit 0 only for a good token. */
class TokenCommandTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static Shell shell;
  static JsonNode user;
  static String userId;

  @BeforeAll
  static void setUp() {
    shell = Shell.on(server.database);
    user = server.register("tess");
    userId = com.auth0.jwt.JWT.decode(user.get("token").asText()).getSubject();
  }

  /** Runs token decode and checks that, whatever the outcome, the secret was not printed. */
  static Shell.Result decode(Shell shell, String token) {
    var result = shell.run("token", "decode", token);
    assertFalse(result.all().contains(TestServer.SECRET), "the secret was printed:\n" + result);
    return result;
  }

  @Test
  void a_token_from_login_is_shown_verified_and_current() {
    var result = decode(shell, user.get("token").asText());
    assertEquals(Cli.OK, result.code(), result.toString());
    assertMentions(result.out(), "header:", "payload:", "signature: valid");
    assertTrue(result.out().matches("(?s).*\"alg\"\\s*:\\s*\"HS256\".*"), result.out());
    assertTrue(result.out().matches("(?s).*\"sub\"\\s*:\\s*\"" + userId + "\".*"), result.out());
    assertTrue(result.out().matches("(?s).*\"type\"\\s*:\\s*\"access\".*"), result.out());
    assertTrue(result.out().matches("(?s).*\nexpires: \\S+ \\(in 1[45]m \\d+s\\)\n.*"), result.out());
    assertTrue(result.out().contains("\n  \"sub\""), "payload is not pretty-printed:\n" + result.out());
  }

  @Test
  void a_refresh_token_and_a_pasted_authorization_header_work_too() {
    var refresh = decode(shell, user.get("refreshToken").asText());
    assertEquals(Cli.OK, refresh.code(), refresh.toString());
    assertTrue(refresh.out().matches("(?s).*\nexpires: \\S+ \\(in 29d 23h\\)\n.*"), refresh.out());
    var pasted = decode(shell, "Bearer " + user.get("token").asText());
    assertEquals(Cli.OK, pasted.code(), pasted.toString());
  }

  @Test
  void with_another_key_configured_the_signature_is_invalid() {
    var other = shell.with("JWT_SECRET", "another-secret-that-is-also-long-enough-0123456789");
    var result = decode(other, user.get("token").asText());
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.out(), "signature: INVALID", "payload:");
    assertFalse(result.all().contains("another-secret"), result.toString());
  }

  @Test
  void an_altered_payload_is_invalid() {
    String[] parts = user.get("token").asText().split("\\.");
    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"role\":\"user\"", "\"role\":\"admin\"").getBytes(StandardCharsets.UTF_8));
    var result = decode(shell, parts[0] + "." + forged + "." + parts[2]);
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.out(), "signature: INVALID", "\"admin\"");
  }

  @Test
  void an_unsigned_alg_none_token_is_invalid() {
    var encoder = Base64.getUrlEncoder().withoutPadding();
    String token = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + encoder.encodeToString(("{\"sub\":\"" + userId + "\",\"exp\":4102444800}").getBytes(StandardCharsets.UTF_8)) + ".";
    var result = decode(shell, token);
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.out(), "signature: INVALID", "none");
  }

  @Test
  void an_expired_token_is_reported_expired_with_exit_1() {
    long now = System.currentTimeMillis();
    String token = TestServer.sign(TestServer.tokenLike(Long.parseLong(userId), "access")
        .withIssuedAt(new Date(now - 7_200_000)).withNotBefore(new Date(now - 7_200_000))
        .withExpiresAt(new Date(now - 3_600_000)));
    var result = decode(shell, token);
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.out(), "signature: valid", "expired 1h 0m ago");
  }

  @Test
  void a_token_without_exp_is_refused() {
    String token = TestServer.sign(TestServer.tokenLike(Long.parseLong(userId), "access").withExpiresAt((Date) null));
    var result = decode(shell, token);
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.out(), "expires: never");
  }

  @Test
  void garbage_is_not_a_JWT() {
    for (String garbage : new String[] {"garbage", "a.b.c", ""}) {
      var result = decode(shell, garbage);
      assertEquals(Cli.FAILED, result.code(), "'" + garbage + "': " + result);
      assertMentions(result.err(), "inkwell: not a JWT");
    }
  }

  @Test
  void without_any_key_configured_the_signature_is_not_checked() {
    // No JWT_SECRET, and no generated secret file beside the test database (the server had JWT_SECRET).
    var result = decode(shell.with("JWT_SECRET", null), user.get("token").asText());
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.out(), "signature: not checked", "payload:");
  }
}
