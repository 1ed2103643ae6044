package inkwell.http;

import java.util.Map;

/** 429 with Retry-After (RFC 6585): too many failed attempts; try again after the given number of seconds. */
public final class TooManyRequests extends ApiError {
  private final long retryAfterSeconds;

  public TooManyRequests(String field, String message, long retryAfterSeconds) {
    super(429, field, message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Long.toString(retryAfterSeconds));
  }
}
