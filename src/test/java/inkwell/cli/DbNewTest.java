package inkwell.cli;

import static inkwell.cli.CliUsageTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db new NAME: the next numbered, empty migration in every dialect's folder, or nothing at all. */
class DbNewTest {
  @TempDir Path dir;
  TestDatabase database;
  Shell shell;

  @BeforeEach
  void migrationFolders() throws IOException {
    database = TestDatabase.create();
    shell = Shell.on(database);
    for (String dialect : new String[] {"sqlite", "postgres"}) {
      Files.createDirectories(dir.resolve(dialect));
      Files.writeString(dir.resolve(dialect).resolve("V001__users.sql"), "CREATE TABLE users (id INTEGER);\n");
      Files.writeString(dir.resolve(dialect).resolve("V002__blog.sql"), "CREATE TABLE articles (id INTEGER);\n");
    }
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  long filesIn(String dialect) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve(dialect))) {
      return files.count();
    }
  }

  @Test
  void creates_the_next_version_in_both_dialects() throws IOException {
    var result = shell.run("db", "new", "add article views", "--dir", dir.toString());
    assertEquals(Cli.OK, result.code(), result.toString());
    for (String dialect : new String[] {"sqlite", "postgres"}) {
      Path created = dir.resolve(dialect).resolve("V003__add_article_views.sql");
      assertTrue(Files.exists(created), result.toString());
      assertMentions(result.out(), "created " + created);
      String text = Files.readString(created);
      assertTrue(text.lines().allMatch(line -> line.startsWith("--")), "not empty of SQL:\n" + text);
    }
  }

  @Test
  void numbers_follow_the_highest_version_of_either_dialect() throws IOException {
    Files.writeString(dir.resolve("postgres").resolve("V007__postgres_only.sql"), "SELECT 1;\n");
    var result = shell.run("db", "new", "next-thing", "--dir", dir.toString());
    assertEquals(Cli.OK, result.code(), result.toString());
    assertTrue(Files.exists(dir.resolve("sqlite").resolve("V008__next_thing.sql")), result.toString());
    assertTrue(Files.exists(dir.resolve("postgres").resolve("V008__next_thing.sql")), result.toString());
  }

  @Test
  void a_name_with_other_characters_fails_and_creates_nothing() throws IOException {
    var result = shell.run("db", "new", "drop;table", "--dir", dir.toString());
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.err(), "inkwell: NAME may contain only");
    assertEquals(2, filesIn("sqlite"));
    assertEquals(2, filesIn("postgres"));
  }

  @Test
  void a_missing_dialect_folder_fails_and_creates_nothing() throws IOException {
    Files.delete(dir.resolve("postgres").resolve("V001__users.sql"));
    Files.delete(dir.resolve("postgres").resolve("V002__blog.sql"));
    Files.delete(dir.resolve("postgres"));
    var result = shell.run("db", "new", "views", "--dir", dir.toString());
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.err(), "postgres is not a folder");
    assertEquals(2, filesIn("sqlite"));
  }

  @Test
  void outside_the_source_checkout_it_says_where_it_looked() {
    var result = shell.run("db", "new", "views", "--dir", dir.resolve("nowhere").toString());
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.err(), "nowhere", "is not a folder");
  }
}
