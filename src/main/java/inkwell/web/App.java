package inkwell.web;

import static inkwell.auth.Access.OPTIONAL;
import static inkwell.auth.Access.PUBLIC;
import static inkwell.auth.Access.REFRESH;
import static inkwell.auth.Access.USER;

import inkwell.Config;
import inkwell.articles.ArticleHandlers;
import inkwell.auth.AuthHandlers;
import inkwell.auth.CurrentUserHandlers;
import inkwell.auth.TokenCheck;
import inkwell.comments.CommentHandlers;
import inkwell.favorites.FavoriteHandlers;
import inkwell.profiles.ProfileHandlers;
import inkwell.tags.TagHandlers;
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
  public record Handlers(
      TokenCheck tokenCheck,
      AuthHandlers auth,
      CurrentUserHandlers currentUser,
      ProfileHandlers profiles,
      ArticleHandlers articles,
      FavoriteHandlers favorites,
      CommentHandlers comments,
      TagHandlers tags) {}

  public static Javalin create(Handlers h, Config settings) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = settings.maxRequestBytes();
      // RealWorld frontends are served from another origin (localhost:4200, :3000, ...); CORS lets browsers call us.
      config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
        if (settings.corsOrigins().contains("*")) rule.anyHost();
        else settings.corsOrigins().forEach(rule::allowHost);
      }));
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      // Method, path, status and time only: never headers, bodies or query strings, where credentials travel.
      config.requestLogger.http((ctx, ms) ->
          log.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.status().getCode(), Math.round(ms)));

      var routes = config.routes;
      // Runs only for matched routes; checks the route's Access level and attaches the caller's Identity.
      routes.beforeMatched(h.tokenCheck());
      Errors.register(routes);
      var docs = new ApiDocs();

      routes.post  ("/api/users",                         h.auth()::register,        PUBLIC);
      routes.post  ("/api/users/login",                   h.auth()::login,           PUBLIC);
      routes.post  ("/api/users/refresh",                 h.auth()::refresh,         REFRESH);
      routes.get   ("/api/user",                          h.currentUser()::get,      USER);
      routes.put   ("/api/user",                          h.currentUser()::update,   USER);
      routes.get   ("/api/user/comments",                 h.comments()::mine,        USER);

      routes.get   ("/api/profiles/{username}",           h.profiles()::get,         OPTIONAL);
      routes.post  ("/api/profiles/{username}/follow",    h.profiles()::follow,      USER);
      routes.delete("/api/profiles/{username}/follow",    h.profiles()::unfollow,    USER);

      routes.get   ("/api/articles",                      h.articles()::list,        OPTIONAL);
      routes.get   ("/api/articles/feed",                 h.articles()::feed,        USER);
      routes.post  ("/api/articles",                      h.articles()::create,      USER);
      routes.get   ("/api/articles/{slug}",               h.articles()::get,         OPTIONAL);
      routes.put   ("/api/articles/{slug}",               h.articles()::update,      USER);
      routes.delete("/api/articles/{slug}",               h.articles()::delete,      USER);

      routes.post  ("/api/articles/{slug}/favorite",      h.favorites()::add,        USER);
      routes.delete("/api/articles/{slug}/favorite",      h.favorites()::remove,     USER);

      routes.get   ("/api/articles/{slug}/comments",      h.comments()::list,        OPTIONAL);
      routes.post  ("/api/articles/{slug}/comments",      h.comments()::add,         USER);
      routes.delete("/api/articles/{slug}/comments/{id}", h.comments()::delete,      USER);

      routes.get   ("/api/tags",                          h.tags()::list,            PUBLIC);

      routes.get   ("/openapi.json",                      docs::openApi,             PUBLIC);
    });
  }
}
