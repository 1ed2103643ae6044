package inkwell.users;

import inkwell.http.ServiceBusy;
import java.security.SecureRandom;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Argon2id password hashing with OWASP's minimum parameters, written as standard PHC strings so each hash carries its
 * own parameters and old ones can be upgraded at login.
 *
 * OWASP's Password Storage Cheat Sheet (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html,
 * section Argon2id) lists five settings of equal strength that trade memory for passes:
 * m=47104 (46 MiB) t=1, m=19456 (19 MiB) t=2, m=12288 (12 MiB) t=3, m=9216 (9 MiB) t=4, m=7168 (7 MiB) t=5, all p=1.
 * We use the last, 7 MiB with t=5 (until issue 15: 19 MiB, t=2; for a while 12 MiB, t=3): the same CPU time per hash
 * (7 x 5 against 12 x 3 MiB passes), and on a small box memory is scarcer than CPU time: the buffer below stays in
 * the 40 MB heap for good (bench/README.md, "Issue 15, item 3: memory"). Hashes made with other parameters still
 * verify with their own (read from the PHC string) and are rehashed at the next login.
 *
 * Our own Argon2id (Argon2id.java, RFC 9106) hashes into work memory kept for good, one 7 MiB buffer per hashing
 * slot, made at the slot's first hash; a hash allocates ~8 KB besides. password4j, used before, kept a zero-filled
 * template of m KiB for every parameter set it ever met (so 12 MiB, plus 19 MiB for good once an old hash was
 * checked) and allocated ~90 MB per hash (a 12 MiB copy of the template as 12,288 arrays, and two 1 KiB scratch
 * arrays per block compression), garbage that a small heap had to collect during logins.
 *
 * Each hash takes ~7 MiB and tens of milliseconds of CPU, so only a few run at once: one core is always left to
 * every other request (on 2 cores, one hash at a time), so a login storm cannot starve token checks and reads
 * (bench/README.md: auth_user during a login storm). Logins beyond that wait, parked, which costs no CPU; only when
 * {@link #WAITING_LOGINS} already wait do we answer 503 at once, well before a storm could hold every server thread
 * (App.MAX_THREADS). Answering 503 early instead made a storm cost more: clients retried at once, thousands of times
 * a second, and each retry still parsed JSON and checked the throttle.
 */
public final class Passwords {
  static final Argon2id.Cost COST = new Argon2id.Cost(7 * 1024, 5, 1);
  private static final int HASH_BYTES = 32;
  private static final int SALT_BYTES = 16;
  /** Logins (and registrations, password changes) that may wait for a hashing slot; more get 503 + Retry-After. */
  public static final int WAITING_LOGINS = 64;

  private final SecureRandom random = new SecureRandom();
  private final Semaphore running;
  private final Semaphore admitted;
  /**
   * Work memory for today's cost, taken by whoever holds a permit of {@link #running}: at most one buffer per permit
   * is ever made, at first need, then reused for good (Argon2id.hash leaves it zeroed, see there why). Shared by every
   * Passwords of the process (a server has one; the test suite starts hundreds of servers in one JVM and keeps each
   * reachable, and 7 MiB apiece ran its heap out), so it holds as many as ever hashed at once.
   */
  private static final Queue<long[]> memories = new ConcurrentLinkedQueue<>();
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
   * For a server, which answers logins: the decoy is hashed a few seconds after start-up, in the background, so the
   * first login neither pays for it nor for the first work buffer and a cold Argon2. Not for the command line: each
   * command would start a 7 MiB hash it never uses (on 2 cores CompletableFuture runs each delayed task on a thread
   * of its own).
   */
  public Passwords warmUpInBackground() {
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
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return bounded(COST, memory -> PasswordHash.of(password, salt, COST, HASH_BYTES, memory).toPhc());
  }

  /** False for a wrong password, and for a hash we cannot read or would not compute (see PasswordHash.parse). */
  public boolean matches(String password, String phcHash) {
    var stored = PasswordHash.parse(phcHash);
    return stored.isPresent() && bounded(stored.get().cost(), memory -> stored.get().matches(password, memory));
  }

  /** Burns the same time as {@link #matches} and always says no. */
  public boolean matchesNoAccount(String password) {
    matches(password, decoyHash());
    return false;
  }

  /** True when a stored hash was made with weaker (or just other) parameters than today's: rehash at next login. */
  public boolean isOutdated(String phcHash) {
    return PasswordHash.parse(phcHash).map(stored -> !stored.cost().equals(COST)).orElse(true);
  }

  /** Runs work in a hashing slot, with work memory for cost: the slot's own, or for a larger (old) cost a temporary one. */
  private <T> T bounded(Argon2id.Cost cost, Function<long[], T> work) {
    if (!admitted.tryAcquire()) throw new ServiceBusy("too many logins at once; retry in a second");
    try {
      if (!running.tryAcquire(10, TimeUnit.SECONDS)) throw new ServiceBusy("password hashing is backed up; retry in a second");
      long[] memory = memories.poll();
      try {
        if (memory == null) memory = COST.newMemory();
        boolean fits = memory.length >= cost.blocks() * Argon2Compression.BLOCK_LONGS;
        return work.apply(fits ? memory : cost.newMemory());
      } finally {
        if (memory != null) memories.add(memory);
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
