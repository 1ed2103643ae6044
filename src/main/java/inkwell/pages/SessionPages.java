package inkwell.pages;

import inkwell.auth.CookieMode;
import inkwell.auth.Identity;
import inkwell.auth.Sessions;
import inkwell.http.NotFound;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * Where I am logged in (/settings/sessions): each live login of mine with when it began, when it was last used and
 * its browser, and a way to end it. The session to end travels in a form field, not the path, so session ids stay out
 * of the request log (which records paths).
 *   GET  /settings/sessions                  the list; this browser's login is marked
 *   POST /settings/sessions/logout           session, csrf: ends that login of mine (someone else's: 404)
 *   POST /settings/sessions/logout-others    csrf: ends every login of mine but this one
 */
public final class SessionPages {
  private final Pages pages;
  private final Sessions sessions;
  private final CookieMode cookies;

  public SessionPages(Pages pages, Sessions sessions, CookieMode cookies) {
    this.pages = pages;
    this.sessions = sessions;
    this.cookies = cookies;
  }

  /** One line of the list. lastUsed is precise to one access-token lifetime: it is written at renewals, not per request. */
  public record Login(String id, Instant created, Instant lastUsed, String userAgent, boolean thisDevice) {}

  public void show(Context ctx) {
    var identity = Identity.of(ctx);
    List<Login> logins = sessions.liveOf(identity.userId()).stream()
        .map(s -> new Login(s.id(), s.createdAt(), s.lastUsedAt(), s.userAgent(), s.id().equals(identity.sessionId())))
        .toList();
    var frame = pages.frame(ctx, "Where you are logged in", "Your logins, and a way to end each.", "/settings/sessions")
        .inSection("settings");
    pages.send(ctx, 200, pages.render("sessions.jte", "frame", frame, "logins", logins,
        "ended", "1".equals(ctx.queryParam("ended"))));
  }

  public void logoutOne(Context ctx) {
    var identity = Identity.of(ctx);
    FormText.refuseNul(ctx, "session");
    String id = FormText.of(ctx, "session");
    if (id.equals(identity.sessionId())) {   // ending this very login is logging out
      sessions.revoke(id);
      cookies.clear(ctx);
      pages.redirect(ctx, "/");
      return;
    }
    if (!sessions.revokeOwn(identity.userId(), id)) throw new NotFound("session", "no login of yours has this id");
    pages.redirect(ctx, "/settings/sessions?ended=1");
  }

  public void logoutOthers(Context ctx) {
    var identity = Identity.of(ctx);
    sessions.revokeAllExcept(identity.userId(), identity.sessionId());
    pages.redirect(ctx, "/settings/sessions?ended=1");
  }
}
