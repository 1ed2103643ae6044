package inkwell.auth;

import inkwell.db.Timestamps;
import inkwell.db.UniqueViolation;
import inkwell.http.Invalid;
import inkwell.http.JsonBody;
import inkwell.http.Unauthorized;
import inkwell.http.Validation;
import inkwell.users.User;
import inkwell.users.UserDao;
import io.javalin.http.Context;
import org.jdbi.v3.core.JdbiException;

/**
 * The signed-in user's own account.
 *   curl localhost:7070/api/user -H "Authorization: Token $TOKEN"
 *   curl -X PUT localhost:7070/api/user -H "Authorization: Token $TOKEN" -H 'Content-Type: application/json' -d '{"user":{"bio":"I write."}}'
 */
public final class CurrentUserHandlers {
  private final UserDao users;
  private final Passwords passwords;
  private final Sessions sessions;

  public CurrentUserHandlers(UserDao users, Passwords passwords, Sessions sessions) {
    this.users = users;
    this.passwords = passwords;
    this.sessions = sessions;
  }

  /** Every field optional; a field left out (or null) keeps its value. currentPassword is needed to set password. */
  record Changes(String email, String username, String password, String currentPassword, String bio, String image) {
    /**
     * RealWorld's Angular settings page posts every field: "password": "" when no new password was typed (so it
     * means unchanged, and asks for no fresh token), "bio": "" or "image": "" when the user emptied one (so it
     * clears it). An image is trimmed, so one of spaces clears it too. A password of spaces is a (too short)
     * password, not a blank; email and username have no empty value and are refused as before.
     */
    Changes asTheSettingsPageMeansThem() {
      return new Changes(email, username, "".equals(password) ? null : password, currentPassword, bio,
          image == null ? null : image.trim());
    }
  }
  record UpdateRequest(Changes user) {}

  public void get(Context ctx) {
    var identity = Identity.of(ctx);
    ctx.json(UserResponse.of(load(identity), identity.token(), null));
  }

  public void update(Context ctx) {
    var identity = Identity.of(ctx);
    var in = JsonBody.read(ctx, UpdateRequest.class).user();
    if (in == null) throw new Invalid("user", "can't be blank");
    in = in.asTheSettingsPageMeansThem();
    var current = load(identity);
    boolean newPassword = in.password() != null;
    boolean newEmail = in.email() != null && !UserRules.normaliseEmail(in.email()).equals(current.email());
    // Taking over an account needs only a stolen access token unless these two need more (ASVS 2.1.5, 3.7.1).
    // Re-sending the same email, as RealWorld's settings page does, is not a change.
    if ((newPassword || newEmail) && !identity.fresh()) throw Unauthorized.freshTokenRequired();
    var changed = apply(current, in);
    if (newPassword) requireCurrentPassword(current, in.currentPassword());
    if (!changed.username().equals(current.username()) || !changed.email().equals(current.email())) {
      var taken = users.findTaken(changed.username(), changed.email(), current.id());
      if (!taken.isEmpty()) throw AuthHandlers.taken(taken);
    }
    try {
      users.update(changed);
    } catch (JdbiException e) {
      // lost a race with someone claiming the same username or email since the check above
      if (!UniqueViolation.isCauseOf(e)) throw e;
      throw AuthHandlers.taken(users.findTaken(changed.username(), changed.email(), current.id()));
    }
    if (!newPassword) {
      ctx.json(UserResponse.of(changed, identity.token(), null));
      return;
    }
    // Every earlier token of this user dies (a thief's included); this device gets a new login.
    sessions.revokeAll(current.id());
    var issued = sessions.start(changed);
    ctx.json(UserResponse.of(changed, issued.token(), issued.refreshToken()));
  }

  /** DELETE /api/user (fresh token): the account and, by cascade, its articles, comments, favorites and sessions. */
  public void delete(Context ctx) {
    users.delete(Identity.of(ctx).userId());
    ctx.status(204);
  }

  private void requireCurrentPassword(User current, String currentPassword) {
    if (currentPassword == null || currentPassword.isEmpty()) throw new Invalid("currentPassword", "can't be blank");
    if (!passwords.matches(currentPassword, current.passwordHash())) throw new Invalid("currentPassword", "is incorrect");
  }

  private User apply(User u, Changes in) {
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

  private User load(Identity identity) {
    return users.findById(identity.userId()).orElseThrow(Unauthorized::userGone);
  }
}
