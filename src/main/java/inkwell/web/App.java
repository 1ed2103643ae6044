package inkwell.web;

import static inkwell.auth.Access.OPTIONAL;
import static inkwell.auth.Access.PUBLIC;
import static inkwell.auth.Access.REFRESH;
import static inkwell.auth.Access.USER;

import inkwell.auth.AuthHandlers;
import inkwell.auth.CurrentUserHandlers;
import inkwell.auth.TokenCheck;
import inkwell.http.Json;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole HTTP surface on one screen: settings, the access check, error mapping, and every route with who may call it. */
public final class App {
  private static final Logger log = LoggerFactory.getLogger(App.class);

  private App() {}

  /** Everything the routes need, built once by Server. */
  public record Handlers(TokenCheck tokenCheck, AuthHandlers auth, CurrentUserHandlers currentUser) {}

  public static Javalin create(Handlers h, long maxRequestBytes) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = maxRequestBytes;
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      // Method, path, status and time only: never headers, bodies or query strings, where credentials travel.
      config.requestLogger.http((ctx, ms) ->
          log.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.status().getCode(), Math.round(ms)));

      var routes = config.routes;
      // Runs only for matched routes; checks the route's Access level and attaches the caller's Identity.
      routes.beforeMatched(h.tokenCheck());
      Errors.register(routes);

      routes.post("/api/users",            h.auth()::register,       PUBLIC);
      routes.post("/api/users/login",      h.auth()::login,          PUBLIC);
      routes.post("/api/users/refresh",    h.auth()::refresh,        REFRESH);
      routes.get ("/api/user",             h.currentUser()::get,     USER);
      routes.put ("/api/user",             h.currentUser()::update,  USER);
    });
  }
}
