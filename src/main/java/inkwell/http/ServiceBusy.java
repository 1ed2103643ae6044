package inkwell.http;

import java.util.Map;

/** 503: we are shedding load (too many password hashes or new articles queued); the client may retry shortly. */
public final class ServiceBusy extends ApiError {
  public ServiceBusy(String what) {
    super(503, "server", what);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", "1");
  }
}
