package inkwell.auth;

import inkwell.db.Timestamps;
import inkwell.http.Invalid;
import inkwell.http.JsonBody;
import inkwell.http.Unauthorized;
import inkwell.http.Validation;
import inkwell.users.User;
import inkwell.users.UserDao;
import io.javalin.http.Context;
import java.util.List;

/**
 * Register, log in, refresh.
 *   curl -X POST localhost:7070/api/users         -H 'Content-Type: application/json' -d '{"user":{"username":"ana","email":"ana@example.com","password":"correct horse"}}'
 *   curl -X POST localhost:7070/api/users/login   -H 'Content-Type: application/json' -d '{"user":{"email":"ana@example.com","password":"correct horse"}}'
 *   curl -X POST localhost:7070/api/users/refresh -H "Authorization: Bearer $REFRESH"
 */
public final class AuthHandlers {
  private final UserDao users;
  private final Passwords passwords;
  private final Tokens tokens;

  public AuthHandlers(UserDao users, Passwords passwords, Tokens tokens) {
    this.users = users;
    this.passwords = passwords;
    this.tokens = tokens;
  }

  record NewUser(String username, String email, String password) {}
  record RegisterRequest(NewUser user) {}
  record Credentials(String email, String password) {}
  record LoginRequest(Credentials user) {}

  public void register(Context ctx) {
    var in = JsonBody.read(ctx, RegisterRequest.class).user();
    if (in == null) throw new Invalid("user", "can't be blank");
    String username = UserRules.normaliseUsername(in.username());
    String email = UserRules.normaliseEmail(in.email());
    var v = new Validation();
    if (v.required("username", username)) UserRules.username(v, username);
    if (v.required("email", email)) UserRules.email(v, email);
    if (v.required("password", in.password())) UserRules.password(v, in.password());
    v.orThrow();
    refuseTaken(username, email);
    long id = users.insert(username, email, passwords.hash(in.password()), Timestamps.now())
        .orElseThrow(() -> taken(users.findTaken(username, email, 0)));   // lost a race with an identical sign-up
    ctx.status(201).json(signedIn(users.findById(id).orElseThrow()));
  }

  public void login(Context ctx) {
    var in = JsonBody.read(ctx, LoginRequest.class).user();
    if (in == null) throw new Invalid("user", "can't be blank");
    var v = new Validation();
    v.required("email", in.email());
    v.required("password", in.password());
    v.orThrow();
    var user = users.findByEmail(UserRules.normaliseEmail(in.email()));
    boolean ok = user.isPresent()
        ? passwords.matches(in.password(), user.get().passwordHash())
        : passwords.matchesNoAccount(in.password());
    if (!ok) throw Unauthorized.badCredentials();
    upgradeHashIfOutdated(user.get(), in.password());
    ctx.json(signedIn(user.get()));
  }

  /** A new access token from a refresh token. It is not fresh: sensitive actions still want the password. */
  public void refresh(Context ctx) {
    var identity = Identity.of(ctx);
    var user = users.findById(identity.userId())
        .orElseThrow(() -> Unauthorized.invalidToken("the token's user no longer exists"));
    ctx.json(UserResponse.of(user, tokens.issueAccess(user.id(), user.role(), false), null));
  }

  private UserResponse signedIn(User user) {
    return UserResponse.of(user, tokens.issueAccess(user.id(), user.role(), true), tokens.issueRefresh(user.id(), user.role()));
  }

  private void upgradeHashIfOutdated(User user, String password) {
    if (passwords.isOutdated(user.passwordHash())) users.updatePasswordHash(user.id(), passwords.hash(password));
  }

  private void refuseTaken(String username, String email) {
    var taken = users.findTaken(username, email, 0);
    if (!taken.isEmpty()) throw taken(taken);
  }

  /** RealWorld answers a taken username or email with 422 "has already been taken". */
  static Invalid taken(List<String> fields) {
    var v = new Validation();
    fields.forEach(field -> v.problem(field, "has already been taken"));
    if (v.ok()) v.problem("user", "has already been taken");
    return v.toError();
  }
}
