package inkwell.db;

import static inkwell.db.MigrationFolder.NOTES;
import static inkwell.db.MigrationFolder.TAGS;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the files and the applied history disagree, the runner stops and names the file to look at. */
class MigrationRefusedTest {
  @TempDir Path dir;
  MigrationFolder folder;

  @BeforeEach
  void applyV001AndV003() {
    folder = new MigrationFolder(dir);
    folder.write("V001__notes.sql", NOTES);
    folder.write("V003__tags.sql", TAGS);   // the gap leaves room for a late V002
    folder.migrate();
  }

  @AfterEach
  void close() {
    folder.close();
  }

  @Test
  void edited_applied_file_is_refused_naming_the_file() {
    folder.write("V003__tags.sql", TAGS.replace("name TEXT", "label TEXT"));

    assertRefusedNaming("V003__tags.sql");
  }

  @Test
  void deleted_applied_file_is_refused() {
    folder.delete("V003__tags.sql");

    assertRefusedNaming("__tags.sql");
  }

  @Test
  void deleted_applied_file_is_refused_naming_it_as_it_was_spelled() {
    folder.delete("V003__tags.sql");

    assertRefusedNaming("V003__tags.sql");
  }

  @Test
  void two_files_with_one_version_are_refused_naming_both_before_anything_runs() {
    folder.write("V004__labels.sql", "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n");
    folder.write("V4__stickers.sql", "CREATE TABLE stickers (id INTEGER PRIMARY KEY);\n");

    var refused = assertRefusedNaming("V004__labels.sql");
    assertTrue(refused.getMessage().contains("V4__stickers.sql"), refused.getMessage());
    assertFalse(folder.tableExists("labels") || folder.tableExists("stickers"));
  }

  @Test
  void new_file_older_than_an_applied_one_is_refused_naming_it() {
    folder.write("V002__late.sql", "CREATE TABLE late (id INTEGER PRIMARY KEY);\n");

    assertRefusedNaming("V002__late.sql");
    assertFalse(folder.tableExists("late"));
  }

  private MigrationRefused assertRefusedNaming(String fileName) {
    var refused = assertThrows(MigrationRefused.class, folder::migrate);
    assertTrue(refused.getMessage().contains(fileName), refused.getMessage());
    return refused;
  }
}
