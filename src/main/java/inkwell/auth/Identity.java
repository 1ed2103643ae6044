package inkwell.auth;

import inkwell.users.Role;
import inkwell.users.User;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is calling, as proven by a verified token and confirmed by the database (the role is the user's role now, not
 * when the token was issued). TokenCheck puts it on the context; handlers read it from there.
 */
public record Identity(long userId, Role role, boolean fresh, String tokenId, String sessionId, String csrf,
                       Instant expiresAt, String token) {
  private static final String KEY = "inkwell.identity";
  private static final String USER_KEY = "inkwell.identity.user";

  Identity withRole(Role currentRole) {
    return new Identity(userId, currentRole, fresh, tokenId, sessionId, csrf, expiresAt, token);
  }

  public boolean isAdmin() {
    return role == Role.admin;
  }

  void attachTo(Context ctx) {
    ctx.attribute(KEY, this);
  }

  /** The caller on a route that requires sign-in. */
  public static Identity of(Context ctx) {
    Identity identity = ctx.attribute(KEY);
    if (identity == null) throw new IllegalStateException("no identity: is this route declared PUBLIC or OPTIONAL?");
    return identity;
  }

  /**
   * The caller's users row as the access check read it in this request (so as exact as a new query): GET /api/user
   * answers from it without a second query.
   */
  public static User user(Context ctx) {
    User user = ctx.attribute(USER_KEY);
    if (user == null) throw new IllegalStateException("no identity: is this route declared PUBLIC or OPTIONAL?");
    return user;
  }

  static void attachUser(Context ctx, User user) {
    ctx.attribute(USER_KEY, user);
  }

  /** The caller on an OPTIONAL route, if a token was sent. */
  public static Optional<Identity> optional(Context ctx) {
    return Optional.ofNullable(ctx.attribute(KEY));
  }

  // The raw token is a credential: keep it out of any accidental log line.
  @Override
  public String toString() {
    return "Identity[userId=" + userId + ", role=" + role + ", fresh=" + fresh + "]";
  }
}
