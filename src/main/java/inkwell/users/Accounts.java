package inkwell.users;

import inkwell.db.Timestamps;
import inkwell.db.UniqueViolation;
import inkwell.http.Invalid;
import inkwell.http.Validation;
import java.util.List;
import org.jdbi.v3.core.JdbiException;

/**
 * Accounts with the same rules everywhere: the account and admin routes and the "user" command all come here, so a
 * username the API refuses cannot be made on the command line either, and a ban or a role change is written once.
 */
public final class Accounts {
  private final UserDao users;
  private final Passwords passwords;
  private final SessionRevoker sessions;

  public Accounts(UserDao users, Passwords passwords, SessionRevoker sessions) {
    this.users = users;
    this.passwords = passwords;
    this.sessions = sessions;
  }

  /** Every field optional; a field left out (or null) keeps its value. currentPassword is needed to set password. */
  public record ProfileChanges(String email, String username, String password, String currentPassword, String bio,
                               String image) {}

  /** Validates, hashes and inserts; 422-style {@link Invalid} for a bad field or a taken username/email. */
  public User register(String rawUsername, String rawEmail, String password, Role role) {
    String username = UserRules.normaliseUsername(rawUsername);
    String email = UserRules.normaliseEmail(rawEmail);
    var v = new Validation();
    if (v.required("username", username)) UserRules.username(v, username);
    if (v.required("email", email)) UserRules.email(v, email);
    if (v.required("password", password)) UserRules.password(v, password);
    v.orThrow();
    refuseTaken(username, email, 0);
    long id = users.insert(username, email, passwords.hash(password), Timestamps.now())
        .orElseThrow(() -> taken(users.findTaken(username, email, 0)));   // lost a race with an identical sign-up
    if (role != Role.user) users.setRole(id, role);
    return users.findById(id).orElseThrow();
  }

  /**
   * Applies the changes after checking every field; a new password needs the current one, and signs the user out
   * everywhere (every earlier token dies, a thief's included). Returns the account as saved.
   */
  public User updateProfile(User current, ProfileChanges in) {
    var changed = apply(current, in);
    if (in.password() != null) requireCurrentPassword(current, in.currentPassword());
    if (!changed.username().equals(current.username()) || !changed.email().equals(current.email())) {
      refuseTaken(changed.username(), changed.email(), current.id());
    }
    try {
      users.update(changed);
    } catch (JdbiException e) {
      // lost a race with someone claiming the same username or email since the check above
      if (!UniqueViolation.isCauseOf(e)) throw e;
      throw taken(users.findTaken(changed.username(), changed.email(), current.id()));
    }
    if (in.password() != null) sessions.revokeAll(current.id());
    return changed;
  }

  /**
   * Refuses the account's logins, refreshes and tokens. Its sessions are revoked as well as refused, so lifting the
   * ban later does not bring the old tokens back. False when it was banned already.
   */
  public boolean ban(User user) {
    boolean banning = !user.isBanned();
    if (banning) users.setBannedAt(user.id(), Timestamps.now());
    sessions.revokeAll(user.id());
    return banning;
  }

  /** Lifts a ban; false when there was none. */
  public boolean unban(User user) {
    if (!user.isBanned()) return false;
    users.setBannedAt(user.id(), null);
    return true;
  }

  /** Takes effect on the user's next request (the access check reads the role now), not at token expiry. */
  public boolean setRole(User user, Role role) {
    if (user.role() == role) return false;
    users.setRole(user.id(), role);
    return true;
  }

  /**
   * 422 unless {@code currentPassword} is the account's password. {@link #updateProfile} asks it for a new password;
   * the settings page also asks it for a new email (re-authentication in place of the API's fresh token).
   */
  public void requireCurrentPassword(User current, String currentPassword) {
    if (currentPassword == null || currentPassword.isEmpty()) throw new Invalid("currentPassword", "can't be blank");
    if (!passwords.matches(currentPassword, current.passwordHash())) throw new Invalid("currentPassword", "is incorrect");
  }

  private User apply(User u, ProfileChanges in) {
    String username = in.username() == null ? u.username() : UserRules.normaliseUsername(in.username());
    String email = in.email() == null ? u.email() : UserRules.normaliseEmail(in.email());
    var v = new Validation();
    if (in.username() == null || v.required("username", username)) UserRules.username(v, username);
    if (in.email() == null || v.required("email", email)) UserRules.email(v, email);
    UserRules.password(v, in.password());
    UserRules.profile(v, in.bio(), in.image());
    v.orThrow();
    String hash = in.password() == null ? u.passwordHash() : passwords.hash(in.password());
    return new User(u.id(), username, email, hash,
        in.bio() == null ? u.bio() : in.bio(),
        in.image() == null ? u.image() : in.image(),
        u.role(), u.bannedAt(), u.createdAt(), Timestamps.now());
  }

  private void refuseTaken(String username, String email, long exceptId) {
    var taken = users.findTaken(username, email, exceptId);
    if (!taken.isEmpty()) throw taken(taken);
  }

  /** RealWorld answers a taken username or email with 422 "has already been taken". */
  private static Invalid taken(List<String> fields) {
    var v = new Validation();
    fields.forEach(field -> v.problem(field, "has already been taken"));
    if (v.ok()) v.problem("user", "has already been taken");
    return v.toError();
  }
}
