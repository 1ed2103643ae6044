package inkwell.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A migration file: its name gives version and name, its text a checksum; no database needed. */
class MigrationTest {
  @TempDir Path dir;

  @Test
  void file_name_gives_version_and_name() {
    var m = Migration.of("V012__add_bio.sql", "SELECT 1;");

    assertEquals(12, m.version());
    assertEquals("add_bio", m.name());
    assertEquals("V012__add_bio.sql", m.fileName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"V1_notes.sql", "notes.sql", "v1__notes.sql", "V1__my-notes.sql", "Vx__notes.sql"})
  void badly_named_file_in_a_folder_is_refused_naming_it(String fileName) throws IOException {
    Files.writeString(dir.resolve("V001__fine.sql"), "SELECT 1;");
    Files.writeString(dir.resolve(fileName), "SELECT 1;");

    var refused = assertThrows(MigrationRefused.class, () -> Migration.fromDirectory(dir));
    assertTrue(refused.getMessage().contains(fileName), refused.getMessage());
  }

  @Test
  void crlf_and_lf_line_endings_give_the_same_checksum_but_an_edit_does_not() {
    String lf = "CREATE TABLE notes (id INTEGER);\nINSERT INTO notes (id) VALUES (1);\n";
    var original = Migration.of("V001__notes.sql", lf);

    assertEquals(original.checksum(), Migration.of("V001__notes.sql", lf.replace("\n", "\r\n")).checksum());
    assertNotEquals(original.checksum(), Migration.of("V001__notes.sql", lf.replace("(1)", "(2)")).checksum());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void packaged_migrations_are_the_files_of_the_db_folder(Dialect dialect) throws IOException {
    List<String> onDisk;
    // surefire runs in the project folder, where db/migrations/<dialect>/ is what a reader sees
    try (Stream<Path> files = Files.list(Path.of("db/migrations", dialect.folder()))) {
      onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
    }

    var packaged = Migration.fromClasspath(dialect);

    assertFalse(packaged.isEmpty());
    assertEquals(onDisk, packaged.stream().map(Migration::fileName).sorted().toList());
    assertEquals(1, packaged.stream().mapToInt(Migration::version).min().orElseThrow());
  }
}
