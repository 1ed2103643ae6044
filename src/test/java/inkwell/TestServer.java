package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import inkwell.config.Config;
import inkwell.web.App;
import inkwell.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Inkwell on a free port over a fresh database, started by the same App.create(config).start() as production.
 * One per test class: {@code @RegisterExtension static final TestServer server = TestServer.perClass();}
 * starts it before the class's first test and stops it after the last. {@link #start()} gives one right away.
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
  public static final String SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
  public static final String ISSUER = "inkwell-test";

  private final Map<String, String> env;
  // set when started; tests read them after @BeforeAll
  public App server;
  public Http http;
  public TestDatabase database;

  private TestServer(Map<String, String> env) {
    this.env = env;
  }

  /** One server for the whole test class, as a JUnit extension. */
  public static TestServer perClass() {
    return perClass(Map.of());
  }

  /** Like {@link #perClass()}, with the test defaults overridden by {@code env} (production's variable names). */
  public static TestServer perClass(Map<String, String> env) {
    return new TestServer(env);
  }

  public static TestServer start() {
    return start(Map.of());
  }

  /** Starts now, with the test defaults overridden by {@code env}; close it yourself (try-with-resources). */
  public static TestServer start(Map<String, String> env) {
    return new TestServer(env).startNow();
  }

  private TestServer startNow() {
    database = TestDatabase.create();
    var vars = new HashMap<String, String>();
    vars.put("PORT", "0");
    vars.put("DATABASE_URL", database.url());
    vars.put("JWT_SECRET", SECRET);
    vars.put("JWT_ISSUER", ISSUER);
    vars.putAll(env);
    try {
      server = App.create(Config.fromEnv(vars)).start();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    http = new Http("http://127.0.0.1:" + server.port());
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    startNow();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** {@link TestUsers#register} on this server: a new user with a unique name and the kit's password. */
  public JsonNode register(String prefix) {
    return TestUsers.register(http, prefix);
  }

  /** Runs one command line of the jar on this server's database, as an operator would; fails unless it exits 0. */
  public String cli(Map<String, String> extraEnv, String... args) {
    var vars = new HashMap<>(Map.of("DATABASE_URL", database.url(), "JWT_SECRET", SECRET, "JWT_ISSUER", ISSUER));
    vars.putAll(extraEnv);
    var out = new StringWriter();
    var err = new StringWriter();
    int code = new Cli(vars, new PrintWriter(out, true), new PrintWriter(err, true), prompt -> null).run(args);
    assertEquals(0, code, "inkwell " + String.join(" ", args) + "\n" + out + err);
    return out.toString();
  }

  public String cli(String... args) {
    return cli(Map.of(), args);
  }

  /** A token builder pre-filled like ours, signed with {@link #sign}, for crafting expired or odd tokens. */
  public static JWTCreator.Builder tokenLike(long userId, String type) {
    return tokenLike(userId, "no-such-session", type);
  }

  /** Like a token the server issued: same user and session (sub, sid), so it passes the revocation check. */
  public static JWTCreator.Builder tokenLike(String issuedToken, String type) {
    var issued = JWT.decode(issuedToken);
    return tokenLike(Long.parseLong(issued.getSubject()), issued.getClaim("sid").asString(), type);
  }

  public static JWTCreator.Builder tokenLike(long userId, String sessionId, String type) {
    long now = System.currentTimeMillis() / 1000;
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(Long.toString(userId))
        .withJWTId(UUID.randomUUID().toString())
        .withIssuedAt(new java.util.Date(now * 1000))
        .withNotBefore(new java.util.Date(now * 1000))
        .withExpiresAt(new java.util.Date((now + 600) * 1000))
        .withClaim("type", type)
        .withClaim("sid", sessionId)
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
