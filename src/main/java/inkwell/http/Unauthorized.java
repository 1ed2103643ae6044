package inkwell.http;

import java.util.Map;

/**
 * 401 with an RFC 6750 §3 challenge. A request with no credentials gets a bare challenge (no error code, §3.1);
 * a token we reject gets error="invalid_token" and a description of why.
 */
public final class Unauthorized extends ApiError {
  /** Why a genuine token of ours stopped being honoured; NONE for every other refusal. */
  private enum Staleness { NONE, EXPIRED, ENDED }

  private final String challenge;
  private final Staleness staleness;

  private Unauthorized(String field, String message, String challenge) {
    this(field, message, challenge, Staleness.NONE);
  }

  private Unauthorized(String field, String message, String challenge, Staleness staleness) {
    super(401, field, message);
    this.challenge = challenge;
    this.staleness = staleness;
  }

  /** A genuine token past its exp: the one refusal cookie mode may mend with the refresh cookie. */
  public static Unauthorized expired() {
    String why = "token has expired";
    return new Unauthorized("token", why, invalidTokenChallenge(why), Staleness.EXPIRED);
  }

  public boolean isExpiry() {
    return staleness == Staleness.EXPIRED;
  }

  /**
   * A token we signed that is no longer honoured, by time (expired) or by revocation (its login ended, its user was
   * deleted): routes whose access is OPTIONAL answer it as anonymous (see TokenCheck). Forged, malformed and
   * wrong-type tokens are not stale.
   */
  public boolean isStale() {
    return staleness != Staleness.NONE;
  }

  public static Unauthorized missingToken() {
    return new Unauthorized("token", "is missing", "Bearer realm=\"inkwell\"");
  }

  public static Unauthorized invalidToken(String why) {
    return new Unauthorized("token", why, invalidTokenChallenge(why));
  }

  /** A genuine token that was revoked (logout, password change, replayed refresh token): {"token":["revoked"]}. */
  public static Unauthorized revoked() {
    return new Unauthorized("token", "revoked", invalidTokenChallenge("token has been revoked"), Staleness.ENDED);
  }

  /** A genuine token whose user was deleted since (and every login with it). */
  public static Unauthorized userGone() {
    String why = "the token's user no longer exists";
    return new Unauthorized("token", why, invalidTokenChallenge(why), Staleness.ENDED);
  }

  /** A sensitive action with a token that did not come straight from a password login. */
  public static Unauthorized freshTokenRequired() {
    return new Unauthorized("token", "fresh token required",
        invalidTokenChallenge("fresh token required: log in again with your password"));
  }

  /** Wrong email or password: one message for both, so the answer does not reveal which accounts exist. */
  public static Unauthorized badCredentials() {
    return new Unauthorized("email or password", "is invalid", "Bearer realm=\"inkwell\"");
  }

  /** RFC 6750 §3.1's challenge for a token that cannot be used, saying why. */
  public static String invalidTokenChallenge(String why) {
    return "Bearer realm=\"inkwell\", error=\"invalid_token\", error_description=\"" + why + "\"";
  }

  /** The WWW-Authenticate value alone, for an answer that is not a refusal (a stale token on an OPTIONAL route). */
  public String challenge() {
    return challenge;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("WWW-Authenticate", challenge);
  }
}
