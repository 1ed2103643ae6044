package inkwell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestDatabase;
import inkwell.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "seed --articles N" migrates a fresh database, fills it, and says what it made; bad counts are refused. */
class SeedCommandTest {
  TestDatabase database;
  Shell shell;

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.create();
    shell = Shell.on(database);
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  int count(String table) {
    try (var db = Database.open(database.url(), 1)) {
      return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }
  }

  @Test
  void seed_fills_a_fresh_database_and_reports_what_it_made() {
    var result = shell.run("seed", "--articles", "250");
    assertEquals(0, result.code(), result.toString());
    assertTrue(result.out().contains("seeded 250 articles"), result.toString());
    assertEquals(250, count("articles"));
    assertTrue(count("users") >= 5 && count("comments") > 0 && count("tags") > 0, "users, comments and tags too");
  }

  @Test
  void a_count_out_of_range_is_a_failure_and_a_missing_one_a_usage_error() {
    var zero = shell.run("seed", "--articles", "0");
    assertEquals(1, zero.code(), zero.toString());
    assertTrue(zero.err().contains("--articles must be between 1"), zero.toString());
    assertEquals(2, shell.run("seed").code());
    assertEquals(2, shell.run("seed", "--articles", "many").code());
  }
}
