package inkwell.auth;

import inkwell.db.Timestamps;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expired sessions (and ended login-failure windows) are deleted every 10 minutes so the tables stay the size of
 * the live logins. Every instance runs it; the DELETE is idempotent, so several at once do no harm.
 */
public final class SessionPurge implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SessionPurge.class);

  private final ScheduledExecutorService executor;

  private SessionPurge(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  public static SessionPurge start(Jdbi jdbi) {
    var executor = Executors.newSingleThreadScheduledExecutor(task -> {
      var thread = new Thread(task, "purge-expired-sessions");
      thread.setDaemon(true);
      return thread;
    });
    var sessions = jdbi.onDemand(SessionDao.class);
    var loginFailures = jdbi.onDemand(LoginFailureDao.class);
    executor.scheduleWithFixedDelay(() -> {
      try {
        int purged = sessions.purgeExpired(Timestamps.now());
        if (purged > 0) log.info("purged {} expired sessions", purged);
        loginFailures.purgeEnded(Timestamps.now());
      } catch (RuntimeException e) {
        log.warn("purging expired sessions failed; will retry: {}", e.toString());
      }
    }, 1, 10, TimeUnit.MINUTES);
    return new SessionPurge(executor);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
