package inkwell.web;

import inkwell.auth.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

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
  public record Route(String method, String path, Access access) {}

  private final RoutesConfig routes;
  private final List<Route> declared = new ArrayList<>();

  RouteTable(RoutesConfig routes) {
    this.routes = routes;
  }

  void get(String path, Handler handler, Access access) {
    routes.get(path, handler, remember("GET", path, access));
    routes.head(path, handler, access);
  }

  void post(String path, Handler handler, Access access) {
    routes.post(path, handler, remember("POST", path, access));
  }

  void put(String path, Handler handler, Access access) {
    routes.put(path, handler, remember("PUT", path, access));
  }

  void delete(String path, Handler handler, Access access) {
    routes.delete(path, handler, remember("DELETE", path, access));
  }

  private Access remember(String method, String path, Access access) {
    declared.add(new Route(method, path, access));
    return access;
  }

  public List<Route> all() {
    return List.copyOf(declared);
  }
}
