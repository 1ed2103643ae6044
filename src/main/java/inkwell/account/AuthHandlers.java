package inkwell.account;

import inkwell.auth.CookieMode;
import inkwell.auth.Identity;
import inkwell.auth.Sessions;
import inkwell.http.Forbidden;
import inkwell.http.Invalid;
import inkwell.http.RequestBody;
import inkwell.http.Unauthorized;
import inkwell.http.Validation;
import inkwell.users.Accounts;
import inkwell.users.Role;
import inkwell.users.User;
import inkwell.users.UserDao;
import io.javalin.http.Context;

/**
 * Register, log in, refresh.
 *   curl -X POST localhost:7070/api/users         -H 'Content-Type: application/json' -d '{"user":{"username":"ana","email":"ana@example.com","password":"correct horse"}}'
 *   curl -X POST localhost:7070/api/users/login   -H 'Content-Type: application/json' -d '{"user":{"email":"ana@example.com","password":"correct horse"}}'
 *   curl -X POST localhost:7070/api/users/refresh -H "Authorization: Bearer $REFRESH"
 */
public final class AuthHandlers {
  private final UserDao users;
  private final Accounts accounts;
  private final Logins logins;
  private final Sessions sessions;
  private final CookieMode cookies;

  public AuthHandlers(UserDao users, Accounts accounts, Logins logins, Sessions sessions, CookieMode cookies) {
    this.users = users;
    this.accounts = accounts;
    this.logins = logins;
    this.sessions = sessions;
    this.cookies = cookies;
  }

  record NewUser(String username, String email, String password) {}
  record RegisterRequest(NewUser user) {}
  record Credentials(String email, String password) {}
  record LoginRequest(Credentials user) {}

  public void register(Context ctx) {
    var in = RequestBody.read(ctx, RegisterRequest.class, "user").user();
    if (in == null) throw new Invalid("user", "can't be blank");
    ctx.status(201).json(signedIn(ctx, accounts.register(in.username(), in.email(), in.password(), Role.user)));
  }

  public void login(Context ctx) {
    var in = RequestBody.read(ctx, LoginRequest.class, "user").user();
    if (in == null) throw new Invalid("user", "can't be blank");
    var v = new Validation();
    v.required("email", in.email());
    v.required("password", in.password());
    v.orThrow();
    ctx.json(signedIn(ctx, logins.check(in.email(), in.password(), ctx.ip())));
  }

  /** A new access token from a refresh token. It is not fresh: sensitive actions still want the password. */
  public void refresh(Context ctx) {
    var identity = Identity.of(ctx);
    var user = users.findById(identity.userId())
        .orElseThrow(() -> Unauthorized.invalidToken("the token's user no longer exists"));
    refuseBanned(user);
    var issued = sessions.refresh(identity, user.role());
    if (CookieMode.requested(ctx)) cookies.set(ctx, issued);
    ctx.json(UserResponse.of(user, issued.token(), issued.refreshToken()));
  }

  /** POST /api/users/logout: this login's access and refresh tokens stop working, on every instance. */
  public void logout(Context ctx) {
    sessions.revoke(Identity.of(ctx).sessionId());
    cookies.clear(ctx);
    ctx.status(204);
  }

  /** POST /api/users/logout-all: every token of this user stops working (every device is signed out). */
  public void logoutAll(Context ctx) {
    sessions.revokeAll(Identity.of(ctx).userId());
    cookies.clear(ctx);
    ctx.status(204);
  }

  /** A new login; with ?cookie=true the tokens are also set as cookies (the JSON body is the same either way). */
  private UserResponse signedIn(Context ctx, User user) {
    var issued = logins.start(ctx, user, CookieMode.requested(ctx));
    return UserResponse.of(user, issued.token(), issued.refreshToken());
  }

  private static void refuseBanned(User user) {
    if (user.isBanned()) throw Forbidden.banned();
  }
}
