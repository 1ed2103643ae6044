package inkwell.web;

import inkwell.auth.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Registers routes on Javalin and remembers them as data (method, path, access level), so the OpenAPI test can
 * compare the document with what is really served, in both directions.
 *
 * Every GET also answers HEAD (load balancers and uptime checks ask with HEAD): the same handler and access level,
 * and Jetty sends no body. Every path also answers OPTIONS with 204 and an Allow header, publicly. Both follow from
 * the documented routes, so {@link #all()} lists only those.
 */
public final class RouteTable {
  /** One route as declared in {@link App}. */
  public record Route(String method, String path, Access access) {}

  private final RoutesConfig routes;
  private final List<Route> declared = new ArrayList<>();
  private final Set<String> pathsWithOptions = new HashSet<>();

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
    if (pathsWithOptions.add(path)) routes.options(path, ctx -> answerOptions(ctx, path), Access.PUBLIC);
    return access;
  }

  /** RFC 9110 §9.3.7: what this path serves. A CORS preflight from a listed origin never gets here (see Cors). */
  private void answerOptions(Context ctx, String path) {
    ctx.status(204).header("Allow", String.join(", ", allowed(path)));
  }

  /** The methods served at {@code path} as declared, alphabetically: its routes, HEAD with GET, and OPTIONS. */
  Set<String> allowed(String path) {
    Set<String> methods = new TreeSet<>(List.of("OPTIONS"));
    for (Route route : declared) {
      if (!route.path().equals(path)) continue;
      methods.add(route.method());
      if (route.method().equals("GET")) methods.add("HEAD");
    }
    return methods;
  }

  public List<Route> all() {
    return List.copyOf(declared);
  }
}
