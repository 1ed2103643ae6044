package inkwell.db;

import inkwell.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A folder of migration files that a test writes, and the fresh database the runner applies them to. */
final class MigrationFolder implements AutoCloseable {
  // Plain SQL that SQLite and PostgreSQL both accept, so one set of files serves both runs of the suite.
  static final String NOTES = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n";
  static final String TAGS = "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n";

  final Path dir;
  final TestDatabase testDatabase = TestDatabase.create();
  final Database database = Database.open(testDatabase.url(), 2);
  final Migrations migrations = new Migrations(database.jdbi(), database.dialect());

  MigrationFolder(Path dir) {
    this.dir = dir;
  }

  void write(String fileName, String sql) {
    try {
      Files.writeString(dir.resolve(fileName), sql);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  void delete(String fileName) {
    try {
      Files.delete(dir.resolve(fileName));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  List<Migration> migrate() {
    return migrations.migrate(Migration.fromDirectory(dir));
  }

  List<Integer> appliedVersions() {
    return migrations.history().stream().map(Migrations.Applied::version).toList();
  }

  int count(String table) {
    return database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
  }

  // Portable across both databases: selecting from a missing table fails on each (their catalogs differ).
  boolean tableExists(String table) {
    try {
      count(table);
      return true;
    } catch (RuntimeException missing) {
      return false;
    }
  }

  @Override
  public void close() {
    database.close();
    testDatabase.close();
  }
}
