package inkwell.speed;

import inkwell.db.DatabaseUnavailable;
import inkwell.http.ServiceBusy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: writes that arrive together are written by one thread in one transaction, and each caller is answered
 * only once that transaction has committed. One BEGIN/COMMIT, one turn of the SQLite writer lock, one WAL flush on
 * PostgreSQL for the whole group, instead of one each; the next group gathers while this one commits.
 *
 * A group that fails is rolled back and each of its writes is tried again alone, in a transaction of its own, so one
 * bad write (a constraint, no free slug) fails only its own caller, with the error it would have had on its own. When
 * the database is unavailable the whole group fails with that at once (each caller gets the usual 503).
 *
 * Bounded: at most {@code capacity} writes wait (more are refused with 503 + Retry-After), and a write still queued
 * after {@link #MAX_QUEUED} is taken out and refused the same way, never written. One the writer has taken is waited
 * for until its transaction ends, which the database's own timeouts bound (busy_timeout, socketTimeout).
 */
public final class GroupCommit<T, R> implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
  public static final Duration MAX_QUEUED = Duration.ofSeconds(10);
  /** How long {@link #close} lets the writer finish what is queued before the pool closes under it. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  /** Writes {@code items} inside the caller's transaction; one result per item, in order. Throws to fail the group. */
  @FunctionalInterface
  public interface Writer<T, R> {
    List<R> write(Handle handle, List<T> items);
  }

  private final Jdbi jdbi;
  private final Writer<T, R> writer;
  private final Runnable beforeWaiting;
  private final int maxGroup;
  private final Duration maxQueued;
  private final BlockingQueue<QueuedWrite<T, R>> queue;
  private final Thread thread;
  private volatile boolean closed;

  /**
   * {@code beforeWaiting} runs on the caller's thread before it waits (OneHandlePerRequest gives the request's
   * connection back there: a request must not hold one while the writer needs one).
   */
  public GroupCommit(String name, Jdbi jdbi, Writer<T, R> writer, Runnable beforeWaiting, int capacity, int maxGroup,
      Duration maxQueued) {
    this.jdbi = jdbi;
    this.writer = writer;
    this.beforeWaiting = beforeWaiting;
    this.maxGroup = maxGroup;
    this.maxQueued = maxQueued;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);   // close() ends it in order; a JVM that exits otherwise has acknowledged nothing unwritten
    thread.start();
  }

  /** Writes {@code item} with whatever else is waiting, and returns its result once that is committed. */
  public R write(T item) {
    if (closed) throw new ServiceBusy("the server is stopping; retry shortly");
    var pending = new QueuedWrite<T, R>(item);
    if (!queue.offer(pending)) throw new ServiceBusy("too many writes are waiting; retry shortly");
    beforeWaiting.run();
    return pending.await(maxQueued);
  }

  private void run() {
    var group = new ArrayList<QueuedWrite<T, R>>(maxGroup);
    while (!(closed && queue.isEmpty())) {
      try {
        var first = queue.poll(100, TimeUnit.MILLISECONDS);   // wakes now and then to notice close()
        if (first == null) continue;
        group.add(first);
        queue.drainTo(group, maxGroup - 1);
        group.removeIf(pending -> !pending.take());   // its caller gave up waiting: never written
        if (!group.isEmpty()) commit(group);
      } catch (InterruptedException e) {
        break;
      } catch (RuntimeException | Error e) {
        log.error("group commit: unexpected failure; its writes were answered with it", e);
        group.forEach(pending -> pending.fail(e));
      } finally {
        group.clear();
      }
    }
    for (QueuedWrite<T, R> left; (left = queue.poll()) != null; ) {
      left.refuse(new ServiceBusy("the server is stopping; retry shortly"));
    }
  }

  /** The group in one transaction; on failure, each write alone (unless the database is unavailable). */
  private void commit(List<QueuedWrite<T, R>> group) {
    List<R> results;
    try {
      results = inTransaction(group);
    } catch (RuntimeException e) {
      if (group.size() == 1 || DatabaseUnavailable.in(e).isPresent()) {
        group.forEach(pending -> pending.fail(e));
        return;
      }
      for (var pending : group) {
        try {
          pending.succeed(inTransaction(List.of(pending)).get(0));
        } catch (RuntimeException alone) {
          pending.fail(alone);
        }
      }
      return;
    }
    for (int i = 0; i < group.size(); i++) group.get(i).succeed(results.get(i));
  }

  /**
   * Returns once COMMIT has returned: only then may a caller be told its write is done. Closing the handle after a
   * commit cannot undo it, so a failure there is logged, never taken for a failed write (it would be written again).
   */
  private List<R> inTransaction(List<QueuedWrite<T, R>> group) {
    var items = group.stream().map(QueuedWrite::item).toList();
    Handle handle = jdbi.open();
    try {
      return handle.inTransaction(h -> {
        var results = writer.write(h, items);
        if (results.size() != items.size()) {
          throw new IllegalStateException(results.size() + " results for " + items.size() + " writes");
        }
        return results;
      });
    } finally {
      try {
        handle.close();
      } catch (RuntimeException e) {
        log.warn("group commit: closing a handle failed after its transaction ended", e);
      }
    }
  }

  /** Writes waiting for the writer (for tests). */
  int queued() {
    return queue.size();
  }

  /** Whether {@link #close} has begun (for tests). */
  boolean closing() {
    return closed;
  }

  /** Stops taking writes; the writer finishes what is queued (up to CLOSE_WAIT), then ends. */
  @Override
  public void close() {
    closed = true;
    try {
      thread.join(CLOSE_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) log.warn("group commit: writes still running after {} s; closing anyway", CLOSE_WAIT.toSeconds());
  }
}
