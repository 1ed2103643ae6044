package inkwell.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances starting at the same moment, each with its own pool, as in a rolling deploy. On PostgreSQL the
 * advisory lock serialises them; on SQLite the write lock taken at BEGIN IMMEDIATE does, with a re-check inside it.
 */
class ConcurrentMigrationsTest {
  static final int INSTANCES = 4;

  @TempDir Path dir;
  TestDatabase testDatabase;
  final List<Database> databases = new ArrayList<>();

  @BeforeEach
  void files() throws IOException {
    testDatabase = TestDatabase.create();
    Files.writeString(dir.resolve("V001__counter.sql"), "CREATE TABLE counter (n INTEGER NOT NULL);\n");
    // Not idempotent on purpose: if two instances ran it, the counter would hold two rows.
    Files.writeString(dir.resolve("V002__count_once.sql"), "INSERT INTO counter (n) VALUES (1);\n");
    Files.writeString(dir.resolve("V003__notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n");
  }

  @AfterEach
  void close() {
    databases.forEach(Database::close);
    testDatabase.close();
  }

  @RepeatedTest(3)
  void instances_starting_together_apply_each_migration_exactly_once() throws Exception {
    var files = Migration.fromDirectory(dir);
    // Pools are opened first so the threads race on migrate itself, not on connecting.
    for (int i = 0; i < INSTANCES; i++) databases.add(Database.open(testDatabase.url(), 2));
    var go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
    try {
      var results = new ArrayList<Future<List<Migration>>>();
      for (Database database : databases) {
        var migrations = new Migrations(database.jdbi(), database.dialect());
        results.add(threads.submit(() -> {
          go.await();
          return migrations.migrate(files);
        }));
      }
      go.countDown();

      int appliedInTotal = 0;
      for (var result : results) appliedInTotal += result.get(60, TimeUnit.SECONDS).size();   // throws if one failed
      assertEquals(files.size(), appliedInTotal, "each file applied by exactly one instance");
    } finally {
      threads.shutdownNow();
    }

    var database = databases.get(0);
    var history = new Migrations(database.jdbi(), database.dialect()).history();
    assertEquals(List.of(1, 2, 3), history.stream().map(Migrations.Applied::version).toList());
    int counterRows = database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM counter")
        .mapTo(Integer.class).one());
    assertEquals(1, counterRows);
  }
}
