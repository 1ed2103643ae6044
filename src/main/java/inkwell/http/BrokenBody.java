package inkwell.http;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * 400 (or 408): the body never arrived whole. The client broke its chunked framing, sent less than its Content-Length
 * and closed, or stopped sending until the idle timeout.
 */
public final class BrokenBody extends ApiError {
  private BrokenBody(int status, String message) {
    super(status, "body", message);
  }

  static BrokenBody of(IOException failure) {
    return failure.getCause() instanceof TimeoutException
        ? new BrokenBody(408, "did not arrive in time")
        : new BrokenBody(400, "ended before it was complete (shorter than its Content-Length, or broken chunked framing)");
  }
}
