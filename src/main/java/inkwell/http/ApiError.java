package inkwell.http;

import java.util.List;
import java.util.Map;

/**
 * A failure the client should hear about, in RealWorld's shape {"errors":{"field":["message"]}}.
 * Handlers throw a subclass; web/Errors writes it. Messages must never carry secrets, tokens or hashes.
 */
public abstract class ApiError extends RuntimeException {
  private final int status;
  private final Map<String, List<String>> errors;

  protected ApiError(int status, Map<String, List<String>> errors) {
    super(status + " " + errors, null, false, false);   // no stack trace: these are expected outcomes
    this.status = status;
    this.errors = errors;
  }

  protected ApiError(int status, String field, String message) {
    this(status, Map.of(field, List.of(message)));
  }

  public int status() {
    return status;
  }

  public Map<String, List<String>> errors() {
    return errors;
  }

  /** Extra response headers (WWW-Authenticate, Retry-After); none by default. */
  public Map<String, String> headers() {
    return Map.of();
  }
}
