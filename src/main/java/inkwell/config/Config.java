package inkwell.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Every setting Inkwell reads, from the environment, with its default in plain sight.
 * Read once at start (Main); nothing else looks at the environment.
 */
public record Config(
    String host,
    int port,
    String databaseUrl,
    int databasePoolSize,
    String jwtSecret,          // null: generate one and keep it beside the SQLite file (see auth/ConfiguredKeys)
    String jwtIssuer,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    Duration tokenLeeway,
    long maxRequestBytes,
    List<String> corsOrigins,
    Duration shutdownTimeout,
    String logLevel,
    KeySettings jwtKeys,
    RefreshRotation refreshRotation,
    boolean cookieSecure,
    String cookieSameSite,
    LoginLimits loginLimits,
    BlogSettings blog) {

  /**
   * How tokens are signed. HS256 (default) uses JWT_SECRET; RS256/ES256 use PEM files: one private key and one or
   * more public keys (the private key's own, plus older ones still accepted while keys are rotated).
   */
  public record KeySettings(String algorithm, Path privateKeyFile, List<Path> publicKeyFiles, String audience) {
    public boolean symmetric() {
      return algorithm.equals("HS256");
    }
  }

  public static final int MIN_SECRET_BYTES = 32;
  public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:db/inkwell.db";

  /** Thrown for a setting that cannot be used; the message names the variable. */
  public static final class Invalid extends RuntimeException {
    public Invalid(String variable, String problem) {
      super(variable + ": " + problem);
    }
  }

  public static Config fromEnv(Map<String, String> env) {
    var read = new EnvReader(env);
    return new Config(
        read.text("HOST", "0.0.0.0"),
        read.integer("PORT", 7070, 0, 65535),
        read.databaseUrl("DATABASE_URL"),
        read.integer("DATABASE_POOL_SIZE", 8, 1, 64),
        read.secret("JWT_SECRET"),
        read.text("JWT_ISSUER", "inkwell"),
        read.duration("ACCESS_TOKEN_TTL", Duration.ofMinutes(15), 1),
        read.duration("REFRESH_TOKEN_TTL", Duration.ofDays(30), 1),
        read.duration("TOKEN_LEEWAY", Duration.ofSeconds(5), 0),
        read.integer("MAX_REQUEST_BYTES", 1_000_000, 1024, Integer.MAX_VALUE),
        read.origins("CORS_ORIGINS"),
        read.duration("SHUTDOWN_TIMEOUT", Duration.ofSeconds(10), 0),
        read.choice("LOG_LEVEL", "info", List.of("error", "warn", "info", "debug", "trace")),
        read.keys(),
        RefreshRotation.valueOf(read.choice("REFRESH_ROTATION", "rotate", List.of("rotate", "fixed"))),
        read.choice("COOKIE_SECURE", "false", List.of("true", "false")).equals("true"),
        read.sameSite(),
        new LoginLimits(
            read.integer("LOGIN_MAX_FAILURES", 5, 1, 1000),
            read.integer("LOGIN_MAX_FAILURES_PER_ADDRESS", 50, 1, 100_000),
            read.duration("LOGIN_THROTTLE_WINDOW", Duration.ofMinutes(15), 1)),
        new BlogSettings(
            read.text("BLOG_TITLE", BlogSettings.DEFAULT_TITLE),
            read.text("BLOG_DESCRIPTION", BlogSettings.DEFAULT_DESCRIPTION),
            read.publicUrl("PUBLIC_URL")));
  }

  /** For "serve --host/--port": the command line wins over the environment. */
  public Config withAddress(String host, int port) {
    return new Config(host, port, databaseUrl, databasePoolSize, jwtSecret, jwtIssuer, accessTokenTtl, refreshTokenTtl,
        tokenLeeway, maxRequestBytes, corsOrigins, shutdownTimeout, logLevel, jwtKeys, refreshRotation, cookieSecure, cookieSameSite, loginLimits, blog);
  }

  /** "*" allows any origin, and therefore never with credentials (cookies): the Fetch standard forbids the pair. */
  public boolean anyOrigin() {
    return corsOrigins.contains("*");
  }

  /** A JDBC URL fit for a log line: a password=... parameter is masked. */
  public static String redacted(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  // Never print the secret, not even in a debugger's toString.
  @Override
  public String toString() {
    return "Config[host=" + host + ", port=" + port + ", databaseUrl=" + redacted(databaseUrl) + ", jwtIssuer=" + jwtIssuer
        + ", accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl=" + refreshTokenTtl + "]";
  }
}
