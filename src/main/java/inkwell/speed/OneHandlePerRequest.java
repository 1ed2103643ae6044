package inkwell.speed;

import inkwell.db.DatabaseUnavailable;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.function.BiPredicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.HandleSupplier;

/**
 * Gives each API request one Jdbi handle (one pooled connection) that the access check and every DAO call of the
 * handler share, instead of a handle per statement.
 *
 * Why: on-demand DAOs open a fresh handle (a pool checkout plus a copy of Jdbi's whole configuration) for every call.
 * A list page made four of them and GET /api/user two, and with 32 server threads contending for the pool, Hikari's
 * hand-off spun on Thread.yield: the profile of GET /api/articles showed more CPU in pool hand-offs and handle set-up
 * than in SQLite. Jdbi's handle scope (thread-local) makes every on-demand call inside the request reuse this handle,
 * and transactions run on it too.
 *
 * Requests queue for a connection on a fair semaphore with one permit per pooled connection, where they sleep until
 * a connection is free. Queued in Hikari instead, 32 waiting threads made its hand-off spin on two cores.
 *
 * Anonymous GETs take a permit but no handle: most are answered from memory (ReadCache) without any statement, and
 * opening a handle for nothing cost a pool checkout and a configuration copy per request. Other requests get their
 * handle, and their permit, at the first statement: a signed-in GET /api/user whose access check is answered from
 * memory (auth/Sessions) never queues for a connection at all.
 *
 * Routes that hash a password are left out: they can wait for a hashing slot (see users/Passwords), and must not hold
 * a connection meanwhile. They fall back to a handle per statement. The route table (web/App) declares which they are.
 */
public final class OneHandlePerRequest implements Filter {
  private final Jdbi jdbi;
  private final BiPredicate<String, String> hashesPassword;
  private final Semaphore connections;
  /** The request on this thread, for {@link #releaseConnection}. */
  private final ThreadLocal<OnFirstUse> current = new ThreadLocal<>();

  /** hashesPassword(method, path): whether the route may wait for a password hash. */
  public OneHandlePerRequest(Jdbi jdbi, int poolSize, BiPredicate<String, String> hashesPassword) {
    this.jdbi = jdbi;
    this.hashesPassword = hashesPassword;
    this.connections = new Semaphore(poolSize, true);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var http = (HttpServletRequest) request;
    if (!takesConnections(http) || jdbi.getHandleScope().get() != null) {
      chain.doFilter(request, response);
      return;
    }
    if (isAnonymousRead(http)) {
      connections.acquireUninterruptibly();
      try {
        // mostly answered from memory (ReadCache): a miss takes a connection per statement, within this permit
        chain.doFilter(request, response);
      } finally {
        connections.release();
      }
      return;
    }
    var handle = new OnFirstUse();
    jdbi.getHandleScope().set(handle);
    current.set(handle);
    try {
      inScope(request, response, chain);
    } finally {
      current.remove();
      handle.close();
    }
  }

  /**
   * Gives the connection of the request on this thread back to the pool (and its permit to the queue) before the
   * request waits for something else: a new article waits for its group commit (GroupCommit), whose writer needs a
   * connection too, and a request holding one meanwhile would only keep the next request from its access check. A
   * later statement of the request takes a connection again. Nothing on a thread that is not in a request, or inside
   * a transaction.
   */
  public void releaseConnection() {
    var handle = current.get();
    if (handle != null) handle.giveBack();
  }

  /**
   * The request's handle, opened (after a permit) only when something first asks for it: a signed-in request that
   * memory answers (the access check's cache, Sessions) takes no permit and no connection at all. Once open, Jdbi's
   * own supplier for that handle takes the scope's place, so every later statement of the request goes straight to it.
   */
  private final class OnFirstUse implements HandleSupplier {
    private Handle handle;
    private RuntimeException failure;
    private boolean permit;

    @Override
    public Handle getHandle() {
      if (failure != null) throw failure;
      if (handle != null) return handle;
      connections.acquireUninterruptibly();
      permit = true;
      try {
        handle = jdbi.open();
      } catch (RuntimeException e) {
        release();
        // Unavailable: every later use in this request fails the same way, without trying again (web/Errors: 503)
        if (DatabaseUnavailable.in(e).isPresent()) failure = e;
        throw e;
      }
      jdbi.getHandleScope().set(handle);
      return handle;
    }

    @Override
    public Jdbi getJdbi() {
      return jdbi;
    }

    @Override
    public ConfigRegistry getConfig() {
      return handle != null ? handle.getConfig() : jdbi.getConfig();
    }

    @Override
    public <V> V invokeInContext(ExtensionContext context, Callable<V> task) throws Exception {
      getHandle();
      return jdbi.getHandleScope().get().invokeInContext(context, task);
    }

    @Override
    public void close() {
      try {
        if (handle != null) handle.close();
      } finally {
        handle = null;
        release();
      }
    }

    /** close(), and this supplier back in the scope, so that the request's next statement opens a handle again. */
    void giveBack() {
      if (handle == null || handle.isInTransaction()) return;
      close();
      jdbi.getHandleScope().set(this);
    }

    private void release() {
      if (permit) connections.release();
      permit = false;
    }
  }

  /** The rest of the request, with the handle scope set; cleared after. */
  private void inScope(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      jdbi.getHandleScope().clear();
    }
  }

  private boolean takesConnections(HttpServletRequest request) {
    String path = request.getRequestURI();
    if (!path.startsWith("/api/")) return false;   // health, docs, static files and keys need no database
    if (request.getMethod().equals("OPTIONS")) return false;   // answered from the routes alone (or by Cors)
    if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
    return !hashesPassword.test(request.getMethod(), path);
  }

  /** A GET (or HEAD) with no credentials: no access check, and the article lists, articles and tags come from ReadCache. */
  private static boolean isAnonymousRead(HttpServletRequest request) {
    return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && request.getHeader("Authorization") == null
        && request.getHeader("Cookie") == null;
  }
}
