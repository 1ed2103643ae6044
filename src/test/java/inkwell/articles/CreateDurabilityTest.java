package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Http;
import inkwell.TestDatabase;
import inkwell.TestUsers;
import inkwell.cli.InkwellProcess;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A 201 for a new article means it is committed: Inkwell killed with SIGKILL (kill -9, a crash) while creates are in
 * flight loses none it acknowledged, and every article is there whole (its tag links and the kept counts of V006 with
 * it). The server is the real entry point in a child JVM (inkwell serve); the database is then read directly. On
 * SQLite (WAL, synchronous=NORMAL) a commit is in the OS's page cache once COMMIT returns, so it survives the process,
 * though not a power cut; PostgreSQL has flushed its WAL (synchronous_commit on).
 */
class CreateDurabilityTest {
  static final int CLIENTS = 32;
  static final int ACKNOWLEDGED_BEFORE_KILL = 300;

  @Test
  void every_create_answered_201_before_a_kill_9_is_in_the_database_whole() throws Exception {
    try (var database = TestDatabase.create(); var server = InkwellProcess.serve(database)) {
      var http = new Http("http://127.0.0.1:" + server.port());
      String token = TestUsers.register(http, "durable").get("token").asText();
      String tag = Blog.uniqueTag("durable");
      Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
      Queue<String> unexpected = new ConcurrentLinkedQueue<>();
      var broken = new AtomicInteger();
      var stop = new AtomicBoolean();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          clients.submit(() -> createUntilStopped(http, token, tag, client, acknowledged, unexpected, broken, stop));
        }
        awaitAcknowledged(acknowledged, server);
        server.kill();
        stop.set(true);
      } finally {
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "the clients stopped");
      }
      assertEquals(List.of(), List.copyOf(unexpected), "answers other than 201 before the kill");
      assertTrue(broken.get() > 0, "no create was in flight when the server was killed");

      Set<String> stored = new HashSet<>(query(database, "SELECT slug FROM articles"));
      var lost = acknowledged.stream().filter(slug -> !stored.contains(slug)).toList();
      assertEquals(List.of(), lost, "answered 201, then lost (of " + acknowledged.size() + " acknowledged)");
      // whole articles only, and the kept counts agree with the rows
      assertEquals(List.of("0"), query(database,
          "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM article_tags at WHERE at.article_id = a.id) <> 3"));
      assertEquals(query(database, "SELECT count(*) FROM articles WHERE NOT draft"),
          query(database, "SELECT article_count FROM article_totals"));
      assertEquals(List.of("0"), query(database, "SELECT count(*) FROM tags t WHERE t.article_count <> "
          + "(SELECT count(*) FROM article_tags at WHERE at.tag_id = t.id AND NOT at.draft)"));
    }
  }

  /** One client: creates one article after another, noting each slug answered 201, until told to stop. */
  private static Void createUntilStopped(Http http, String token, String tag, int client, Queue<String> acknowledged,
      Queue<String> unexpected, AtomicInteger broken, AtomicBoolean stop) {
    for (int i = 0; !stop.get(); i++) {
      try {
        var reply = http.post("/api/articles", token,
            Blog.articleJson("Durable " + client + " " + i, "d", "b", List.of(tag, "c" + client, "n" + i % 5)));
        if (reply.status() == 201) acknowledged.add(reply.json().at("/article/slug").asText());
        else unexpected.add(reply.status() + " " + reply.body());
      } catch (UncheckedIOException gone) {
        broken.incrementAndGet();   // the server was killed while this one was in flight (or before it was sent)
        return null;
      }
    }
    return null;
  }

  private static void awaitAcknowledged(Queue<String> acknowledged, InkwellProcess server) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
      if (System.nanoTime() > deadline) throw new AssertionError(acknowledged.size() + " acknowledged in 60 s\n" + server);
      InkwellProcess.pause(Duration.ofMillis(5));
    }
  }

  private static List<String> query(TestDatabase database, String sql) throws SQLException {
    try (var connection = DriverManager.getConnection(database.url());
         var result = connection.createStatement().executeQuery(sql)) {
      var values = new java.util.ArrayList<String>();
      while (result.next()) values.add(result.getString(1));
      return values;
    }
  }
}
