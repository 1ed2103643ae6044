package inkwell.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Config.fromEnv: visible defaults, readable durations, and a refusal that names the variable at fault. */
class ConfigTest {

  @Test
  void nothing_set_gives_the_documented_defaults() {
    var config = Config.fromEnv(Map.of());

    assertEquals(7070, config.port());
    assertEquals("jdbc:sqlite:db/inkwell.db", config.databaseUrl());
    assertEquals(Duration.ofMinutes(15), config.accessTokenTtl());
    assertEquals(Duration.ofDays(30), config.refreshTokenTtl());
    assertNull(config.jwtSecret(), "no secret: the server generates one beside the SQLite file");
  }

  @Test
  void empty_value_counts_as_unset() {
    var config = Config.fromEnv(Map.of("PORT", "", "DATABASE_URL", "", "JWT_SECRET", "", "ACCESS_TOKEN_TTL", ""));

    assertEquals(7070, config.port());
    assertEquals(Config.DEFAULT_DATABASE_URL, config.databaseUrl());
    assertNull(config.jwtSecret());
    assertEquals(Duration.ofMinutes(15), config.accessTokenTtl());
  }

  @ParameterizedTest
  @CsvSource({"15m, 900", "900, 900", "900s, 900", "2h, 7200", "30d, 2592000"})
  void durations_read_as_seconds_or_with_a_unit(String value, long seconds) {
    var config = Config.fromEnv(Map.of("ACCESS_TOKEN_TTL", value, "REFRESH_TOKEN_TTL", value));

    assertEquals(Duration.ofSeconds(seconds), config.accessTokenTtl());
    assertEquals(Duration.ofSeconds(seconds), config.refreshTokenTtl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "15 minutes", "1.5h", "-5", "0", "15M"})
  void unreadable_duration_is_refused_naming_the_variable(String value) {
    var invalid = assertThrows(Config.Invalid.class, () -> Config.fromEnv(Map.of("ACCESS_TOKEN_TTL", value)));
    assertTrue(invalid.getMessage().contains("ACCESS_TOKEN_TTL"), invalid.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "65536", "80.5"})
  void unusable_port_is_refused_naming_PORT(String value) {
    var invalid = assertThrows(Config.Invalid.class, () -> Config.fromEnv(Map.of("PORT", value)));
    assertTrue(invalid.getMessage().startsWith("PORT:"), invalid.getMessage());
  }

  @Test
  void cors_origins_default_to_none_and_read_a_comma_separated_list() {
    assertEquals(List.of(), Config.fromEnv(Map.of()).corsOrigins());
    assertEquals(List.of("*"), Config.fromEnv(Map.of("CORS_ORIGINS", "*")).corsOrigins());
    assertEquals(List.of("http://localhost:4200", "https://blog.example"),
        Config.fromEnv(Map.of("CORS_ORIGINS", "http://localhost:4200 , https://blog.example")).corsOrigins());
  }

  @Test
  void new_settings_have_their_defaults_and_refuse_bad_values() {
    var defaults = Config.fromEnv(Map.of());
    assertEquals("0.0.0.0", defaults.host());
    assertEquals(java.time.Duration.ofSeconds(10), defaults.shutdownTimeout());
    assertEquals("info", defaults.logLevel());
    assertEquals("warn", Config.fromEnv(Map.of("LOG_LEVEL", "WARN")).logLevel());
    var e = assertThrows(Config.Invalid.class, () -> Config.fromEnv(Map.of("LOG_LEVEL", "loud")));
    assertTrue(e.getMessage().startsWith("LOG_LEVEL"), e.getMessage());
    e = assertThrows(Config.Invalid.class, () -> Config.fromEnv(Map.of("SHUTDOWN_TIMEOUT", "soon")));
    assertTrue(e.getMessage().startsWith("SHUTDOWN_TIMEOUT"), e.getMessage());
  }

  @Test
  void cors_origin_that_is_not_a_bare_origin_is_refused_naming_CORS_ORIGINS() {
    var e = assertThrows(Config.Invalid.class, () -> Config.fromEnv(Map.of("CORS_ORIGINS", "localhost:4200/app")));
    assertTrue(e.getMessage().contains("CORS_ORIGINS"), e.getMessage());
  }

  @Test
  void secret_shorter_than_32_bytes_is_refused_naming_JWT_SECRET() {
    var invalid = assertThrows(Config.Invalid.class, () -> Config.fromEnv(Map.of("JWT_SECRET", "x".repeat(31))));
    assertTrue(invalid.getMessage().contains("JWT_SECRET"), invalid.getMessage());
  }

  @Test
  void secret_length_is_counted_in_bytes_not_characters() {
    assertEquals("x".repeat(32), Config.fromEnv(Map.of("JWT_SECRET", "x".repeat(32))).jwtSecret());
    // 16 characters, but 32 bytes in UTF-8: long enough.
    assertEquals("é".repeat(16), Config.fromEnv(Map.of("JWT_SECRET", "é".repeat(16))).jwtSecret());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:mysql://localhost/inkwell", "postgres://localhost/inkwell", "db/inkwell.db"})
  void database_url_of_another_kind_is_refused_naming_DATABASE_URL(String url) {
    var invalid = assertThrows(Config.Invalid.class, () -> Config.fromEnv(Map.of("DATABASE_URL", url)));
    assertTrue(invalid.getMessage().contains("DATABASE_URL"), invalid.getMessage());
  }

  @Test
  void both_supported_database_urls_are_kept_as_given() {
    String pg = "jdbc:postgresql://127.0.0.1:5432/inkwell";
    assertEquals(pg, Config.fromEnv(Map.of("DATABASE_URL", pg)).databaseUrl());
    assertEquals("jdbc:sqlite:/tmp/x.db", Config.fromEnv(Map.of("DATABASE_URL", "jdbc:sqlite:/tmp/x.db")).databaseUrl());
  }

  @Test
  void to_string_never_shows_the_secret() {
    String secret = "do-not-log-me-0123456789-abcdefghijklmnop";
    var config = Config.fromEnv(Map.of("JWT_SECRET", secret));

    assertEquals(secret, config.jwtSecret());
    assertFalse(config.toString().contains(secret), config.toString());
  }
}
