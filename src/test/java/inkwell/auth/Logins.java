package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import inkwell.Http;
import inkwell.TestServer;
import inkwell.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Signing in again, refreshing, and making admins the way an operator does (the command line), for the tests of the
 * token lifecycle; plus the three ways a token stops working: revoked, fresh token required, banned.
 */
final class Logins {
  private Logins() {}

  /** The password {@link TestServer#register} gave this user. */
  static String password(JsonNode user) {
    return "password-" + user.get("username").asText();
  }

  /** A user as {@link TestServer#register} would have made {@code username}: name, email and (by rule) password. */
  static JsonNode named(String username) {
    return JsonNodeFactory.instance.objectNode().put("username", username).put("email", username + "@example.com");
  }

  static String token(JsonNode user) {
    return user.get("token").asText();
  }

  static String refreshToken(JsonNode user) {
    return user.get("refreshToken").asText();
  }

  /** The login's id, which every token of that login carries as "sid". */
  static String sessionOf(String token) {
    return JWT.decode(token).getClaim("sid").asString();
  }

  static Http.Reply tryLogin(Http http, JsonNode user) {
    return http.post("/api/users/login", null, Users.credentials(user.get("email").asText(), password(user)));
  }

  /** A new login of {@code user}: its "user" object, with a fresh access token and a refresh token. */
  static JsonNode login(Http http, JsonNode user) {
    var reply = tryLogin(http, user);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("user");
  }

  static Http.Reply refresh(Http http, String refreshToken) {
    return http.send("POST", "/api/users/refresh", null, "application/json", "Bearer " + refreshToken);
  }

  /** A non-fresh access token of a new login of {@code user}, as a refresh hands out. */
  static String refreshedToken(Http http, JsonNode user) {
    var reply = refresh(http, refreshToken(login(http, user)));
    assertEquals(200, reply.status(), reply.body());
    return reply.json().at("/user/token").asText();
  }

  /** Runs one command line of the jar on the server's database, as an operator would; fails unless it exits 0. */
  static String cli(TestServer server, Map<String, String> extraEnv, String... args) {
    var env = new HashMap<>(Map.of("DATABASE_URL", server.database.url(), "JWT_SECRET", TestServer.SECRET,
        "JWT_ISSUER", TestServer.ISSUER));
    env.putAll(extraEnv);
    var out = new StringWriter();
    var err = new StringWriter();
    int code = new Cli(env, new PrintWriter(out, true), new PrintWriter(err, true), prompt -> null).run(args);
    assertEquals(0, code, "inkwell " + String.join(" ", args) + "\n" + out + err);
    return out.toString();
  }

  static String cli(TestServer server, String... args) {
    return cli(server, Map.of(), args);
  }

  /** A new user made admin with "user promote", then logged in again: its "user" object with a fresh admin token. */
  static JsonNode admin(TestServer server) {
    var user = server.register("admin");
    cli(server, "user", "promote", user.get("username").asText());
    return login(server.http, user);
  }

  /** 401 {"errors":{"token":["revoked"]}} with an invalid_token challenge. */
  static void assertRevoked(Http.Reply reply) {
    assertEquals(List.of("revoked"), assertError(reply, 401, "token"), reply.body());
    assertInvalidTokenChallenge(reply);
  }

  /** 401 {"errors":{"token":["fresh token required"]}} with an invalid_token challenge. */
  static void assertFreshTokenRequired(Http.Reply reply) {
    assertEquals(List.of("fresh token required"), assertError(reply, 401, "token"), reply.body());
    assertInvalidTokenChallenge(reply);
  }

  // Unlike other refusals, these two explain themselves at more length in the challenge than in the body.
  private static void assertInvalidTokenChallenge(Http.Reply reply) {
    String challenge = reply.header("WWW-Authenticate");
    assertTrue(challenge != null && challenge.startsWith("Bearer realm=\"inkwell\"")
        && challenge.contains("error=\"invalid_token\""), "WWW-Authenticate: " + challenge);
  }

  /** 403 {"errors":{"user":["is banned"]}}. */
  static void assertBanned(Http.Reply reply) {
    assertEquals(List.of("is banned"), assertError(reply, 403, "user"), reply.body());
  }

  /** 403 for a caller who is not (or no longer) an admin. */
  static void assertNotAdmin(Http.Reply reply) {
    assertError(reply, 403, "permission");
  }
}
