package inkwell.account;

import inkwell.auth.Identity;
import inkwell.auth.Sessions;
import inkwell.http.Invalid;
import inkwell.http.JsonBody;
import inkwell.http.Unauthorized;
import inkwell.users.Accounts;
import inkwell.users.Accounts.ProfileChanges;
import inkwell.users.User;
import inkwell.users.UserDao;
import inkwell.users.UserRules;
import io.javalin.http.Context;

/**
 * The signed-in user's own account.
 *   curl localhost:7070/api/user -H "Authorization: Token $TOKEN"
 *   curl -X PUT localhost:7070/api/user -H "Authorization: Token $TOKEN" -H 'Content-Type: application/json' -d '{"user":{"bio":"I write."}}'
 */
public final class CurrentUserHandlers {
  private final UserDao users;
  private final Accounts accounts;
  private final Sessions sessions;

  public CurrentUserHandlers(UserDao users, Accounts accounts, Sessions sessions) {
    this.users = users;
    this.accounts = accounts;
    this.sessions = sessions;
  }

  record UpdateRequest(ProfileChanges user) {}

  public void get(Context ctx) {
    ctx.json(UserResponse.of(Identity.user(ctx), Identity.of(ctx).token(), null));
  }

  public void update(Context ctx) {
    var identity = Identity.of(ctx);
    var in = JsonBody.read(ctx, UpdateRequest.class).user();
    if (in == null) throw new Invalid("user", "can't be blank");
    in = asTheSettingsPageMeansThem(in);
    var current = load(identity);
    boolean newPassword = in.password() != null;
    boolean newEmail = in.email() != null && !UserRules.normaliseEmail(in.email()).equals(current.email());
    // Taking over an account needs only a stolen access token unless these two need more (ASVS 2.1.5, 3.7.1).
    // Re-sending the same email, as RealWorld's settings page does, is not a change.
    if ((newPassword || newEmail) && !identity.fresh()) throw Unauthorized.freshTokenRequired();
    var changed = accounts.updateProfile(current, in);
    if (!newPassword) {
      ctx.json(UserResponse.of(changed, identity.token(), null));
      return;
    }
    // Every earlier token of this user died with the new password; this device gets a new login.
    var issued = sessions.start(changed, ctx.userAgent());
    ctx.json(UserResponse.of(changed, issued.token(), issued.refreshToken()));
  }

  /** DELETE /api/user (fresh token): the account and, by cascade, its articles, comments, favorites and sessions. */
  public void delete(Context ctx) {
    users.delete(Identity.of(ctx).userId());
    ctx.status(204);
  }

  /**
   * RealWorld's Angular settings page posts every field: "password": "" when no new password was typed (so it
   * means unchanged, and asks for no fresh token), "bio": "" or "image": "" when the user emptied one (so it
   * clears it). An image is trimmed, so one of spaces clears it too. A password of spaces is a (too short)
   * password, not a blank; email and username have no empty value and are refused as before.
   */
  private static ProfileChanges asTheSettingsPageMeansThem(ProfileChanges in) {
    return new ProfileChanges(in.email(), in.username(), "".equals(in.password()) ? null : in.password(),
        in.currentPassword(), in.bio(), in.image() == null ? null : in.image().trim());
  }

  private User load(Identity identity) {
    return users.findById(identity.userId()).orElseThrow(Unauthorized::userGone);
  }
}
