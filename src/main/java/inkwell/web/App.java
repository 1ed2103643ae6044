package inkwell.web;

import static inkwell.auth.Access.ADMIN;
import static inkwell.auth.Access.FRESH;
import static inkwell.auth.Access.OPTIONAL;
import static inkwell.auth.Access.PUBLIC;
import static inkwell.auth.Access.REFRESH;
import static inkwell.auth.Access.USER;
import static inkwell.web.RouteTable.Hashing.HASHES_PASSWORD;

import inkwell.articles.NewArticle;
import inkwell.articles.NewArticles;
import inkwell.auth.ConfiguredKeys;
import inkwell.auth.Identity;
import inkwell.auth.SessionPurge;
import inkwell.config.Config;
import inkwell.db.Database;
import inkwell.db.Migration;
import inkwell.db.Migrations;
import inkwell.http.Json;
import inkwell.speed.DataVersion;
import inkwell.speed.GroupCommit;
import inkwell.speed.OneHandlePerRequest;
import inkwell.speed.SqliteTuning;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Inkwell and the whole HTTP surface on one screen: settings, the access check, error mapping, and every
 * route with who may call it. "serve" and every test start it the same way: {@code App.create(config).start()}.
 */
public final class App implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(App.class);

  /**
   * Server threads. A busy thread costs little: API requests queue for a connection on a fair semaphore
   * (OneHandlePerRequest) and logins for a hashing slot (Passwords), both parked, not spinning. Enough threads that a
   * login storm parked on hashing (up to Passwords.WAITING_LOGINS) leaves plenty for everything else; each idle one
   * costs a little stack (run.sh sets -Xss512k).
   */
  static final int MAX_THREADS = 128;

  /** New articles waiting for their group commit, at most; more are refused 503 (there are fewer server threads). */
  static final int QUEUED_CREATES = 2 * MAX_THREADS;
  /** New articles written in one transaction, at most. */
  static final int CREATES_PER_COMMIT = 64;

  private final Config config;
  private final Database database;
  private final DataVersion versions;
  private final GroupCommit<NewArticle, NewArticles.Saved> creates;
  private final Javalin javalin;
  private final RouteTable routes;
  private final StartTimeline timeline;
  private SessionPurge purge;

  private App(Config config, Database database, DataVersion versions, GroupCommit<NewArticle, NewArticles.Saved> creates,
      Javalin javalin, RouteTable routes, StartTimeline timeline) {
    this.timeline = timeline;
    this.config = config;
    this.database = database;
    this.versions = versions;
    this.creates = creates;
    this.javalin = javalin;
    this.routes = routes;
  }

  /** Opens the database, brings its schema up to date and builds every handler and route; {@link #start} serves. */
  public static App create(Config config) {
    var timeline = new StartTimeline();
    var keys = ConfiguredKeys.forServer(config);   // before the database: a missing secret is refused at once
    timeline.mark("keys");
    // One connection more than requests may hold (OneHandlePerRequest): the writer of new articles never waits for one.
    var database = SqliteTuning.install(Database.open(config.databaseUrl(), config.databasePoolSize() + 1));
    timeline.mark("database open");
    // The schema is brought up to date on a thread of its own while this one builds the handlers and routes, which
    // touch no table: on 2 cores the two halves of the start overlap (bench/README.md, Start-up). Nothing is served
    // before both are done: start() comes after create() returns.
    var migrating = new FutureTask<Void>(() -> {
      new Migrations(database.jdbi(), database.dialect()).migrate(Migration.fromClasspath(database.dialect()));
      return null;
    });
    new Thread(migrating, "inkwell-migrations").start();
    try {
      var versions = new DataVersion(database.dialect(), database.directConnector(), database.availability());
      var routes = new AtomicReference<RouteTable>();
      // One connection per API request, except on the routes that may wait for a password hash (see speed/).
      var connections = new OneHandlePerRequest(database.jdbi(), config.databasePoolSize(),
          (method, path) -> routes.get().hashesPassword(method, path));
      var creates = new GroupCommit<>("article-writer", database.jdbi(), new NewArticles(database.dialect())::write,
          connections::releaseConnection, QUEUED_CREATES, CREATES_PER_COMMIT, GroupCommit.MAX_QUEUED);
      try {
        var features = Features.build(config, keys, database, versions, creates);
        timeline.mark("features");
        var javalin = javalin(features, config, database, connections, routes);
        timeline.mark("Javalin.create");
        awaitMigrations(migrating);
        timeline.mark("waiting for migrations");
        return new App(config, database, versions, creates, javalin, routes.get(), timeline);
      } catch (RuntimeException e) {
        creates.close();
        throw e;
      }
    } catch (RuntimeException e) {
      finishQuietly(migrating);   // before closing the database under it
      database.close();
      throw e;
    }
  }

  /** The migrations' own failure as they threw it (MigrationRefused, DatabaseUnavailable, ...). */
  private static void awaitMigrations(FutureTask<Void> migrating) {
    try {
      migrating.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) throw failure;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException("migrations failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the migrations ran", e);
    }
  }

  private static void finishQuietly(FutureTask<Void> migrating) {
    try {
      migrating.get();
    } catch (ExecutionException | RuntimeException failedToo) {
      // the caller is already failing with its own exception
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Javalin javalin(Features h, Config settings, Database database, OneHandlePerRequest connections,
      AtomicReference<RouteTable> table) {
    return Javalin.create(config -> {
      var routes = new RouteTable(config.routes);
      table.set(routes);
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = settings.maxRequestBytes();
      // /api/articles and /api/articles/ are the same route for every method, answered directly: no 308 redirect
      // (the notes' Flask surprise), which would make clients resend a POST body or drop the Authorization header.
      config.router.ignoreTrailingSlashes = true;
      // RealWorld frontends are served from another origin (localhost:4200, :3000, ...); CORS lets browsers call us.
      // None by default; "*" never with credentials (the Fetch standard forbids it); listed origins may send cookies.
      if (!settings.corsOrigins().isEmpty()) config.routes.before(new Cors(settings.corsOrigins(), settings.anyOrigin()));
      // A method the path does not serve is 405 with Allow, and OPTIONS 204 with it (see Errors); an unknown path 404.
      config.http.prefer405over404 = true;
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 8);
      config.jetty.modifyServletContextHandler(context ->
          context.addFilter(new FilterHolder(connections), "/api/*", EnumSet.of(DispatcherType.REQUEST)));
      config.jetty.modifyServer(server -> {
        server.setErrorHandler(new JettyErrors());
        // On stop (SIGTERM): stop accepting, let requests in flight finish for up to SHUTDOWN_TIMEOUT, then close.
        // Javalin places its own handler inside this one.
        server.setHandler(new Draining(settings.shutdownTimeout()));
        server.setStopTimeout(settings.shutdownTimeout().toMillis());
      });
      // Method, path, status, time and the caller's user id only: never headers, cookies, bodies or query strings,
      // where credentials travel.
      config.requestLogger.http((ctx, ms) -> log.info("{} {} {} {}ms user={}", ctx.method(), ctx.path(),
          ctx.status().getCode(), Math.round(ms), Identity.optional(ctx).map(i -> Long.toString(i.userId())).orElse("-")));

      // Runs only for matched routes; checks the route's Access level and attaches the caller's Identity.
      config.routes.beforeMatched(h.tokenCheck());
      Errors.register(config.routes, database.availability(), h.errorPages());
      // Swagger UI's scripts and styles for /docs, from the webjar inside our jar; PUBLIC like every file it serves.
      // Javalin's own handler finds each file through the class loader when asked; Jetty's (the default) opened the
      // whole jar as a zip file system at start, ~0.3 s (bench/README.md, Start-up).
      config.resourceHandler(new JavalinStaticResourceHandler());
      config.staticFiles.add(ApiDocs::webjarFiles);
      var docs = new ApiDocs();

      routes.post  ("/api/users",                         h.auth()::register,        PUBLIC,   HASHES_PASSWORD);
      routes.post  ("/api/users/login",                   h.auth()::login,           PUBLIC,   HASHES_PASSWORD);
      routes.post  ("/api/users/refresh",                 h.auth()::refresh,         REFRESH);
      routes.post  ("/api/users/logout",                  h.auth()::logout,          USER);
      routes.post  ("/api/users/logout-all",              h.auth()::logoutAll,       USER);
      routes.get   ("/api/user",                          h.currentUser()::get,      USER);
      routes.put   ("/api/user",                          h.currentUser()::update,   USER,     HASHES_PASSWORD);   // fresh for password/email
      routes.delete("/api/user",                          h.currentUser()::delete,   FRESH);
      routes.get   ("/api/user/comments",                 h.comments()::mine,        USER);
      routes.get   ("/api/user/drafts",                   h.articles()::drafts,      USER);

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

      routes.get   ("/api/admin/users",                   h.admin()::list,           ADMIN);
      routes.post  ("/api/admin/users/{username}/ban",    h.admin()::ban,            ADMIN);
      routes.post  ("/api/admin/users/{username}/unban",  h.admin()::unban,          ADMIN);
      routes.put   ("/api/admin/users/{username}/role",   h.admin()::setRole,        ADMIN);

      // The blog: HTML pages for people, on the same accounts, articles and tokens as the API (see pages/).
      routes.page    ("/",                                        h.reader()::home,                     OPTIONAL);
      routes.page    ("/articles/{slug}",                         h.reader()::article,                  OPTIONAL);
      routes.page    ("/tags/{tag}",                              h.reader()::tag,                      OPTIONAL);
      routes.page    ("/@{username}",                             h.profilePages()::articles,           OPTIONAL);
      routes.page    ("/@{username}/favorites",                   h.profilePages()::favorites,          OPTIONAL);
      routes.page    ("/feed.xml",                                h.feeds()::blog,                      PUBLIC);
      routes.page    ("/tags/{tag}/feed.xml",                     h.feeds()::tag,                       PUBLIC);
      routes.page    ("/@{username}/feed.xml",                    h.feeds()::author,                    PUBLIC);
      routes.page    ("/sitemap.xml",                             h.crawlers()::sitemap,                PUBLIC);
      routes.page    ("/robots.txt",                              h.crawlers()::robots,                 PUBLIC);
      routes.page    ("/assets/{file}",                           h.assets()::serve,                    PUBLIC);
      routes.page    ("/favicon.ico",                             h.assets()::noFavicon,                PUBLIC);
      routes.page    ("/tokens",                                  h.tokenPages()::show,                 USER);
      routes.page    ("/tokens/now.json",                         h.tokenPages()::now,                  USER);
      routes.page    ("/feed",                                    h.writer()::feed,                     USER);
      routes.page    ("/drafts",                                  h.writer()::drafts,                   USER);
      routes.page    ("/editor",                                  h.editor()::blank,                    USER);
      routes.pagePost("/editor",                                  h.editor()::create,                   USER);
      routes.pagePost("/editor/preview",                          h.editor()::preview,                  USER);   // before {slug}
      routes.page    ("/editor/{slug}",                           h.editor()::edit,                     USER);
      routes.pagePost("/editor/{slug}",                           h.editor()::update,                   USER);
      routes.pagePost("/editor/{slug}/delete",                    h.editor()::delete,                   USER);
      routes.pagePost("/articles/{slug}/comments",                h.writer()::comment,                  USER);
      routes.pagePost("/articles/{slug}/comments/{id}/delete",    h.writer()::deleteComment,            USER);
      routes.pagePost("/articles/{slug}/favorite",                h.writer()::favorite,                 USER);
      routes.pagePost("/@{username}/follow",                      h.writer()::follow,                   USER);
      // Account forms; the POSTs that hash a password need no HASHES_PASSWORD: OneHandlePerRequest covers /api/* only.
      routes.page    ("/register",                                h.accountPages()::registerForm,       OPTIONAL);
      routes.pagePost("/register",                                h.accountPages()::register,           PUBLIC);
      routes.page    ("/login",                                   h.accountPages()::loginForm,          OPTIONAL);
      routes.pagePost("/login",                                   h.accountPages()::login,              PUBLIC);
      routes.pagePost("/logout",                                  h.accountPages()::logout,             USER);
      routes.page    ("/settings",                                h.settingsPages()::show,              USER);
      routes.pagePost("/settings",                                h.settingsPages()::save,              USER);
      routes.page    ("/settings/sessions",                       h.sessionPages()::show,               USER);
      routes.pagePost("/settings/sessions/logout",                h.sessionPages()::logoutOne,          USER);
      routes.pagePost("/settings/sessions/logout-others",         h.sessionPages()::logoutOthers,       USER);
      routes.page    ("/settings/export",                         h.exportPages()::download,            USER);

      routes.get   ("/health",                            h.health()::alive,         PUBLIC);
      routes.get   ("/ready",                             h.health()::ready,         PUBLIC);
      routes.get   ("/.well-known/jwks.json",             h.jwks()::jwks,            PUBLIC);
      routes.get   ("/openapi.json",                      docs::openApi,             PUBLIC);
      routes.get   ("/docs",                              docs::swaggerUi,           PUBLIC);
    });
  }

  /** Serves on the configured address and starts the session purge. */
  public App start() {
    try {
      javalin.start(config.host(), config.port());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    timeline.mark("Jetty start");
    purge = SessionPurge.start(database.jdbi());
    timeline.mark("session purge");
    timeline.log();
    return this;
  }

  public int port() {
    return javalin.port();
  }

  /** Every route with its access level, as declared above (for the OpenAPI test and the docs). */
  public RouteTable routes() {
    return routes;
  }

  public Database database() {
    return database;
  }

  /** Stops accepting, waits up to SHUTDOWN_TIMEOUT for requests in flight, writes what is queued, closes the pool. */
  @Override
  public void close() {
    if (purge != null) purge.close();
    try {
      javalin.stop();   // throws when a request outlives SHUTDOWN_TIMEOUT; the pool must still be closed
    } finally {
      creates.close();   // writes still queued are written (and answered) before the pool goes
      versions.close();
      database.close();
    }
  }
}
