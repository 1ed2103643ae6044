package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.Http;
import inkwell.Statements;
import inkwell.TestDatabase;
import inkwell.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * New articles are written in groups, one transaction each (speed/GroupCommit, articles/NewArticles): many at once
 * are all answered 201, each once, counted once and readable; equal titles get distinct slugs within a group and
 * against what is stored; and one create that fails in a group fails alone, with the answer it would get alone.
 * To make a group for certain, a test holds the database's write lock while the creates queue up (on SQLite a write
 * of its own, on PostgreSQL a lock on articles), then lets them go.
 */
class GroupedCreatesTest {
  static final int MANY = 150;
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static ExecutorService clients;
  static String token;

  @BeforeAll
  static void setUp() {
    clients = Executors.newFixedThreadPool(MANY);
    token = server.register("grouped").get("token").asText();
  }

  @AfterAll
  static void stop() {
    clients.shutdownNow();
  }

  static Future<Http.Reply> create(String title, List<String> tags) {
    return clients.submit(() -> server.http.post("/api/articles", token, Blog.articleJson(title, "d", "b", tags)));
  }

  static int articlesCount(String query) {
    return server.http.get("/api/articles?limit=1" + query, null).json().get("articlesCount").asInt();
  }

  @Test
  void a_burst_of_creates_is_answered_201_each_counted_once_readable_and_written_in_fewer_transactions()
      throws Exception {
    String tag = Blog.uniqueTag("burst");
    int before = articlesCount("");
    var counted = Statements.during(server, () -> {
      var replies = new ArrayList<Future<Http.Reply>>();
      for (int i = 0; i < MANY; i++) replies.add(create("Burst " + i, List.of(tag, "shared-burst", "t" + i % 7)));
      return replies.stream().map(GroupedCreatesTest::done).toList();
    });
    var slugs = new HashSet<String>();
    for (var reply : counted.result()) {
      assertEquals(201, reply.status(), reply.body());
      var article = reply.json().get("article");
      slugs.add(article.get("slug").asText());
      var read = server.http.get("/api/articles/" + article.get("slug").asText(), token);
      assertEquals(article, read.json().get("article"), "the answer is what is stored");
    }
    assertEquals(MANY, slugs.size());
    assertEquals(MANY, articlesCount("&tag=" + tag));
    assertEquals(before + MANY, articlesCount(""));
    long inserts = counted.sql().stream().filter(sql -> sql.contains("INSERT INTO articles")).count();
    assertTrue(inserts < MANY, inserts + " article inserts for " + MANY + " articles: nothing was grouped");
  }

  @Test
  void equal_titles_in_one_group_get_distinct_slugs_also_when_the_plain_one_is_taken() throws Exception {
    String tag = Blog.uniqueTag("twins");
    String first = Blog.postArticle(server, token, "Twin Title", tag).get("slug").asText();
    List<Http.Reply> replies;
    try (var hold = holdWrites()) {
      replies = createWhileHeld(hold, 40, i -> "Twin Title", i -> List.of(tag));
    }
    var slugs = new HashSet<String>(List.of(first));
    for (var reply : replies) {
      assertEquals(201, reply.status(), reply.body());
      String slug = reply.json().at("/article/slug").asText();
      assertTrue(slug.startsWith(first + "-"), slug);
      slugs.add(slug);
    }
    assertEquals(42, slugs.size(), slugs.toString());   // the first and 41 more
    assertEquals(42, articlesCount("&tag=" + tag));
  }

  @Test
  void a_create_that_fails_in_a_group_fails_alone_and_the_rest_of_its_group_is_written() throws Exception {
    String tag = Blog.uniqueTag("mixed");
    int before = articlesCount("");
    List<Http.Reply> replies;
    try (var poison = refuseTitlesStartingWithPoison(); var hold = holdWrites()) {
      replies = createWhileHeld(hold, 30, i -> (i % 10 == 5 ? "Poison " : "Fine ") + i, i -> List.of(tag, tag + "-" + i));
    }
    int fine = 0;
    for (int i = 0; i < replies.size(); i++) {
      var reply = replies.get(i);
      if (i % 10 == 5) {
        // what this create gets on its own too: a failure we did not foresee is a logged 500, nothing written
        assertEquals(500, reply.status(), reply.body());
      } else {
        assertEquals(201, reply.status(), reply.body());
        fine++;
      }
    }
    assertEquals(28, fine);
    assertEquals(before + fine, articlesCount(""));
    assertEquals(fine, articlesCount("&tag=" + tag));
    assertEquals(1, articlesCount("&tag=" + tag + "-1"), "a tag of one good article is counted");
    assertEquals(0, articlesCount("&tag=" + tag + "-5"), "nothing of a refused article stays");
  }

