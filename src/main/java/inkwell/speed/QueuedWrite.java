package inkwell.speed;

import inkwell.http.ServiceBusy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** One write and its caller's answer. The caller may give up while it is queued, never once the writer has it. */
final class QueuedWrite<T, R> {
  /**
   * How long a caller waits for a write the writer has taken. Its transaction ends long before (the database's
   * timeouts bound every statement); only a bug would make a caller wait this long.
   */
  private static final Duration TAKEN_WAIT = Duration.ofMinutes(2);

  private static final int QUEUED = 0;
  private static final int TAKEN = 1;
  private static final int ABANDONED = 2;

  private final T item;
  private final CompletableFuture<R> result = new CompletableFuture<>();
  private final AtomicInteger state = new AtomicInteger(QUEUED);

  QueuedWrite(T item) {
    this.item = item;
  }

  T item() {
    return item;
  }

  /** The writer's claim; false when the caller has given up. */
  boolean take() {
    return state.compareAndSet(QUEUED, TAKEN);
  }

  void succeed(R value) {
    result.complete(value);
  }

  void fail(Throwable failure) {
    result.completeExceptionally(failure);
  }

  /** For a write left queued when the writer ends; unless its caller has given up already. */
  void refuse(RuntimeException failure) {
    if (take()) fail(failure);
  }

  /**
   * The result, once the write is committed, or its failure. A write still queued after {@code maxQueued} is taken
   * out (ServiceBusy: never written); one the writer has taken is waited for, up to TAKEN_WAIT.
   */
  R await(Duration maxQueued) {
    try {
      try {
        return result.get(maxQueued.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException stillQueued) {
        if (state.compareAndSet(QUEUED, ABANDONED)) {
          throw new ServiceBusy("writes are taking too long; nothing was written; retry shortly");
        }
        return result.get(TAKEN_WAIT.toNanos(), TimeUnit.NANOSECONDS);   // being written: its outcome is coming
      }
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("a group commit took longer than " + TAKEN_WAIT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (state.compareAndSet(QUEUED, ABANDONED)) throw new ServiceBusy("the server is stopping; retry shortly");
      throw new IllegalStateException("interrupted while its write was being committed: outcome unknown", e);
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException e) return e;
    if (cause instanceof Error e) throw e;
    return new IllegalStateException(cause);
  }
}
