package inkwell.web;

import inkwell.auth.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registers routes on Javalin and remembers them as data (method, path, access level), so the OpenAPI test can
 * compare the document with what is really served, in both directions.
 *
 * Every GET also answers HEAD (load balancers and uptime checks ask with HEAD): the same handler and access level,
 * and Jetty sends no body. Without its own route a HEAD would skip its handler and find no access level to check.
 * HEAD follows from GET, so {@link #all()} lists only the documented routes.
 */
public final class RouteTable {
  /** One route as declared in {@link App}. */
  public record Route(String method, String path, Access access, boolean hashesPassword) {}

  /**
   * Marks a route that may wait for a password hash (users/Passwords runs a bounded number at once). It takes a
   * connection per statement rather than one for the whole request (speed/OneHandlePerRequest), so a login storm
   * cannot hold the pool while it waits.
   */
  public enum Hashing { HASHES_PASSWORD }

  private final RoutesConfig routes;
  private final List<Route> declared = new ArrayList<>();
  private final List<Route> pageRoutes = new ArrayList<>();
  private final Set<String> hashing = ConcurrentHashMap.newKeySet();   // "METHOD /path"; such routes have no {params}

  RouteTable(RoutesConfig routes) {
    this.routes = routes;
  }

  void get(String path, Handler handler, Access access) {
    routes.get(path, handler, remember("GET", path, access));
    routes.head(path, handler, access);
  }

  void post(String path, Handler handler, Access access, Hashing... hashing) {
    routes.post(path, handler, remember("POST", path, access, hashing));
  }

  void put(String path, Handler handler, Access access, Hashing... hashing) {
    routes.put(path, handler, remember("PUT", path, access, hashing));
  }

  void delete(String path, Handler handler, Access access, Hashing... hashing) {
    routes.delete(path, handler, remember("DELETE", path, access, hashing));
  }

  /**
   * A page of the blog (HTML for people), GET and HEAD. Pages are kept out of {@link #all()}, which is the API that
   * openapi.json documents; {@link #pages()} lists them.
   */
  void page(String path, Handler handler, Access access) {
    routes.get(path, handler, access);
    routes.head(path, handler, access);
    pageRoutes.add(new Route("GET", path, access, false));
  }

  /** A form of the blog posting to {@code path}. */
  void pagePost(String path, Handler handler, Access access) {
    routes.post(path, handler, access);
    pageRoutes.add(new Route("POST", path, access, false));
  }

  public List<Route> pages() {
    return List.copyOf(pageRoutes);
  }

  private Access remember(String method, String path, Access access, Hashing... hashing) {
    declared.add(new Route(method, path, access, hashing.length > 0));
    if (hashing.length > 0) this.hashing.add(method + " " + path);
    return access;
  }

  /** Whether the route of this method and exact path (no trailing slash) was declared HASHES_PASSWORD. */
  public boolean hashesPassword(String method, String path) {
    return hashing.contains(method + " " + path);
  }

  public List<Route> all() {
    return List.copyOf(declared);
  }
}
