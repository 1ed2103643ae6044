package inkwell.db;

import static inkwell.db.MigrationFolder.NOTES;
import static inkwell.db.MigrationFolder.TAGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration runner bringing a fresh database up to date; its refusals are in MigrationRefusedTest. */
class MigrationsTest {
  @TempDir Path dir;
  MigrationFolder folder;

  @BeforeEach
  void open() {
    folder = new MigrationFolder(dir);
  }

  @AfterEach
  void close() {
    folder.close();
  }

  @Test
  void fresh_database_applies_every_file_in_version_order_and_records_it() {
    // V10 fills the table V9 creates: run in name order ("V10" < "V9") it would fail.
    folder.write("V10__first_note.sql", "INSERT INTO notes (id, body) VALUES (1, 'hello');\n");
    folder.write("V9__notes.sql", NOTES);
    folder.write("V001__tags.sql", TAGS);
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);   // SQLite keeps milliseconds

    var applied = folder.migrate();

    Instant after = Instant.now();
    assertEquals(List.of(1, 9, 10), applied.stream().map(Migration::version).toList());
    var history = folder.migrations.history();
    assertEquals(List.of(1, 9, 10), folder.appliedVersions());
    for (int i = 0; i < history.size(); i++) {
      var row = history.get(i);
      assertEquals(applied.get(i).fileName(), row.name());
      assertEquals(applied.get(i).checksum(), row.checksum());
      assertFalse(row.appliedAt().isBefore(before) || row.appliedAt().isAfter(after), row.appliedAt().toString());
      assertTrue(row.durationMs() >= 0, row.toString());
    }
    assertEquals(1, folder.count("notes"));
  }

  @Test
  void second_run_applies_nothing_and_leaves_history_unchanged() {
    folder.write("V001__notes.sql", NOTES);
    folder.write("V002__tags.sql", TAGS);
    folder.migrate();
    var history = folder.migrations.history();

    assertEquals(List.of(), folder.migrate());
    assertEquals(history, folder.migrations.history());
  }

  @Test
  void new_file_is_applied_on_the_next_run() {
    folder.write("V001__notes.sql", NOTES);
    folder.migrate();
    folder.write("V002__tags.sql", TAGS);

    assertEquals(List.of(2), folder.migrate().stream().map(Migration::version).toList());
    assertEquals(List.of(1, 2), folder.appliedVersions());
  }

  @Test
  void failing_migration_is_rolled_back_whole_and_named_then_applies_once_fixed() {
    folder.write("V001__notes.sql", NOTES);
    folder.write("V002__tags.sql", TAGS + "INSERT INTO no_such_table (id) VALUES (1);\n");

    var refused = assertThrows(MigrationRefused.class, folder::migrate);

    assertTrue(refused.getMessage().contains("V002__tags.sql"), refused.getMessage());
    assertFalse(folder.tableExists("tags"), "the CREATE TABLE before the failing line must be rolled back too");
    assertEquals(List.of(1), folder.appliedVersions());

    folder.write("V002__tags.sql", TAGS);
    assertEquals(List.of(2), folder.migrate().stream().map(Migration::version).toList());
    assertEquals(List.of(1, 2), folder.appliedVersions());
    assertTrue(folder.tableExists("tags"));
  }

  @Test
  void file_checked_out_again_with_crlf_line_endings_is_not_taken_for_an_edit() {
    folder.write("V001__notes.sql", NOTES);
    folder.migrate();
    folder.write("V001__notes.sql", NOTES.replace("\n", "\r\n"));

    assertEquals(List.of(), folder.migrate());
  }

  @Test
  void packaged_migrations_apply_cleanly_to_a_fresh_database() {
    var packaged = Migration.fromClasspath(folder.database.dialect());

    assertFalse(packaged.isEmpty());
    assertEquals(packaged.size(), folder.migrations.migrate(packaged).size());
    assertEquals(packaged.size(), folder.migrations.history().size());
    assertEquals(0, folder.count("users"));
    assertEquals(List.of(), folder.migrations.migrate(Migration.fromClasspath(folder.database.dialect())));
  }
}
