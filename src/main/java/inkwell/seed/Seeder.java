package inkwell.seed;

import inkwell.users.Passwords;
import inkwell.db.Database;
import inkwell.db.Timestamps;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Handle;

/**
 * Fills the database with a demo blog (users, follows, tags, articles, tag links, favorites, comments) for demos
 * and benchmarks: "seed --articles N". Every demo user logs in with {@link #PASSWORD}.
 *
 * Fast because rows go in as JDBC batches, one transaction per {@link #CHUNK} articles, with ids chosen here (from
 * max(id), or PostgreSQL's identity sequence) rather than read back row by row. Each transaction first locks out
 * other writers (SQLite's BEGIN IMMEDIATE, PostgreSQL's LOCK TABLE) so the ids it picks stay free; between chunks
 * the server can still write. Usernames and slugs end in the row's id, so seeding twice is fine.
 */
public final class Seeder {
  public static final String PASSWORD = "inkwell-demo";
  public static final String EMAIL_DOMAIN = "@demo.inkwell.test";
  /** Articles per transaction: commits stay rare, yet the server waits at most a second or two to write. */
  static final int CHUNK = 25_000;
  private static final long RANDOM_SEED = 20_240_601L;

  private final Database database;
  private final SeedSql sql;

  public Seeder(Database database) {
    this.database = database;
    this.sql = new SeedSql(database.dialect());
  }

  /** What one run added. {@code tags} counts only the tags the database did not have yet. */
  public record Report(int users, int articles, int tags, int articleTags, int comments, int favorites, int follows,
      Duration took) {}

  public Report seed(int articles, PrintWriter progress) {
    if (articles < 0) throw new IllegalArgumentException("articles must be 0 or more, got " + articles);
    long started = System.nanoTime();
    // One Argon2 hash for every demo user: hashing each would take longer than all the inserts together.
    String passwordHash = new Passwords().hash(PASSWORD);
    var tally = new Tally();
    try (Handle handle = database.jdbi().open()) {
      sql.tune(handle);
      try {
        var people = handle.inTransaction(h -> addPeople(h, Math.max(5, (articles + 19) / 20), passwordHash, tally));
        say(progress, "seed: %,d users, %,d follows, %,d new tags", tally.users, tally.follows, tally.tags);
        // at least ten chunks, for a progress line every 10%
        int chunk = Math.max(1, Math.min(CHUNK, (articles + 9) / 10));
        for (int done = 0; done < articles; ) {
          int index = done, count = Math.min(chunk, articles - done);
          handle.useTransaction(h -> addArticles(h, people, index, count, articles, tally));
          done += count;
          if (done * 10L / articles > index * 10L / articles) {
            say(progress, "seed: %,d of %,d articles (%d%%)", done, articles, done * 100L / articles);
          }
        }
      } finally {
        sql.untune(handle);
      }
      sql.analyze(handle);
    }
    return tally.report(Duration.ofNanos(System.nanoTime() - started));
  }

  /** This run's users, the tags' ids, and the maker of the articles. */
  private record People(DemoRows rows, long[] userIds, long[] tagIds) {}

  private People addPeople(Handle h, int userCount, String passwordHash, Tally tally) {
    sql.lockWriters(h);
    tally.tags += sql.insertTags(h, DemoText.TAGS);
    long[] tagIds = sql.tagIds(h, DemoText.TAGS);
    long firstUserId = sql.reserveIds(h, "users", userCount);
    // Seeded from the first id: the same database state always gets the same content, a second run other content.
    var rows = new DemoRows(new SplittableRandom(RANDOM_SEED + firstUserId), Timestamps.now());
    var users = rows.users(firstUserId, userCount);
    tally.users += sql.insertUsers(h, users, passwordHash);
    long[] userIds = users.stream().mapToLong(DemoRows.User::id).toArray();
    tally.follows += sql.insertFollows(h, rows.follows(userIds));
    return new People(rows, userIds, tagIds);
  }

  /** Articles number index.. of this run, with their tags, favorites and comments, in foreign-key order. */
  private void addArticles(Handle h, People people, int index, int count, int total, Tally tally) {
    sql.lockWriters(h);
    long firstId = sql.reserveIds(h, "articles", count);
    var chunk = people.rows().articles(firstId, index, count, total, people.userIds(), people.tagIds());
    tally.articles += sql.insertArticles(h, chunk.articles());
    tally.articleTags += sql.insertArticleTags(h, chunk.tags());
    tally.favorites += sql.insertFavorites(h, chunk.favorites());
    long firstCommentId = sql.reserveIds(h, "comments", chunk.comments().size());
    tally.comments += sql.insertComments(h, chunk.comments(), LongStream.iterate(firstCommentId, id -> id + 1).iterator());
  }

  private static void say(PrintWriter progress, String format, Object... values) {
    progress.printf(format + "%n", values);
    progress.flush();
  }

  /** Running totals for the report. */
  private static final class Tally {
    int users, articles, tags, articleTags, comments, favorites, follows;

    Report report(Duration took) {
      return new Report(users, articles, tags, articleTags, comments, favorites, follows, took);
    }
  }
}
