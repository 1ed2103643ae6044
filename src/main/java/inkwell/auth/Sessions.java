package inkwell.auth;

import inkwell.config.RefreshRotation;
import inkwell.db.Timestamps;
import inkwell.http.Forbidden;
import inkwell.http.Unauthorized;
import inkwell.speed.DataVersion;
import inkwell.speed.ExactCache;
import inkwell.users.Role;
import inkwell.users.User;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Logins as rows of the sessions table, so that revoking one is seen by every instance at the next request
 * (flask-jwt-extended's blocklist, kept in the database). Tokens carry the session id as "sid".
 */
public final class Sessions {
  /** A second use of a just-rotated refresh token within this window is two requests racing, not a replay. */
  static final Duration RACE_WINDOW = Duration.ofSeconds(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Logins whose access check is kept in memory (about 1 KB each); the least recently used go first. */
  static final int CACHED_CALLERS = 4096;

  private final SessionDao sessions;
  private final CallerQuery callerQuery;
  private final Tokens tokens;
  private final RefreshRotation rotation;
  private final ExactCache<CallerKey, Optional<SessionDao.Caller>> callers;

  private record CallerKey(long userId, String sessionId) {}

  /**
   * {@code versions}: the database's change signal. The access check's row is kept per (user, session) and used
   * only while nothing at all was committed since it was read (speed/ExactCache), so a logout, ban, new password or
   * demotion, by this instance, another one or the command line, is seen by the very next request.
   */
  public Sessions(SessionDao sessions, Jdbi jdbi, Tokens tokens, RefreshRotation rotation, DataVersion versions) {
    this.sessions = sessions;
    this.callerQuery = new CallerQuery(jdbi);
    this.tokens = tokens;
    this.rotation = rotation;
    this.callers = new ExactCache<>(versions, CACHED_CALLERS);
  }

  /**
   * The tokens a response hands out; refreshToken is null when none is issued (fixed-mode refresh). csrf is the
   * login's CSRF value, in both tokens' claims and, in cookie mode, in the script-readable CSRF cookie.
   */
  public record Issued(String token, String refreshToken, String csrf) {}

  /** Kept of a User-Agent header: enough to tell browsers apart on /settings/sessions, bounded in the table. */
  static final int USER_AGENT_CHARS = 200;

  /**
   * A password login (or sign-up): a new session, a fresh access token and its refresh token. {@code userAgent} (the
   * login's User-Agent header, may be null) is kept, shortened, so the user can tell their logins apart.
   */
  public Issued start(User user, String userAgent) {
    String id = randomId();
    String csrf = randomId();
    String refreshJti = UUID.randomUUID().toString();
    Instant expiresAt = Timestamps.now().plus(tokens.refreshTtl());
    sessions.insert(id, user.id(), refreshJti, Timestamps.now(), expiresAt, shortened(userAgent));
    return new Issued(tokens.issueAccess(user.id(), user.role(), true, id, csrf),
        tokens.issueRefresh(user.id(), user.role(), id, csrf, refreshJti, expiresAt), csrf);
  }

  /**
   * Cookie mode's implicit renewal: a new, non-fresh access token from the refresh cookie, without exchanging the
   * refresh token (the browser may be sending several requests at once with the same cookies).
   */
  public String renewAccess(Identity refresh, Role role) {
    var session = sessions.find(refresh.sessionId()).orElseThrow(Unauthorized::revoked);
    boolean live = session.revokedAt() == null && session.userId() == refresh.userId()
        && session.expiresAt().isAfter(Timestamps.now()) && refresh.tokenId().equals(session.refreshJti());
    if (!live) throw Unauthorized.revoked();
    // "Last used" is written here, once per access token, not on every request (V009)
    sessions.touch(session.id(), Timestamps.now());
    return tokens.issueAccess(refresh.userId(), role, false, session.id(), refresh.csrf());
  }

  /**
   * A new, non-fresh access token for a verified refresh token. In rotate mode the refresh token is exchanged too:
   * exactly one of several concurrent requests wins; a retired token presented again later revokes the whole session
   * (replay detection, OAuth 2.0 Security BCP §4.14.2).
   */
  public Issued refresh(Identity refresh, Role role) {
    var session = sessions.find(refresh.sessionId()).orElseThrow(Unauthorized::revoked);
    if (session.revokedAt() != null || session.userId() != refresh.userId()) throw Unauthorized.revoked();
    String access = tokens.issueAccess(refresh.userId(), role, false, session.id(), refresh.csrf());
    if (rotation == RefreshRotation.fixed) {
      if (!refresh.tokenId().equals(session.refreshJti())) throw Unauthorized.revoked();
      sessions.touch(session.id(), Timestamps.now());   // rotate mode's exchange below writes it too
      return new Issued(access, null, refresh.csrf());
    }
    String nextJti = UUID.randomUUID().toString();
    if (sessions.rotate(session.id(), refresh.tokenId(), nextJti, Timestamps.now()) == 1) {
      return new Issued(access, tokens.issueRefresh(refresh.userId(), role, session.id(), refresh.csrf(), nextJti,
          session.expiresAt()), refresh.csrf());
    }
    var now = sessions.find(session.id()).orElseThrow(Unauthorized::revoked);
    boolean lostARace = refresh.tokenId().equals(now.previousJti()) && now.rotatedAt() != null
        && now.rotatedAt().isAfter(Timestamps.now().minus(RACE_WINDOW));
    if (lostARace) throw Unauthorized.invalidToken("refresh token was already used");
    sessions.revoke(session.id(), Timestamps.now());
    throw Unauthorized.revoked();
  }

  /**
   * The access check's verdict on a verified token, from one query (or its exact copy in memory): the user must
   * still exist and not be banned, the session must not be revoked or expired. Returns the user's row now, so its
   * role is the role now (a demoted admin loses it at once).
   */
  public User currentUser(Identity identity) {
    var caller = callers.get(new CallerKey(identity.userId(), identity.sessionId()),
        key -> callerQuery.find(key.userId(), key.sessionId())).orElseThrow(Unauthorized::userGone);
    if (caller.user().isBanned()) throw Forbidden.banned();
    if (caller.sessionId() == null || caller.revokedAt() != null) throw Unauthorized.revoked();
    // An access token may outlive its session (ACCESS_TOKEN_TTL > REFRESH_TOKEN_TTL); expired is as good as purged.
    // Checked against the clock at every request, cached row or not.
    if (!caller.expiresAt().isAfter(Timestamps.now())) throw Unauthorized.revoked();
    return caller.user();
  }

  public void revoke(String sessionId) {
    sessions.revoke(sessionId, Timestamps.now());
  }

  public void revokeAll(long userId) {
    sessions.revokeAll(userId);
  }

  /** The user's logins that still work, the most recently used first (/settings/sessions). */
  public List<SessionDao.Login> liveOf(long userId) {
    return sessions.findLiveOfUser(userId, Timestamps.now());
  }

  /** Ends one of the user's own logins; false when {@code sessionId} is not theirs (or no session at all). */
  public boolean revokeOwn(long userId, String sessionId) {
    return sessions.revokeOfUser(sessionId, userId, Timestamps.now()) == 1;
  }

  /** "Log out everywhere else": every login of the user except {@code keepSessionId}. */
  public void revokeAllExcept(long userId, String keepSessionId) {
    sessions.revokeOthersOfUser(userId, keepSessionId, Timestamps.now());
  }

  /** At most {@link #USER_AGENT_CHARS} characters, control characters dropped (PostgreSQL refuses NUL in text). */
  static String shortened(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) return null;
    String printable = userAgent.replaceAll("\\p{Cntrl}", "").strip();
    int end = printable.offsetByCodePoints(0, Math.min(USER_AGENT_CHARS, printable.codePointCount(0, printable.length())));
    return printable.substring(0, end);
  }

  private static String randomId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
