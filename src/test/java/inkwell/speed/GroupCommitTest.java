package inkwell.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.db.DatabaseUnavailable;
import inkwell.http.ServiceBusy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * GroupCommit's own rules, with a writer that only records what it was given (the transactions are real, on an
 * in-memory SQLite, but write nothing): who is grouped, who fails with whom, what the bounds refuse. The HTTP tests of
 * articles/ check the real writes on both databases; this logic is the same on either, so it runs once.
 */
@DisabledIfSystemProperty(named = "inkwell.test.db", matches = "postgres")
class GroupCommitTest {
  static final Jdbi JDBI = Jdbi.create("jdbc:sqlite::memory:");

  /** Every group the writer was given, in order. */
  final List<List<String>> groups = new CopyOnWriteArrayList<>();
  /** Opened by the test to let the writer go on; until then it holds its first group. */
  final CountDownLatch go = new CountDownLatch(1);
  final CountDownLatch writing = new CountDownLatch(1);
  final ExecutorService callers = Executors.newCachedThreadPool();
  GroupCommit<String, String> commits;

  @AfterEach
  void stop() {
    go.countDown();
    if (commits != null) commits.close();
    callers.shutdownNow();
  }

  /** Upper-cases each item; "bad" fails its group; "down" fails it as an unavailable database does. */
  GroupCommit<String, String> start(int capacity, Duration maxQueued) {
    commits = new GroupCommit<>("test-writer", JDBI, (handle, items) -> {
      groups.add(List.copyOf(items));
      writing.countDown();
      await(go);
      if (items.contains("down")) throw DatabaseUnavailable.in(new SQLiteException("gone", SQLiteErrorCode.SQLITE_READONLY)).orElseThrow();
      if (items.size() > 1 && items.contains("bad")) throw new IllegalStateException("bad in a group");
      if (items.contains("bad")) throw new IllegalArgumentException("bad alone");
      return items.stream().map(String::toUpperCase).toList();
    }, () -> { }, capacity, 64, maxQueued);
    return commits;
  }

  Future<String> write(String item) {
    return callers.submit(() -> commits.write(item));
  }

  /** Starts a write that the writer takes alone and holds until {@link #go} opens. */
  Future<String> holdTheWriter() throws InterruptedException {
    var first = write("first");
    assertTrue(writing.await(10, TimeUnit.SECONDS), "the writer took the first write");
    return first;
  }

  @Test
  void writes_that_arrive_while_a_group_is_written_go_together_in_the_next_and_each_gets_its_own_result()
      throws Exception {
    start(100, Duration.ofSeconds(10));
    var first = holdTheWriter();
    var later = new ArrayList<Future<String>>();
    for (int i = 0; i < 20; i++) later.add(write("w" + i));
    awaitQueued(20);
    go.countDown();
    assertEquals("FIRST", first.get(10, TimeUnit.SECONDS));
    for (int i = 0; i < 20; i++) assertEquals("W" + i, later.get(i).get(10, TimeUnit.SECONDS));
    assertEquals(2, groups.size(), groups.toString());
    assertEquals(20, groups.get(1).size());
  }

  @Test
  void a_write_that_fails_its_group_fails_alone_and_the_others_are_written_one_by_one() throws Exception {
    start(100, Duration.ofSeconds(10));
    var first = holdTheWriter();
    var a = write("a");
    awaitQueued(1);   // one at a time, so the queue's order (the group's, asserted below) is a, bad, b
    var bad = write("bad");
    awaitQueued(2);
    var b = write("b");
    awaitQueued(3);
    go.countDown();
    first.get(10, TimeUnit.SECONDS);
    assertEquals("A", a.get(10, TimeUnit.SECONDS));
    assertEquals("B", b.get(10, TimeUnit.SECONDS));
    var failure = assertThrows(Exception.class, () -> bad.get(10, TimeUnit.SECONDS));
    assertEquals("bad alone", failure.getCause().getMessage(), "the error it gets on its own");
    assertEquals(List.of(List.of("first"), List.of("a", "bad", "b"), List.of("a"), List.of("bad"), List.of("b")), groups);
  }

  @Test
  void an_unavailable_database_fails_the_whole_group_at_once_without_retrying_each() throws Exception {
    start(100, Duration.ofSeconds(10));
    var first = holdTheWriter();
    var a = write("a");
    var down = write("down");
    awaitQueued(2);
    go.countDown();
    first.get(10, TimeUnit.SECONDS);
    var failureOfA = assertThrows(Exception.class, () -> a.get(10, TimeUnit.SECONDS)).getCause();
    var failureOfDown = assertThrows(Exception.class, () -> down.get(10, TimeUnit.SECONDS)).getCause();
    assertTrue(failureOfA instanceof DatabaseUnavailable, failureOfA.toString());
    assertSame(failureOfA, failureOfDown);
    assertEquals(2, groups.size(), groups.toString());
  }

  @Test
  void a_full_queue_refuses_at_once_with_503() throws Exception {
    start(2, Duration.ofSeconds(10));
    var first = holdTheWriter();
    var queued = List.of(write("a"), write("b"));
    awaitQueued(2);
    var refused = assertThrows(ServiceBusy.class, () -> commits.write("c"));
    assertEquals(503, refused.status());
    assertEquals("1", refused.headers().get("Retry-After"));
    go.countDown();
    first.get(10, TimeUnit.SECONDS);
    for (var f : queued) f.get(10, TimeUnit.SECONDS);
    assertFalse(groups.stream().anyMatch(g -> g.contains("c")), "a refused write is never written");
  }

  @Test
  void a_write_queued_too_long_is_refused_with_503_and_never_written() throws Exception {
    start(100, Duration.ofMillis(300));
    var first = holdTheWriter();
    var late = write("late");
    var failure = assertThrows(Exception.class, () -> late.get(10, TimeUnit.SECONDS)).getCause();
    assertTrue(failure instanceof ServiceBusy, failure.toString());
    go.countDown();
    first.get(10, TimeUnit.SECONDS);
    commits.close();
    assertEquals(List.of(List.of("first")), groups, "the abandoned write was taken out, not written");
  }

  @Test
  void the_writer_being_slow_past_the_queue_limit_still_answers_what_it_has_taken() throws Exception {
    start(100, Duration.ofMillis(300));
    var first = holdTheWriter();
    Thread.sleep(600);   // past maxQueued: the caller may not give up on a write the writer holds
    go.countDown();
    assertEquals("FIRST", first.get(10, TimeUnit.SECONDS));
  }

  @Test
  void close_writes_what_is_queued_and_then_refuses_new_writes() throws Exception {
    start(100, Duration.ofSeconds(10));
    var first = holdTheWriter();
    var queued = write("queued");
    awaitQueued(1);
    var closing = callers.submit(() -> commits.close());
    while (!commits.closing()) Thread.sleep(5);
    assertThrows(ServiceBusy.class, () -> commits.write("after"));
    go.countDown();
    closing.get(10, TimeUnit.SECONDS);
    assertEquals("FIRST", first.get(1, TimeUnit.SECONDS));
    assertEquals("QUEUED", queued.get(1, TimeUnit.SECONDS));
  }

  /** Until {@code n} writes wait in the queue (the callers run on threads of their own). */
  void awaitQueued(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (commits.queued() < n) {
      if (System.nanoTime() > deadline) throw new AssertionError(commits.queued() + " queued, expected " + n);
      Thread.sleep(5);
    }
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) throw new IllegalStateException("the test never let the writer go");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
