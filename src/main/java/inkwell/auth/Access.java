package inkwell.auth;

import io.javalin.security.RouteRole;

/** Who may call a route. Every route in web/App names exactly one; TokenCheck enforces it. */
public enum Access implements RouteRole {
  /** Anyone, no token looked at. */
  PUBLIC,
  /**
   * RealWorld's "authentication optional": anyone. A live token tells us who is asking; an expired or revoked one
   * reads as anonymous (with an invalid_token challenge); a forged, malformed or wrong-type one is refused.
   */
  OPTIONAL,
  /** A signed-in user with a valid access token. */
  USER,
  /** A signed-in user whose access token came straight from a password login, not from a refresh. */
  FRESH,
  /** A signed-in user whose token carries role=admin. */
  ADMIN,
  /** The refresh endpoint: a refresh token, from the Authorization header or the body's "refreshToken". */
  REFRESH
}
