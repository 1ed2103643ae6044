package inkwell.account;

import inkwell.auth.CookieMode;
import inkwell.auth.LoginThrottle;
import inkwell.auth.Sessions;
import inkwell.http.Forbidden;
import inkwell.http.Unauthorized;
import inkwell.users.Passwords;
import inkwell.users.User;
import inkwell.users.UserDao;
import inkwell.users.UserRules;
import io.javalin.http.Context;

/**
 * The one password login, used by the API (POST /api/users/login) and the blog's login form alike: throttle, hash
 * check (also when there is no such account, so timing tells nothing), ban check, hash upgrade, new session.
 */
public final class Logins {
  private final UserDao users;
  private final Passwords passwords;
  private final Sessions sessions;
  private final CookieMode cookies;
  private final LoginThrottle throttle;

  public Logins(UserDao users, Passwords passwords, Sessions sessions, CookieMode cookies, LoginThrottle throttle) {
    this.users = users;
    this.passwords = passwords;
    this.sessions = sessions;
    this.cookies = cookies;
    this.throttle = throttle;
  }

  /** The account these credentials open; 401 for wrong ones, 429 while throttled, 403 for a banned account. */
  public User check(String rawEmail, String password, String ip) {
    String email = UserRules.normaliseEmail(rawEmail);
    throttle.check(email, ip);   // before hashing: a throttled guess costs us nothing
    var user = users.findByEmail(email);
    boolean ok = user.isPresent()
        ? passwords.matches(password, user.get().passwordHash())
        : passwords.matchesNoAccount(password);
    if (!ok) {
      throttle.failed(email, ip);
      throw Unauthorized.badCredentials();
    }
    throttle.succeeded(email);
    // Told only after the password matched, so a ban reveals nothing to someone guessing passwords.
    if (user.get().isBanned()) throw Forbidden.banned();
    upgradeHashIfOutdated(user.get(), password);
    return user.get();
  }

  /**
   * A new session for {@code user}, remembering the client's User-Agent (for /settings/sessions); with
   * {@code asCookies} its tokens are also set as cookie mode's cookies.
   */
  public Sessions.Issued start(Context ctx, User user, boolean asCookies) {
    var issued = sessions.start(user, ctx.userAgent());
    if (asCookies) cookies.set(ctx, issued);
    return issued;
  }

  private void upgradeHashIfOutdated(User user, String password) {
    if (passwords.isOutdated(user.passwordHash())) users.updatePasswordHash(user.id(), passwords.hash(password));
  }
}
