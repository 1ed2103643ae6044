package inkwell.pages;

import inkwell.account.Logins;
import inkwell.auth.CookieMode;
import inkwell.auth.Identity;
import inkwell.auth.Sessions;
import inkwell.http.Forbidden;
import inkwell.http.Invalid;
import inkwell.http.TooManyRequests;
import inkwell.http.Unauthorized;
import inkwell.http.Validation;
import inkwell.users.Accounts;
import inkwell.users.Role;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;

/**
 * Register, log in and log out in the browser, as HTML forms that work without JavaScript, on the API's own account
 * and login code (users/Accounts, account/Logins), which set the same HttpOnly cookies as the API's cookie mode.
 *   GET  /register, /login?next=/editor     the forms
 *   POST /register (username, email, password, csrf, next) and /login (email, password, csrf, next): 303 to next
 *   POST /logout (csrf): this login ends, 303 to /
 */
public final class AccountPages {
  private static final Map<String, String> REGISTER_FIELDS =
      FormErrors.labels("username", "Username", "email", "Email", "password", "Password");
  private static final Map<String, String> LOGIN_FIELDS = FormErrors.labels("email", "Email", "password", "Password");

  private final Pages pages;
  private final Accounts accounts;
  private final Logins logins;
  private final Sessions sessions;
  private final CookieMode cookies;

  public AccountPages(Pages pages, Accounts accounts, Logins logins, Sessions sessions, CookieMode cookies) {
    this.pages = pages;
    this.accounts = accounts;
    this.logins = logins;
    this.sessions = sessions;
    this.cookies = cookies;
  }

  /** What the forms show back after a failed submit: everything but the password. next is already made safe. */
  public record AccountForm(String username, String email, String next) {
    /** "?next=..." for the link between the two forms, so either one brings the reader back; "" for the home page. */
    public String nextQuery() {
      return next.equals("/") ? "" : "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A failed login's "when may I try again": in words and as a time, from the throttle's Retry-After. */
  public record RetryAt(String after, Instant at) {}

  public void registerForm(Context ctx) {
    showRegister(ctx, 200, new AccountForm("", "", Pages.safeNext(ctx.queryParam("next"))), FormErrors.NONE);
  }

  public void register(Context ctx) {
    refuseForgedForm(ctx);
    var form = new AccountForm(FormText.of(ctx, "username"), FormText.of(ctx, "email"), Pages.safeNext(ctx.formParam("next")));
    try {
      FormText.refuseNul(ctx, "username", "email", "password");
      var user = accounts.register(form.username(), form.email(), ctx.formParam("password"), Role.user);
      logins.start(ctx, user, true);
      pages.redirect(ctx, form.next());
    } catch (Invalid e) {
      showRegister(ctx, 422, form, FormErrors.of(e, REGISTER_FIELDS));
    }
  }

  public void loginForm(Context ctx) {
    showLogin(ctx, 200, new AccountForm("", "", Pages.safeNext(ctx.queryParam("next"))), FormErrors.NONE, null);
  }

  /** The API's login: wrong credentials 401, throttled 429 with the time to retry, banned 403, each on the form. */
  public void login(Context ctx) {
    refuseForgedForm(ctx);
    var form = new AccountForm("", FormText.of(ctx, "email"), Pages.safeNext(ctx.formParam("next")));
    String password = ctx.formParam("password");
    try {
      FormText.refuseNul(ctx, "email", "password");
      var v = new Validation();
      v.required("email", form.email());
      v.required("password", password);
      v.orThrow();
      logins.start(ctx, logins.check(form.email(), password, ctx.ip()), true);
      pages.redirect(ctx, form.next());
    } catch (Invalid e) {
      showLogin(ctx, 422, form, FormErrors.of(e, LOGIN_FIELDS), null);
    } catch (Unauthorized e) {
      showLogin(ctx, 401, form, FormErrors.general("Wrong email or password."), null);
    } catch (TooManyRequests e) {
      e.headers().forEach(ctx::header);
      showLogin(ctx, 429, form, FormErrors.general("Too many failed attempts to log in."), retryAt(e));
    } catch (Forbidden e) {
      if (!e.isBan()) throw e;
      showLogin(ctx, 403, form, FormErrors.general("This account has been banned."), null);
    }
  }

  /** The layout's "Log out" button: this login's tokens stop working everywhere, and the browser drops its cookies. */
  public void logout(Context ctx) {
    sessions.revoke(Identity.of(ctx).sessionId());
    cookies.clear(ctx);
    pages.redirect(ctx, "/");
  }

  /** Login CSRF: the form must carry the value of this browser's anonymous double-submit cookie (403 page otherwise). */
  private void refuseForgedForm(Context ctx) {
    if (!pages.anonymousCsrfMatches(ctx)) {
      throw new Forbidden("csrf", "the form's csrf field does not match this browser's cookie");
    }
  }

  private void showRegister(Context ctx, int status, AccountForm form, FormErrors errors) {
    var frame = pages.anonymousFormFrame(ctx, "Register", "/register").inSection("register");
    pages.send(ctx, status, pages.render("register.jte", "frame", frame, "form", form, "errors", errors));
  }

  private void showLogin(Context ctx, int status, AccountForm form, FormErrors errors, RetryAt retry) {
    var frame = pages.anonymousFormFrame(ctx, "Log in", "/login").inSection("login");
    pages.send(ctx, status, pages.render("login.jte", "frame", frame, "form", form, "errors", errors, "retry", retry));
  }

  private static RetryAt retryAt(TooManyRequests e) {
    long seconds = Long.parseLong(e.headers().get("Retry-After"));
    String wait = seconds < 90 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    return new RetryAt(wait, Instant.now().plusSeconds(seconds));
  }
}
