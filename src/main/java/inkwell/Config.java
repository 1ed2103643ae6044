package inkwell;

import inkwell.auth.LoginThrottle;
import inkwell.auth.Sessions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every setting Inkwell reads, from the environment, with its default in plain sight.
 * Read once at start (Main); nothing else looks at the environment.
 */
public record Config(
    String host,
    int port,
    String databaseUrl,
    int databasePoolSize,
    String jwtSecret,          // null: generate one and keep it beside the SQLite file (see JwtSecretFile)
    String jwtIssuer,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    Duration tokenLeeway,
    long maxRequestBytes,
    List<String> corsOrigins,
    Duration shutdownTimeout,
    String logLevel,
    KeySettings jwtKeys,
    Sessions.Rotation refreshRotation,
    boolean cookieSecure,
    String cookieSameSite,
    LoginThrottle.Limits loginLimits) {

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
    var read = new Reader(env);
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
        Sessions.Rotation.valueOf(read.choice("REFRESH_ROTATION", "rotate", List.of("rotate", "fixed"))),
        read.choice("COOKIE_SECURE", "false", List.of("true", "false")).equals("true"),
        read.sameSite(),
        new LoginThrottle.Limits(
            read.integer("LOGIN_MAX_FAILURES", 5, 1, 1000),
            read.integer("LOGIN_MAX_FAILURES_PER_ADDRESS", 50, 1, 100_000),
            read.duration("LOGIN_THROTTLE_WINDOW", Duration.ofMinutes(15), 1)));
  }

  public Config withJwtSecret(String secret) {
    return new Config(host, port, databaseUrl, databasePoolSize, secret, jwtIssuer, accessTokenTtl, refreshTokenTtl,
        tokenLeeway, maxRequestBytes, corsOrigins, shutdownTimeout, logLevel, jwtKeys, refreshRotation, cookieSecure, cookieSameSite, loginLimits);
  }

  /** For "serve --host/--port": the command line wins over the environment. */
  public Config withAddress(String host, int port) {
    return new Config(host, port, databaseUrl, databasePoolSize, jwtSecret, jwtIssuer, accessTokenTtl, refreshTokenTtl,
        tokenLeeway, maxRequestBytes, corsOrigins, shutdownTimeout, logLevel, jwtKeys, refreshRotation, cookieSecure, cookieSameSite, loginLimits);
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

  private record Reader(Map<String, String> env) {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(s|m|h|d)?");

    String text(String name, String fallback) {
      var value = env.get(name);
      return value == null || value.isBlank() ? fallback : value.trim();
    }

    String databaseUrl(String name) {
      var url = text(name, DEFAULT_DATABASE_URL);
      if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
        throw new Invalid(name, "must start with jdbc:sqlite: or jdbc:postgresql:, got '" + redacted(url) + "'");
      }
      return url;
    }

    /**
     * Browser origins allowed to call the API, comma-separated; none by default (same-origin only), "*" for any
     * origin without credentials. Listed origins may also send cookies (cookie mode).
     */
    List<String> origins(String name) {
      var list = Arrays.stream(text(name, "").split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
      for (String origin : list) {
        if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
          throw new Invalid(name, "must be * or a comma-separated list like http://localhost:4200, got '" + origin + "'");
        }
      }
      if (list.contains("*") && list.size() > 1) {
        throw new Invalid(name, "* already allows every origin; list origins or use * alone");
      }
      return list;
    }

    KeySettings keys() {
      String algorithm = text("JWT_ALGORITHM", "HS256").toUpperCase(java.util.Locale.ROOT);
      if (!List.of("HS256", "RS256", "ES256").contains(algorithm)) {
        throw new Invalid("JWT_ALGORITHM", "must be HS256, RS256 or ES256, got '" + algorithm + "'");
      }
      String privateKey = text("JWT_PRIVATE_KEY_FILE", null);
      List<Path> publicKeys = Arrays.stream(text("JWT_PUBLIC_KEY_FILE", "").split(","))
          .map(String::trim).filter(f -> !f.isEmpty()).map(Path::of).toList();
      if (!algorithm.equals("HS256")) {
        if (privateKey == null) throw new Invalid("JWT_PRIVATE_KEY_FILE", "must be set when JWT_ALGORITHM is " + algorithm);
        if (publicKeys.isEmpty()) throw new Invalid("JWT_PUBLIC_KEY_FILE", "must be set when JWT_ALGORITHM is " + algorithm);
      } else if (privateKey != null) {
        throw new Invalid("JWT_PRIVATE_KEY_FILE", "is only for RS256 or ES256; set JWT_ALGORITHM too");
      }
      return new KeySettings(algorithm, privateKey == null ? null : Path.of(privateKey), publicKeys, text("JWT_AUDIENCE", null));
    }

    /** Lax by default: cookies go along with top-level navigation but not with another site's POST or fetch. */
    String sameSite() {
      String value = choice("COOKIE_SAMESITE", "lax", List.of("lax", "strict", "none"));
      boolean secure = choice("COOKIE_SECURE", "false", List.of("true", "false")).equals("true");
      if (value.equals("none") && !secure) {
        throw new Invalid("COOKIE_SAMESITE", "none needs COOKIE_SECURE=true (browsers refuse SameSite=None without Secure)");
      }
      return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }

    String choice(String name, String fallback, List<String> allowed) {
      var value = text(name, fallback).toLowerCase(java.util.Locale.ROOT);
      if (!allowed.contains(value)) throw new Invalid(name, "must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
      return value;
    }

    int integer(String name, int fallback, int min, int max) {
      var value = text(name, null);
      if (value == null) return fallback;
      try {
        int n = Integer.parseInt(value);
        if (n < min || n > max) throw new Invalid(name, "must be between " + min + " and " + max + ", got " + value);
        return n;
      } catch (NumberFormatException e) {
        throw new Invalid(name, "must be a whole number, got '" + value + "'");
      }
    }

    /**
     * HS256 needs a key at least as long as its 256-bit output (RFC 7518 §3.2, RFC 8725 §3.5);
     * java-jwt accepts a 5-byte key without complaint, so we refuse it here.
     */
    String secret(String name) {
      var value = env.get(name);   // not trimmed: spaces are key material too
      if (value == null || value.isEmpty()) return null;
      int bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes < MIN_SECRET_BYTES) {
        throw new Invalid(name, "must be at least " + MIN_SECRET_BYTES + " bytes of random text, got " + bytes
            + " bytes (try: openssl rand -base64 48)");
      }
      return value;
    }

    /** "900" (seconds), "900s", "15m", "12h", "30d"; at least {@code min} seconds. */
    Duration duration(String name, Duration fallback, long min) {
      var value = text(name, null);
      if (value == null) return fallback;
      Matcher m = DURATION.matcher(value);
      if (!m.matches()) throw new Invalid(name, "must be a number of seconds or a number with s, m, h or d, got '" + value + "'");
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      Duration d = switch (unit) {
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        default -> Duration.ofSeconds(n);
      };
      if (d.getSeconds() < min) throw new Invalid(name, "must be at least " + min + " second(s), got '" + value + "'");
      return d;
    }
  }
}
