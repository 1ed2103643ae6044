package inkwell.http;

import java.util.Map;

/**
 * 401 with an RFC 6750 §3 challenge. A request with no credentials gets a bare challenge (no error code, §3.1);
 * a token we reject gets error="invalid_token" and a description of why.
 */
public final class Unauthorized extends ApiError {
  private final String challenge;
  private final boolean expired;

  private Unauthorized(String field, String message, String challenge) {
    this(field, message, challenge, false);
  }

  private Unauthorized(String field, String message, String challenge, boolean expired) {
    super(401, field, message);
    this.challenge = challenge;
    this.expired = expired;
  }

  /** A genuine token past its exp: the one refusal cookie mode may mend with the refresh cookie. */
  public static Unauthorized expired() {
    String why = "token has expired";
    return new Unauthorized("token", why, "Bearer realm=\"inkwell\", error=\"invalid_token\", error_description=\"" + why + "\"", true);
  }

  public boolean isExpiry() {
    return expired;
  }

  public static Unauthorized missingToken() {
    return new Unauthorized("token", "is missing", "Bearer realm=\"inkwell\"");
  }

  public static Unauthorized invalidToken(String why) {
    return new Unauthorized("token", why,
        "Bearer realm=\"inkwell\", error=\"invalid_token\", error_description=\"" + why + "\"");
  }

  /** A genuine token that was revoked (logout, password change, replayed refresh token): {"token":["revoked"]}. */
  public static Unauthorized revoked() {
    return new Unauthorized("token", "revoked",
        "Bearer realm=\"inkwell\", error=\"invalid_token\", error_description=\"token has been revoked\"");
  }

  /** A sensitive action with a token that did not come straight from a password login. */
  public static Unauthorized freshTokenRequired() {
    return new Unauthorized("token", "fresh token required",
        "Bearer realm=\"inkwell\", error=\"invalid_token\", error_description=\"fresh token required: log in again with your password\"");
  }

  /** Wrong email or password: one message for both, so the answer does not reveal which accounts exist. */
  public static Unauthorized badCredentials() {
    return new Unauthorized("email or password", "is invalid", "Bearer realm=\"inkwell\"");
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("WWW-Authenticate", challenge);
  }
}
