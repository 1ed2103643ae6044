package inkwell.admin;

import inkwell.auth.Identity;
import inkwell.http.Invalid;
import inkwell.http.JsonBody;
import inkwell.http.NotFound;
import inkwell.http.Paging;
import inkwell.users.Accounts;
import inkwell.users.Role;
import inkwell.users.User;
import inkwell.users.UserDao;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * Admin actions (route level ADMIN: the caller's current role is admin and the token is fresh).
 *   curl localhost:7070/api/admin/users -H "Authorization: Token $ADMIN_TOKEN"
 *   curl -X POST localhost:7070/api/admin/users/ana/ban -H "Authorization: Token $ADMIN_TOKEN"
 *   curl -X PUT localhost:7070/api/admin/users/ana/role -H "Authorization: Token $ADMIN_TOKEN" -H 'Content-Type: application/json' -d '{"role":"admin"}'
 */
public final class AdminHandlers {
  private final UserDao users;
  private final Accounts accounts;

  public AdminHandlers(UserDao users, Accounts accounts) {
    this.users = users;
    this.accounts = accounts;
  }

  /** What an admin sees of an account: never the password hash. */
  record Account(String username, String email, Role role, boolean banned, Instant createdAt) {
    static Account of(User u) {
      return new Account(u.username(), u.email(), u.role(), u.isBanned(), u.createdAt());
    }
  }

  record AccountResponse(Account user) {}
  record AccountsResponse(List<Account> users, int usersCount) {}
  record RoleRequest(String role) {}

  public void list(Context ctx) {
    var page = Paging.of(ctx);
    var accounts = users.listPage(page.limit(), page.offset()).stream().map(Account::of).toList();
    ctx.json(new AccountsResponse(accounts, users.countAll()));
  }

  /** Banned: login and refresh answer 403, and every token of the user stops working at once. */
  public void ban(Context ctx) {
    var user = target(ctx);
    accounts.ban(user);
    ctx.json(reloaded(user));
  }

  public void unban(Context ctx) {
    var user = target(ctx);
    accounts.unban(user);
    ctx.json(reloaded(user));
  }

  /** {"role":"admin"} or {"role":"user"}; takes effect on the user's next request, not at token expiry. */
  public void setRole(Context ctx) {
    var user = target(ctx);
    var role = Role.named(JsonBody.read(ctx, RoleRequest.class).role())
        .orElseThrow(() -> new Invalid("role", "must be admin or user"));
    accounts.setRole(user, role);
    ctx.json(reloaded(user));
  }

  private AccountResponse reloaded(User user) {
    return new AccountResponse(Account.of(users.findById(user.id()).orElseThrow()));
  }

  /** The account named in the path; an admin may not ban or demote themselves (and so lock everyone out). */
  private User target(Context ctx) {
    String username = ctx.pathParam("username");
    var user = users.findByUsername(username).orElseThrow(() -> new NotFound("user", username));
    if (user.id() == Identity.of(ctx).userId()) throw new Invalid("username", "is you: ask another admin");
    return user;
  }
}
