package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import inkwell.TestDatabase;
import inkwell.TestServer;
import inkwell.Http;
import inkwell.config.Config;
import inkwell.db.Dialect;
import inkwell.web.App;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated JWT secret of a zero-configuration install: owner-only, long enough, and the same after a restart. */
class SecretFileTest {
  @TempDir Path dir;

  @Test
  void creates_an_owner_only_file_holding_at_least_32_bytes() throws IOException {
    Path file = dir.resolve("data/inkwell.db.jwt-secret");   // data/ does not exist yet

    String secret = SecretFile.loadOrCreate(file);

    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    assertTrue(secret.getBytes(StandardCharsets.UTF_8).length >= Config.MIN_SECRET_BYTES, secret);
    assertEquals(secret, Files.readString(file).trim());
  }

  @Test
  void second_load_returns_the_same_secret() {
    Path file = dir.resolve("inkwell.db.jwt-secret");

    assertEquals(SecretFile.loadOrCreate(file), SecretFile.loadOrCreate(file));
  }

  @Test
  void short_or_empty_secret_in_the_file_is_refused_naming_JWT_SECRET() throws IOException {
    Path file = dir.resolve("inkwell.db.jwt-secret");
    for (String content : new String[] {"too-short\n", ""}) {
      Files.writeString(file, content);

      var invalid = assertThrows(Config.Invalid.class, () -> SecretFile.loadOrCreate(file));
      assertTrue(invalid.getMessage().startsWith("JWT_SECRET:"), invalid.getMessage());
    }
  }

  @Test
  void instances_starting_together_all_get_the_one_secret() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      // The window is small: about one round in twenty lost it here, so two hundred rounds.
      for (int round = 0; round < 200; round++) {
        Path file = dir.resolve("round" + round + ".jwt-secret");
        var go = new CountDownLatch(1);
        var secrets = new ArrayList<Future<String>>();
        for (int i = 0; i < 8; i++) secrets.add(threads.submit(() -> {
          go.await();
          return SecretFile.loadOrCreate(file);
        }));
        go.countDown();
        var distinct = new HashSet<String>();
        for (var secret : secrets) distinct.add(secret.get(10, TimeUnit.SECONDS));   // throws if a start was refused
        assertEquals(1, distinct.size(), "round " + round);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void sqlite_server_without_JWT_SECRET_keeps_its_secret_beside_the_database_across_restarts() throws IOException {
    assumeFalse(TestDatabase.isPostgres());
    var first = TestServer.start(Map.of("JWT_SECRET", ""));   // empty means unset, as in Config
    String token;
    try {
      Path databaseFile = Dialect.sqliteFile(first.database.url()).orElseThrow();
      Path secretFile = databaseFile.resolveSibling(databaseFile.getFileName() + ".jwt-secret");
      assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(secretFile));
      token = first.register("keep").get("token").asText();
    } finally {
      first.server.close();
    }

    // A token issued before the restart still works after it only if the same secret was read back.
    try (var second = App.create(Config.fromEnv(Map.of(
        "PORT", "0", "DATABASE_URL", first.database.url(), "JWT_ISSUER", TestServer.ISSUER))).start()) {
      var me = new Http("http://127.0.0.1:" + second.port()).get("/api/user", token);
      assertEquals(200, me.status(), me.body());
    } finally {
      first.database.close();
    }
  }

  @Test
  void postgres_server_without_JWT_SECRET_refuses_to_start_naming_it() {
    // Instances sharing a PostgreSQL database may run on different machines: a local file cannot give them one secret.
    assumeTrue(TestDatabase.isPostgres());

    var invalid = assertThrows(Config.Invalid.class, () -> TestServer.start(Map.of("JWT_SECRET", "")));
    assertTrue(invalid.getMessage().startsWith("JWT_SECRET:"), invalid.getMessage());
  }
}
