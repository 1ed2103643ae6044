package inkwell.auth;

import inkwell.config.LoginLimits;
import inkwell.db.Timestamps;
import inkwell.http.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows password guessing (OWASP ASVS 2.2.1, Authentication Cheat Sheet "account lockout"): after LOGIN_MAX_FAILURES
 * failed logins for one account, or LOGIN_MAX_FAILURES_PER_ADDRESS from one client address, within
 * LOGIN_THROTTLE_WINDOW, further attempts get 429 + Retry-After until the window ends, before any password is hashed.
 * The lock always ends with its window, so an attacker can delay a real user by one window at a time but never lock
 * them out for good; a successful login clears the account's count. Counts live in the database, so every instance
 * shares them.
 */
public final class LoginThrottle {

  private final LoginFailureDao dao;
  private final LoginLimits limits;

  public LoginThrottle(Jdbi jdbi, LoginLimits limits) {
    this.dao = jdbi.onDemand(LoginFailureDao.class);
    this.limits = limits;
  }

  /** Before checking a password: 429 when either the account or the address has used up its failures. */
  public void check(String email, String address) {
    Instant now = Timestamps.now();
    for (LoginFailureDao.Count count : dao.current(accountKey(email), addressKey(address), now)) {
      int limit = count.key().startsWith("account:") ? limits.perAccount() : limits.perAddress();
      if (count.failures() >= limit) {
        long seconds = Duration.between(now, count.windowEnd()).toSeconds() + 1;
        String what = count.key().startsWith("account:") ? "for this account" : "from your address";
        throw new TooManyRequests("login", "too many failed attempts " + what + "; try again in " + seconds + " s", seconds);
      }
    }
  }

  public void failed(String email, String address) {
    Instant now = Timestamps.now();
    Instant windowEnd = now.plus(limits.window());
    dao.recordFailure(accountKey(email), now, windowEnd);
    dao.recordFailure(addressKey(address), now, windowEnd);
  }

  /** A correct password clears the account's count (not the address's: one success must not reset a spraying run). */
  public void succeeded(String email) {
    dao.reset(accountKey(email));
  }

  private static String accountKey(String email) {
    return "account:" + email;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
