package inkwell.pages;

import inkwell.account.Logins;
import inkwell.auth.Identity;
import inkwell.http.Invalid;
import inkwell.http.Unauthorized;
import inkwell.users.Accounts;
import inkwell.users.Accounts.ProfileChanges;
import inkwell.users.User;
import inkwell.users.UserDao;
import inkwell.users.UserRules;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The signed-in user's settings form, on the API's own profile rules (users/Accounts.updateProfile).
 *   GET  /settings             the form (?saved=1 after a save)
 *   POST /settings             image, username, bio, email, password, currentPassword, csrf: 303 to /settings?saved=1
 */
public final class SettingsPages {
  private static final Map<String, String> FIELDS = FormErrors.labels("image", "Picture URL", "username", "Username",
      "bio", "Bio", "email", "Email", "password", "New password", "currentPassword", "Current password");

  private final Pages pages;
  private final UserDao users;
  private final Accounts accounts;
  private final Logins logins;

  public SettingsPages(Pages pages, UserDao users, Accounts accounts, Logins logins) {
    this.pages = pages;
    this.users = users;
    this.accounts = accounts;
    this.logins = logins;
  }

  /** What the form shows: the account's values, or after a failed save what was typed (never a password). */
  public record SettingsForm(String image, String username, String bio, String email) {}

  public void show(Context ctx) {
    var user = load(ctx);
    var form = new SettingsForm(orEmpty(user.image()), user.username(), orEmpty(user.bio()), user.email());
    render(ctx, 200, form, FormErrors.NONE, "1".equals(ctx.queryParam("saved")));
  }

  public void save(Context ctx) {
    var current = load(ctx);
    var form = new SettingsForm(FormText.of(ctx, "image"), FormText.of(ctx, "username"), FormText.of(ctx, "bio"),
        FormText.of(ctx, "email"));
    String password = FormText.of(ctx, "password");
    String currentPassword = FormText.of(ctx, "currentPassword");
    try {
      FormText.refuseNul(ctx, "image", "username", "bio", "email", "password", "currentPassword");
      // As the API reads RealWorld's settings form: an empty new password means "unchanged", an empty bio or
      // picture clears it.
      var changes = new ProfileChanges(form.email(), form.username(), password.isEmpty() ? null : password,
          currentPassword, form.bio(), form.image().trim());
      boolean newEmail = !UserRules.normaliseEmail(form.email()).equals(current.email());
      // The API lets only a fresh token (straight from a password login) change email or password, so a stolen
      // token cannot take the account over (OWASP ASVS 2.1.5, 3.7.1). A page cannot ask for a fresh token, so it
      // asks for the current password instead: the same re-authentication, checked by the same Passwords code.
      // For a new password updateProfile asks it itself; for a new email alone we ask it here, before any write.
      if (newEmail && changes.password() == null) accounts.requireCurrentPassword(current, currentPassword);
      var saved = accounts.updateProfile(current, changes);
      // A new password signed this user out everywhere (Accounts); this browser gets a new login.
      if (changes.password() != null) logins.start(ctx, saved, true);
      pages.redirect(ctx, "/settings?saved=1");
    } catch (Invalid e) {
      render(ctx, 422, form, FormErrors.of(e, FIELDS), false);
    }
  }

  private void render(Context ctx, int status, SettingsForm form, FormErrors errors, boolean saved) {
    var frame = pages.frame(ctx, "Settings", "Your profile, email and password.", "/settings").inSection("settings");
    pages.send(ctx, status, pages.render("settings.jte", "frame", frame, "form", form, "errors", errors, "saved", saved));
  }

  private User load(Context ctx) {
    return users.findById(Identity.of(ctx).userId()).orElseThrow(Unauthorized::userGone);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