  /**
   * A stop (SIGTERM runs App.close) while creates wait for their group commit: they are written and answered 201
   * before the pool closes, not cut off.
   */
  @Test
  void creates_waiting_for_their_group_when_the_server_stops_are_written_and_answered() throws Exception {
    try (var stopping = TestServer.start()) {
      String writer = stopping.register("stopping").get("token").asText();
      var replies = new ArrayList<Future<Http.Reply>>();
      Future<?> stopped;
      try (var hold = holdWrites(stopping)) {
        for (int i = 0; i < 10; i++) {
          String title = "Written while stopping " + i;
          replies.add(clients.submit(() -> stopping.http.post("/api/articles", writer, Blog.articleJson(title, "d", "b", List.of()))));
        }
        awaitWaitingForGroupCommit(10);
        stopped = clients.submit(() -> stopping.server.close());
        Thread.sleep(300);   // the server is draining, its creates still waiting for the lock
        hold.release();
      }
      for (var reply : replies) assertEquals(201, done(reply).status(), done(reply).body());
      stopped.get(30, TimeUnit.SECONDS);
      try (var connection = DriverManager.getConnection(stopping.database.url());
           var count = connection.createStatement().executeQuery(
               "SELECT count(*) FROM articles WHERE title LIKE 'Written while stopping%'")) {
        count.next();
        assertEquals(10, count.getInt(1));
      }
    }
  }

  /**
   * Sends one create and waits until the writer holds it (waiting for {@code hold}), then {@code more} creates
   * (numbered 1..more; the first is number 0) and waits until each is queued; releases the hold and returns every
   * answer in order. Everything queued behind the first goes into one group.
   */
  static List<Http.Reply> createWhileHeld(Hold hold, int more, java.util.function.IntFunction<String> title,
      java.util.function.IntFunction<List<String>> tags) throws Exception {
    var replies = new ArrayList<Future<Http.Reply>>();
    replies.add(create(title.apply(0), tags.apply(0)));
    awaitWaitingForGroupCommit(1);
    for (int i = 1; i <= more; i++) replies.add(create(title.apply(i), tags.apply(i)));
    awaitWaitingForGroupCommit(more + 1);
    hold.release();
    return replies.stream().map(GroupedCreatesTest::done).toList();
  }

  /** Request threads (this JVM runs the server) inside GroupCommit.write: queued, or in the group being written. */
  static void awaitWaitingForGroupCommit(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long waiting;
    while ((waiting = Thread.getAllStackTraces().values().stream().filter(GroupedCreatesTest::inGroupCommitWrite).count()) < n) {
      if (System.nanoTime() > deadline) throw new AssertionError(waiting + " creates waiting for a group commit, expected " + n);
      Thread.sleep(10);
    }
  }

  private static boolean inGroupCommitWrite(StackTraceElement[] stack) {
    return Arrays.stream(stack).anyMatch(f -> f.getClassName().equals("inkwell.speed.GroupCommit")
        && f.getMethodName().equals("write"));
  }

  static Http.Reply done(Future<Http.Reply> reply) {
    try {
      return reply.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The database's write lock on articles, held by the test until released (or closed). */
  static final class Hold implements AutoCloseable {
    private final Connection connection;

    Hold(Connection connection) {
      this.connection = connection;
    }

    void release() throws SQLException {
      if (!connection.isClosed()) connection.rollback();
    }

    @Override
    public void close() throws SQLException {
      release();
      connection.close();
    }
  }

  static Hold holdWrites() throws SQLException {
    return holdWrites(server);
  }

  static Hold holdWrites(TestServer on) throws SQLException {
    var connection = DriverManager.getConnection(on.database.url());
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      // SQLite: any write takes the one write lock; PostgreSQL: this lock mode stops INSERTs into articles only
      if (TestDatabase.isPostgres()) s.execute("LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE");
      else s.execute("INSERT INTO tags (name) VALUES ('held by GroupedCreatesTest')");
    }
    return new Hold(connection);
  }

  /** A trigger that refuses an article titled "Poison ...": a failure the server cannot foresee. Dropped on close. */
  static AutoCloseable refuseTitlesStartingWithPoison() throws SQLException {
    execute(TestDatabase.isPostgres()
        ? List.of("CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            + "IF NEW.title LIKE 'Poison%' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$",
            "CREATE TRIGGER refuse_poison BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse_poison()")
        : List.of("CREATE TRIGGER refuse_poison BEFORE INSERT ON articles WHEN NEW.title LIKE 'Poison%' "
            + "BEGIN SELECT RAISE(ABORT, 'poisoned'); END"));
    return () -> execute(TestDatabase.isPostgres()
        ? List.of("DROP TRIGGER refuse_poison ON articles", "DROP FUNCTION refuse_poison()")
        : List.of("DROP TRIGGER refuse_poison"));
  }

  static void execute(List<String> statements) throws SQLException {
    try (var connection = DriverManager.getConnection(server.database.url()); var s = connection.createStatement()) {
      for (String sql : statements) s.execute(sql);
    }
  }
}
