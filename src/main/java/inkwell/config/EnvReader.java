package inkwell.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks environment variables for {@link Config#fromEnv}; each refusal names its variable. */
record EnvReader(Map<String, String> env) {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(s|m|h|d)?");

  String text(String name, String fallback) {
    var value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  /** An http(s) origin with an optional path, without the trailing slash; null when unset. */
  String publicUrl(String name) {
    var url = text(name, null);
    if (url == null) return null;
    if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
      throw new Config.Invalid(name, "must be an http:// or https:// address such as https://blog.example.org, got '" + url + "'");
    }
    return url.replaceAll("/+$", "");
  }

  String databaseUrl(String name) {
    var url = text(name, Config.DEFAULT_DATABASE_URL);
    if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
      throw new Config.Invalid(name, "must start with jdbc:sqlite: or jdbc:postgresql:, got '" + Config.redacted(url) + "'");
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
        throw new Config.Invalid(name, "must be * or a comma-separated list like http://localhost:4200, got '" + origin + "'");
      }
    }
    if (list.contains("*") && list.size() > 1) {
      throw new Config.Invalid(name, "* already allows every origin; list origins or use * alone");
    }
    return list;
  }

  Config.KeySettings keys() {
    String algorithm = text("JWT_ALGORITHM", "HS256").toUpperCase(java.util.Locale.ROOT);
    if (!List.of("HS256", "RS256", "ES256").contains(algorithm)) {
      throw new Config.Invalid("JWT_ALGORITHM", "must be HS256, RS256 or ES256, got '" + algorithm + "'");
    }
    String privateKey = text("JWT_PRIVATE_KEY_FILE", null);
    List<Path> publicKeys = Arrays.stream(text("JWT_PUBLIC_KEY_FILE", "").split(","))
        .map(String::trim).filter(f -> !f.isEmpty()).map(Path::of).toList();
    if (!algorithm.equals("HS256")) {
      if (privateKey == null) throw new Config.Invalid("JWT_PRIVATE_KEY_FILE", "must be set when JWT_ALGORITHM is " + algorithm);
      if (publicKeys.isEmpty()) throw new Config.Invalid("JWT_PUBLIC_KEY_FILE", "must be set when JWT_ALGORITHM is " + algorithm);
    } else if (privateKey != null) {
      throw new Config.Invalid("JWT_PRIVATE_KEY_FILE", "is only for RS256 or ES256; set JWT_ALGORITHM too");
    }
    return new Config.KeySettings(algorithm, privateKey == null ? null : Path.of(privateKey), publicKeys, text("JWT_AUDIENCE", null));
  }

  /** Lax by default: cookies go along with top-level navigation but not with another site's POST or fetch. */
  String sameSite() {
    String value = choice("COOKIE_SAMESITE", "lax", List.of("lax", "strict", "none"));
    boolean secure = choice("COOKIE_SECURE", "false", List.of("true", "false")).equals("true");
    if (value.equals("none") && !secure) {
      throw new Config.Invalid("COOKIE_SAMESITE", "none needs COOKIE_SECURE=true (browsers refuse SameSite=None without Secure)");
    }
    return Character.toUpperCase(value.charAt(0)) + value.substring(1);
  }

  String choice(String name, String fallback, List<String> allowed) {
    var value = text(name, fallback).toLowerCase(java.util.Locale.ROOT);
    if (!allowed.contains(value)) throw new Config.Invalid(name, "must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    return value;
  }

  int integer(String name, int fallback, int min, int max) {
    var value = text(name, null);
    if (value == null) return fallback;
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) throw new Config.Invalid(name, "must be between " + min + " and " + max + ", got " + value);
      return n;
    } catch (NumberFormatException e) {
      throw new Config.Invalid(name, "must be a whole number, got '" + value + "'");
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
    if (bytes < Config.MIN_SECRET_BYTES) {
      throw new Config.Invalid(name, "must be at least " + Config.MIN_SECRET_BYTES + " bytes of random text, got " + bytes
          + " bytes (try: openssl rand -base64 48)");
    }
    return value;
  }

  /** "900" (seconds), "900s", "15m", "12h", "30d"; at least {@code min} seconds. */
  Duration duration(String name, Duration fallback, long min) {
    var value = text(name, null);
    if (value == null) return fallback;
    Matcher m = DURATION.matcher(value);
    if (!m.matches()) throw new Config.Invalid(name, "must be a number of seconds or a number with s, m, h or d, got '" + value + "'");
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    Duration d = switch (unit) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofSeconds(n);
    };
    if (d.getSeconds() < min) throw new Config.Invalid(name, "must be at least " + min + " second(s), got '" + value + "'");
    return d;
  }
}
