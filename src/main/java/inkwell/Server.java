package inkwell;

import inkwell.config.Config;
import inkwell.articles.ArticleDao;
import inkwell.articles.ArticleHandlers;
import inkwell.articles.Articles;
import inkwell.account.AuthHandlers;
import inkwell.account.CurrentUserHandlers;
import inkwell.auth.CookieMode;
import inkwell.auth.JwksHandler;
import inkwell.auth.LoginFailureDao;
import inkwell.auth.LoginThrottle;
import inkwell.users.Accounts;
import inkwell.users.Passwords;
import inkwell.auth.SessionDao;
import inkwell.auth.Sessions;
import inkwell.admin.AdminHandlers;
import inkwell.auth.SigningKeys;
import inkwell.auth.TokenCheck;
import inkwell.auth.Tokens;
import inkwell.comments.CommentDao;
import inkwell.comments.CommentHandlers;
import inkwell.db.Database;
import inkwell.db.Dialect;
import inkwell.db.Migration;
import inkwell.db.Migrations;
import inkwell.favorites.FavoriteDao;
import inkwell.favorites.FavoriteHandlers;
import inkwell.profiles.ProfileDao;
import inkwell.profiles.ProfileHandlers;
import inkwell.tags.TagDao;
import inkwell.tags.TagHandlers;
import inkwell.users.UserDao;
import inkwell.health.HealthHandlers;
import inkwell.http.ReadCache;
import inkwell.web.App;
import inkwell.web.RouteTable;
import io.javalin.Javalin;
import inkwell.db.Timestamps;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Inkwell: database opened, schema migrated, routes served. Main and the tests both start it this way,
 * so the tests exercise exactly what production runs.
 */
public final class Server implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Server.class);

  private final Database database;
  private final Javalin app;
  private final RouteTable routes;
  private final ScheduledExecutorService housekeeping;

  private Server(Database database, App.Created app, ScheduledExecutorService housekeeping) {
    this.database = database;
    this.app = app.javalin();
    this.routes = app.routes();
    this.housekeeping = housekeeping;
  }

  public static Server start(Config config) {
    config = withSecret(config);
    var database = Database.open(config.databaseUrl(), config.databasePoolSize());
    try {
      new Migrations(database.jdbi(), database.dialect()).migrate(Migration.fromClasspath(database.dialect()));
      var app = App.create(handlers(config, database), config, database);
      app.javalin().start(config.host(), config.port());
      return new Server(database, app, purgeExpiredSessions(database));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static App.Handlers handlers(Config config, Database database) {
    var tokens = new Tokens(signingKeys(config), config.jwtIssuer(), config.jwtKeys().audience(),
        config.accessTokenTtl(), config.refreshTokenTtl(), config.tokenLeeway());
    var passwords = new Passwords();
    var jdbi = database.jdbi();
    var users = jdbi.onDemand(UserDao.class);
    var sessionDao = jdbi.onDemand(SessionDao.class);
    var sessions = new Sessions(sessionDao, tokens, config.refreshRotation());
    var accounts = new Accounts(users, passwords, sessionDao);
    var cookies = new CookieMode(config.cookieSecure(), config.cookieSameSite(), config.refreshTokenTtl());
    var articleDao = jdbi.onDemand(ArticleDao.class);
    var tags = jdbi.onDemand(TagDao.class);
    var articles = new Articles(articleDao, tags);
    var reads = new ReadCache(database.dataVersion());
    return new App.Handlers(
        new TokenCheck(tokens, sessions, cookies),
        new AuthHandlers(users, accounts, passwords, sessions, cookies, new LoginThrottle(jdbi, config.loginLimits())),
        new CurrentUserHandlers(users, accounts, sessions),
        new ProfileHandlers(jdbi.onDemand(ProfileDao.class)),
        new ArticleHandlers(articleDao, articles, reads),
        new FavoriteHandlers(jdbi.onDemand(FavoriteDao.class), articles),
        new CommentHandlers(jdbi.onDemand(CommentDao.class), articles),
        new TagHandlers(tags, reads),
        new HealthHandlers(new Migrations(jdbi, database.dialect()), () -> Migration.fromClasspath(database.dialect())),
        new AdminHandlers(users, accounts),
        new JwksHandler(tokens.keys()));
  }

  public static SigningKeys signingKeys(Config config) {
    var settings = config.jwtKeys();
    if (settings.symmetric()) return SigningKeys.hmac(config.jwtSecret());
    return SigningKeys.fromPem(SigningKeys.Alg.valueOf(settings.algorithm()), settings.privateKeyFile(), settings.publicKeyFiles());
  }

  /** JWT_SECRET unset: use (or make) the secret file beside the SQLite database. PostgreSQL deployments must set it. */
  static Config withSecret(Config config) {
    if (config.jwtSecret() != null || !config.jwtKeys().symmetric()) return config;
    var databaseFile = Dialect.sqliteFile(config.databaseUrl()).orElseThrow(() -> new Config.Invalid("JWT_SECRET",
        "must be set when the database is not a SQLite file: every instance sharing the database needs the same secret"));
    var file = SecretFile.besideDatabase(databaseFile);
    log.warn("JWT_SECRET is not set; using the generated secret in {}. For production set JWT_SECRET to at least "
        + "32 random bytes, e.g. JWT_SECRET=$(openssl rand -base64 48)", file);
    return config.withJwtSecret(SecretFile.loadOrCreate(file));
  }

  /**
   * The key tokens are checked with, without creating anything: JWT_SECRET, else the generated file beside the
   * SQLite database if one exists ("token decode" uses it; it must never invent a key).
   */
  public static java.util.Optional<String> existingSecret(Config config) {
    if (config.jwtSecret() != null) return java.util.Optional.of(config.jwtSecret());
    return Dialect.sqliteFile(config.databaseUrl())
        .map(SecretFile::besideDatabase)
        .filter(java.nio.file.Files::exists)
        .map(SecretFile::loadOrCreate);
  }

  public int port() {
    return app.port();
  }

  /** Every route with its access level, as declared in App. */
  public RouteTable routes() {
    return routes;
  }

  public Database database() {
    return database;
  }

  /**
   * Expired sessions (and ended login-failure windows) are deleted every 10 minutes so the tables stay the size of
   * the live logins. Every instance
   * runs it; the DELETE is idempotent, so several at once do no harm.
   */
  private static ScheduledExecutorService purgeExpiredSessions(Database database) {
    var executor = Executors.newSingleThreadScheduledExecutor(task -> {
      var thread = new Thread(task, "purge-expired-sessions");
      thread.setDaemon(true);
      return thread;
    });
    var sessions = database.jdbi().onDemand(SessionDao.class);
    var loginFailures = database.jdbi().onDemand(LoginFailureDao.class);
    executor.scheduleWithFixedDelay(() -> {
      try {
        int purged = sessions.purgeExpired(Timestamps.now());
        if (purged > 0) log.info("purged {} expired sessions", purged);
        loginFailures.purgeEnded(Timestamps.now());
      } catch (RuntimeException e) {
        log.warn("purging expired sessions failed; will retry: {}", e.toString());
      }
    }, 1, 10, TimeUnit.MINUTES);
    return executor;
  }

  /** Stops accepting, waits up to SHUTDOWN_TIMEOUT for requests in flight, then closes the pool. */
  @Override
  public void close() {
    housekeeping.shutdownNow();
    try {
      app.stop();   // throws when a request outlives SHUTDOWN_TIMEOUT; the pool must still be closed
    } finally {
      database.close();
    }
  }
}
