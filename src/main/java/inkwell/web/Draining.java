package inkwell.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's GracefulHandler, which on stop (SIGTERM) answers new requests 503 while those in flight finish, plus what
 * a client and an operator need to know: Retry-After on each refusal (this instance is going; try again, or
 * elsewhere, once it has), and one log line when draining starts and one with the count when it ends. Not a line
 * per refusal: they never reach Javalin's request log, a busy server refuses many in its last seconds, and each
 * looks the same. The body is our JSON error shape (JettyErrors).
 */
final class Draining extends GracefulHandler {
  private static final Logger log = LoggerFactory.getLogger(Draining.class);

  private final Duration timeout;
  private final String retryAfter;
  private final AtomicLong refused = new AtomicLong();

  Draining(Duration timeout) {
    this.timeout = timeout;
    this.retryAfter = Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000));   // whole seconds, rounded up
  }

  @Override
  public CompletableFuture<Void> shutdown() {
    log.info("draining: refusing new requests with 503 while requests in flight finish (up to {} s)", timeout.toSeconds());
    return super.shutdown();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (isShutdown()) {   // GracefulHandler answers 503 (Jetty 12.1.12 has no hook for the refusal itself)
      refused.incrementAndGet();
      response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
    }
    return super.handle(request, response, callback);
  }

  @Override
  protected void doStop() throws Exception {
    super.doStop();
    log.info("drained: {} new requests refused with 503 while stopping", refused.get());
  }
}
