package inkwell;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A real Inkwell on a free port over a fresh database, started by the same Server.start as production.
 * One per test class: {@code static TestServer server = TestServer.start();} and close it in @AfterAll.
 */
public final class TestServer implements AutoCloseable {
  public static final String SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
  public static final String ISSUER = "inkwell-test";

  public final Server server;
  public final Http http;
  public final TestDatabase database;

  private TestServer(TestDatabase database, Server server) {
    this.database = database;
    this.server = server;
    this.http = new Http("http://127.0.0.1:" + server.port());
  }

  public static TestServer start() {
    return start(Map.of());
  }

  /** Starts with the test defaults overridden by {@code env} (same variable names as production). */
  public static TestServer start(Map<String, String> env) {
    var database = TestDatabase.create();
    var vars = new HashMap<String, String>();
    vars.put("PORT", "0");
    vars.put("DATABASE_URL", database.url());
    vars.put("JWT_SECRET", SECRET);
    vars.put("JWT_ISSUER", ISSUER);
    vars.putAll(env);
    try {
      return new TestServer(database, Server.start(Config.fromEnv(vars)));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Registers a new user with a unique name; returns the "user" object of the response (token, refreshToken, ...). */
  public JsonNode register(String prefix) {
    String name = prefix + UUID.randomUUID().toString().substring(0, 8);
    var reply = http.post("/api/users", null, Http.json(Map.of("user",
        Map.of("username", name, "email", name + "@example.com", "password", "password-" + name))));
    if (reply.status() != 201) throw new AssertionError("register failed: " + reply);
    return reply.json().get("user");
  }

  /** A token builder pre-filled like ours, signed with {@link #sign}, for crafting expired or odd tokens. */
  public static JWTCreator.Builder tokenLike(long userId, String type) {
    long now = System.currentTimeMillis() / 1000;
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(Long.toString(userId))
        .withJWTId(UUID.randomUUID().toString())
        .withIssuedAt(new java.util.Date(now * 1000))
        .withNotBefore(new java.util.Date(now * 1000))
        .withExpiresAt(new java.util.Date((now + 600) * 1000))
        .withClaim("type", type)
        .withClaim("fresh", true)
        .withClaim("role", "user");
  }

  public static String sign(JWTCreator.Builder builder) {
    return builder.sign(Algorithm.HMAC256(SECRET.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }
}
