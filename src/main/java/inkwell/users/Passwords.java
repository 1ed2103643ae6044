package inkwell.users;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import inkwell.http.ServiceBusy;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Argon2id password hashing with OWASP's minimum parameters, written as standard PHC strings so each hash carries its
 * own parameters and old ones can be upgraded at login.
 *
 * OWASP's Password Storage Cheat Sheet (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html,
 * section Argon2id) lists five settings of equal strength that trade memory for passes:
 * m=47104 (46 MiB) t=1, m=19456 (19 MiB) t=2, m=12288 (12 MiB) t=3, m=9216 (9 MiB) t=4, m=7168 (7 MiB) t=5, all p=1.
 * We use 12 MiB, t=3 (until issue 15: 19 MiB, t=2): on a small box memory is scarcer than CPU time, and password4j
 * holds a zero-filled template of m KiB per parameter set for good and copies it for every hash in flight, so each
 * step down shrinks hashing's share of the heap (bench/README.md, "Issue 15, item 3: memory"). Hashes made with other
 * parameters still verify with their own (read from the PHC string) and are rehashed at the next login.
 *
 * Each hash takes ~12 MiB and tens of milliseconds of CPU, so only a few run at once: one core is always left to
 * every other request (on 2 cores, one hash at a time), so a login storm cannot starve token checks and reads
 * (bench/README.md: auth_user during a login storm). Logins beyond that wait, parked, which costs no CPU; only when
 * {@link #WAITING_LOGINS} already wait do we answer 503 at once, well before a storm could hold every server thread
 * (App.MAX_THREADS). Answering 503 early instead made a storm cost more: clients retried at once, thousands of times
 * a second, and each retry still parsed JSON and checked the throttle.
 */
public final class Passwords {
  public static final int MEMORY_KIB = 12 * 1024;
  public static final int ITERATIONS = 3;
  public static final int PARALLELISM = 1;
  private static final int HASH_BYTES = 32;
  private static final int SALT_BYTES = 16;
  /** Logins (and registrations, password changes) that may wait for a hashing slot; more get 503 + Retry-After. */
  public static final int WAITING_LOGINS = 64;

  /**
   * Made in the background as the server starts (warmUpInBackground), off the path to its first answer (password4j
   * allocates a template of MEMORY_KIB, 12 MiB). Not lazily at the first login: creating it adds a JVM shutdown hook, which throws once a shutdown
   * has begun, so a first login arriving during SIGTERM's drain answered 500.
   */
  private static final class Argon2Holder {
    static final Argon2Function ARGON2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);
  }

  private final Semaphore running;
  private final Semaphore admitted;
  /**
   * Checked when the email is unknown, so that answer takes as long as a wrong password. Made by the first caller who
   * needs it, or earlier in the background (see {@link #warmUpInBackground}).
   */
  private volatile String decoyHash;

  public Passwords() {
    int cores = Runtime.getRuntime().availableProcessors();
    int hashing = Math.max(1, cores - 1);
    this.running = new Semaphore(hashing, true);
    this.admitted = new Semaphore(hashing + WAITING_LOGINS);
  }

  /**
   * For a server, which answers logins: the hashing instance is made at once and the decoy a few seconds after
   * start-up, both in the background, so they add nothing to the time to the first answer. Not for the command line:
   * each command would start a 12 MiB hash it never uses (on 2 cores CompletableFuture runs each delayed task on a
   * thread of its own).
   */
  public Passwords warmUpInBackground() {
    CompletableFuture.runAsync(() -> Objects.requireNonNull(Argon2Holder.ARGON2));
    CompletableFuture.delayedExecutor(5, TimeUnit.SECONDS).execute(this::decoyHash);
    return this;
  }

  private String decoyHash() {
    if (decoyHash == null) {
      synchronized (this) {
        if (decoyHash == null) decoyHash = hash("decoy password, never matches anything real " + System.nanoTime());
      }
    }
    return decoyHash;
  }

  public String hash(String password) {
    return bounded(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(Argon2Holder.ARGON2).getResult());
  }

  public boolean matches(String password, String phcHash) {
    return bounded(() -> {
      try {
        return Password.check(password, phcHash).with(Argon2Function.getInstanceFromHash(phcHash));
      } catch (IllegalStateException shuttingDown) {
        throw shuttingDown;   // not a wrong password: see bounded
      } catch (RuntimeException unreadableHash) {
        return false;
      }
    });
  }

  /** Burns the same time as {@link #matches} and always says no. */
  public boolean matchesNoAccount(String password) {
    matches(password, decoyHash());
    return false;
  }

  /** True when a stored hash was made with weaker (or just other) parameters than today's: rehash at next login. */
  public boolean isOutdated(String phcHash) {
    try {
      var used = Argon2Function.getInstanceFromHash(phcHash);
      return !phcHash.startsWith("$argon2id$") || used.getMemory() != MEMORY_KIB
          || used.getIterations() != ITERATIONS || used.getParallelism() != PARALLELISM;
    } catch (RuntimeException unreadableHash) {
      return true;
    }
  }

  private <T> T bounded(Supplier<T> work) {
    if (!admitted.tryAcquire()) throw new ServiceBusy("too many logins at once; retry in a second");
    try {
      if (!running.tryAcquire(10, TimeUnit.SECONDS)) throw new ServiceBusy("password hashing is backed up; retry in a second");
      try {
        return work.get();
      } catch (IllegalStateException | LinkageError shutdownInProgress) {
        // password4j makes a hashing instance (and its shutdown hook) per parameter set, also for an old hash's
        // parameters; during a shutdown that throws. The client may retry on an instance that is not stopping.
        throw new ServiceBusy("the server is shutting down; retry");
      } finally {
        running.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceBusy("interrupted");
    } finally {
      admitted.release();
    }
  }
}
