package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The test accounts, in one place: a user registered here has {@code name@example.com} and the password
 * {@link #password(String)}, so any test can sign it in again. Also the user request bodies (JSON and form) and the
 * login, refresh and admin steps. A "user" is the {@code "user"} object of a register or login reply.
 */
public final class TestUsers {
  private TestUsers() {}

  /** One character short of the password rule's minimum of 8 (the rule itself is the accounts code's, not visible here). */
  public static final String TOO_SHORT_PASSWORD = "1234567";

  public static final String FORM = "application/x-www-form-urlencoded";

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  public static String email(String username) {
    return username + "@example.com";
  }

  /** The password every user made by {@link #register} (or by a test with {@link #newUser(String)}) has. */
  public static String password(String username) {
    return "password-" + username;
  }

  public static String password(JsonNode user) {
    return password(username(user));
  }

  public static String username(JsonNode user) {
    return user.get("username").asText();
  }

  public static String token(JsonNode user) {
    return user.get("token").asText();
  }

  public static String refreshToken(JsonNode user) {
    return user.get("refreshToken").asText();
  }

  /** The login's id, which every token of that login carries as "sid". */
  public static String sessionOf(String token) {
    return JWT.decode(token).getClaim("sid").asString();
  }

  /** A user as {@link #register} would have made {@code username}: name and email (and so, by rule, password). */
  public static JsonNode named(String username) {
    return JsonNodeFactory.instance.objectNode().put("username", username).put("email", email(username));
  }

  /** {"user":{name: value, ...}} from alternating names and values, leaving out those given as null. */
  public static String wrapped(String... namesAndValues) {
    return Http.json(Map.of("user", pairs(namesAndValues)));
  }

  /** {"user":{"username":..,"email":..,"password":..}} for POST /api/users. */
  public static String newUser(String username, String email, String password) {
    return wrapped("username", username, "email", email, "password", password);
  }

  /** The sign-up of {@code username} with the kit's email and password. */
  public static String newUser(String username) {
    return newUser(username, email(username), password(username));
  }

  /** {"user":{"email":..,"password":..}} for POST /api/users/login. */
  public static String credentials(String email, String password) {
    return wrapped("email", email, "password", password);
  }

  /** The right credentials of a user made by {@link #register}. */
  public static String credentials(JsonNode user) {
    return credentials(user.get("email").asText(), password(user));
  }

  /** An HTML form body (application/x-www-form-urlencoded) from alternating names and values. */
  public static String form(String... namesAndValues) {
    return pairs(namesAndValues).entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> pairs(String... namesAndValues) {
    var pairs = new LinkedHashMap<String, String>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) pairs.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return pairs;
  }

  /** POST /api/users with {@code body}, whatever the outcome. */
  public static Http.Reply tryRegister(Http http, String body) {
    return http.post("/api/users", null, body);
  }

  /** Registers a new user named {@code prefix} plus a unique suffix, asserting 201; returns its "user" object. */
  public static JsonNode register(Http http, String prefix) {
    var reply = tryRegister(http, newUser(unique(prefix)));
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("user");
  }

  /** POST /api/users/login, whatever the outcome. */
  public static Http.Reply tryLogin(Http http, String email, String password) {
    return http.post("/api/users/login", null, credentials(email, password));
  }

  /** POST /api/users/login with the user's right password, whatever the outcome. */
  public static Http.Reply tryLogin(Http http, JsonNode user) {
    return tryLogin(http, user.get("email").asText(), password(user));
  }

  /** A new login of {@code user}, asserting 200: its "user" object, with a fresh access token and a refresh token. */
  public static JsonNode login(Http http, JsonNode user) {
    var reply = tryLogin(http, user);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("user");
  }

  /** POST /api/users/refresh with the refresh token in a Bearer header. */
  public static Http.Reply refresh(Http http, String refreshToken) {
    return http.send("POST", "/api/users/refresh", null, "application/json", "Bearer " + refreshToken);
  }

  /** A non-fresh access token of a new login of {@code user}, as a refresh hands out. */
  public static String refreshedToken(Http http, JsonNode user) {
    var reply = refresh(http, refreshToken(login(http, user)));
    assertEquals(200, reply.status(), reply.body());
    return reply.json().at("/user/token").asText();
  }

  /**
   * Makes {@code user} an admin the way an operator does ("inkwell user promote"); the role travels in the token,
   * so this signs in again: the "user" object of a new login, with an admin token.
   */
  public static JsonNode promote(TestServer server, JsonNode user) {
    server.cli("user", "promote", username(user));
    return login(server.http, user);
  }

  /** A new user, made admin: the "user" object of its login, with an admin token. */
  public static JsonNode admin(TestServer server) {
    return promote(server, server.register("admin"));
  }
}
