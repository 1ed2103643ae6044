package inkwell.auth;

import inkwell.db.Timestamps;
import inkwell.http.Invalid;
import inkwell.http.Validation;
import inkwell.users.User;
import inkwell.users.UserDao;

/**
 * Creating an account with the same rules everywhere: the register route and the "user create" command both come
 * here, so a username the API refuses cannot be made on the command line either.
 */
public final class Accounts {
  private final UserDao users;
  private final Passwords passwords;

  public Accounts(UserDao users, Passwords passwords) {
    this.users = users;
    this.passwords = passwords;
  }

  /** Validates, hashes and inserts; 422-style {@link Invalid} for a bad field or a taken username/email. */
  public User create(String rawUsername, String rawEmail, String password, String role) {
    String username = UserRules.normaliseUsername(rawUsername);
    String email = UserRules.normaliseEmail(rawEmail);
    var v = new Validation();
    if (v.required("username", username)) UserRules.username(v, username);
    if (v.required("email", email)) UserRules.email(v, email);
    if (v.required("password", password)) UserRules.password(v, password);
    v.orThrow();
    refuseTaken(username, email);
    long id = users.insert(username, email, passwords.hash(password), Timestamps.now())
        .orElseThrow(() -> AuthHandlers.taken(users.findTaken(username, email, 0)));   // lost a race with an identical sign-up
    if (!"user".equals(role)) users.setRole(id, role);
    return users.findById(id).orElseThrow();
  }

  private void refuseTaken(String username, String email) {
    var taken = users.findTaken(username, email, 0);
    if (!taken.isEmpty()) throw AuthHandlers.taken(taken);
  }
}
