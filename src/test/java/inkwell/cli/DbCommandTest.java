package inkwell.cli;

import static inkwell.cli.CliUsageTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import inkwell.TestDatabase;
import inkwell.db.Database;
import inkwell.db.Dialect;
import inkwell.db.Migration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** db status, upgrade and verify on a fresh database; drift is flagged, fails verify and stops serve. */
class DbCommandTest {
  TestDatabase database;
  Shell shell;
  List<Migration> files;

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.create();
    shell = Shell.on(database);
    files = Migration.fromClasspath(Dialect.of(database.url()));
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  /** Changes the migration history behind the runner's back, as a hand-edited database or a rewritten file would. */
  void tamper(String sql, Object... values) {
    try (var db = Database.open(database.url(), 1)) {
      db.jdbi().useHandle(h -> h.execute(sql, values));
    }
  }

  /** The rows of "db status" whose state column says {@code state}. */
  static long rowsIn(String status, String state) {
    return status.lines().filter(line -> line.matches("\\d+\\s+V\\d+__\\w+\\.sql\\s+" + state + "\\s.*")).count();
  }

  @Test
  void status_on_a_fresh_database_lists_every_file_as_pending_with_its_checksum() {
    var result = shell.run("db", "status");
    assertEquals(Cli.OK, result.code(), result.toString());
    for (Migration m : files) {
      assertMentions(result.out(), m.fileName(), m.checksum().substring(0, 12));
    }
    assertEquals(files.size(), rowsIn(result.out(), "pending"), result.out());
    assertMentions(result.out(), "0 applied, " + files.size() + " pending, 0 drifted");
  }

  @Test
  void upgrade_applies_every_pending_file_then_status_shows_them_applied_and_verify_passes() {
    var upgrade = shell.run("db", "upgrade");
    assertEquals(Cli.OK, upgrade.code(), upgrade.toString());
    for (Migration m : files) assertMentions(upgrade.out(), "applied " + m.fileName());

    var status = shell.run("db", "status");
    assertEquals(Cli.OK, status.code(), status.toString());
    assertEquals(files.size(), rowsIn(status.out(), "applied"), status.out());
    assertMentions(status.out(), files.size() + " applied, 0 pending, 0 drifted");

    var verify = shell.run("db", "verify");
    assertEquals(Cli.OK, verify.code(), verify.toString());
    assertMentions(verify.out(), "ok");

    var again = shell.run("db", "upgrade");
    assertEquals(Cli.OK, again.code(), again.toString());
    assertMentions(again.out(), "already up to date");
  }

  @Test
  void verify_on_a_fresh_database_passes_because_nothing_applied_has_drifted() {
    var verify = shell.run("db", "verify");
    assertEquals(Cli.OK, verify.code(), verify.toString());
  }

  @Test
  void an_edited_migration_fails_verify_naming_the_file_is_flagged_by_status_and_stops_serve() {
    assertEquals(Cli.OK, shell.run("db", "upgrade").code());
    String first = files.get(0).fileName();
    tamper("UPDATE schema_migrations SET checksum = ? WHERE version = ?", "f".repeat(64), files.get(0).version());

    var verify = shell.run("db", "verify");
    assertEquals(Cli.FAILED, verify.code(), verify.toString());
    assertMentions(verify.err(), first + " was edited after it was applied", "ffffffffffff", "1 applied migration(s)");

    var status = shell.run("db", "status");
    assertEquals(Cli.OK, status.code(), status.toString());
    assertMentions(status.out(), "edited", "DRIFT: " + first, "1 drifted");

    var serve = shell.with("PORT", "0").run("serve");
    assertEquals(Cli.FAILED, serve.code(), serve.toString());
    assertMentions(serve.err(), first, "changed after it was applied");
    assertNull(serve.server());

    var upgrade = shell.run("db", "upgrade");
    assertEquals(Cli.FAILED, upgrade.code(), upgrade.toString());
    assertMentions(upgrade.err(), first);
  }

  @Test
  void renamed_and_deleted_migrations_are_drift_too() {
    assertEquals(Cli.OK, shell.run("db", "upgrade").code());
    Migration second = files.get(1);
    tamper("UPDATE schema_migrations SET name = ? WHERE version = ?", "V002__old_name.sql", second.version());
    tamper("INSERT INTO schema_migrations (version, name, checksum, applied_at, duration_ms) VALUES (?, ?, ?, ?, ?)",
        999, "V999__gone.sql", "a".repeat(64), Instant.now(), 1);

    var verify = shell.run("db", "verify");
    assertEquals(Cli.FAILED, verify.code(), verify.toString());
    assertMentions(verify.err(), second.fileName() + " was applied as V002__old_name.sql",
        "V999__gone.sql was applied but its file is gone", "2 applied migration(s)");

    var status = shell.run("db", "status");
    assertEquals(1, rowsIn(status.out(), "renamed"), status.out());
    assertEquals(1, rowsIn(status.out(), "deleted"), status.out());
    assertMentions(status.out(), "0 pending, 2 drifted");
  }
}
