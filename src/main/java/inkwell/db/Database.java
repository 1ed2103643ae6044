package inkwell.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** One connection pool and the Jdbi on top of it. Close it to release the pool. */
public final class Database implements AutoCloseable {
  /** Per-connection SQLite page cache, in KiB. */
  static final int PAGE_CACHE_KIB = 256;

  /**
   * How long the pool waits for a connection before it says why it has none: a failure to connect (then Availability
   * starts an outage: requests are answered 503 within about this time, not the pool's default 30 s), or all in use
   * (then Availability lets the request wait on).
   */
  static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);

  /**
   * PostgreSQL driver timeouts, in seconds; a DATABASE_URL parameter of the same name wins. Making a connection
   * (loginTimeout) must give up before a request stops waiting for one (CONNECTION_WAIT), so that the pool's timeout
   * names the failure to connect and an outage is recognised. Statements may take a minute (socketTimeout): a slow
   * query under load or a migration should finish, yet a connection whose server vanished without a word (no reset,
   * as behind a dead route) is given up in the end.
   */
  private static final Map<String, String> POSTGRES_TIMEOUTS =
      Map.of("connectTimeout", "2", "loginTimeout", "1.5", "socketTimeout", "60");
  /** The same for the probe's and DataVersion's own connections, whose statements are tiny. */
  private static final Map<String, String> POSTGRES_PROBE_TIMEOUTS =
      Map.of("connectTimeout", "2", "loginTimeout", "1.5", "socketTimeout", "3");

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final Availability availability;
  private final Availability.Connector direct;

  private Database(HikariDataSource pool, Dialect dialect, Availability.Connector direct) {
    this.pool = pool;
    this.dialect = dialect;
    // The pool keeps itself full, except during an outage: refilling, it would try to connect throughout, backing
    // off up to 5 s between tries, and the first request after the database returns would wait for its next try.
    // With nothing to keep, it connects when a request asks, at once. The connections it holds when an outage starts
    // are presumed broken and retired (idle ones now, busy ones when returned): a request may find the outage through
    // the data version's own connection without touching the pool (a cached access check), and a broken connection
    // used a moment ago would be handed to the first request after the database is back without a check.
    this.availability = new Availability(direct, down -> {
      pool.getHikariConfigMXBean().setMinimumIdle(down ? 0 : pool.getMaximumPoolSize());
      if (down && pool.getHikariPoolMXBean() != null) pool.getHikariPoolMXBean().softEvictConnections();
    });
    this.direct = direct;
    // Every handle's connection passes Availability: refused at once during an outage, and a failure to connect
    // starts one.
    this.jdbi = Jdbi.create(() -> availability.connect(pool::getConnection)).installPlugin(new SqlObjectPlugin());
    // Jdbi's error messages list the bound values by default, and a failing UPDATE users would put a password
    // hash into the log. Name the SQL file's statement instead, never the values.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutValues);
  }

  private static String withoutValues(StatementException e) {
    var context = e.getStatementContext();
    if (context == null || context.getRawSql() == null) return e.getShortMessage();
    String sql = context.getRawSql().replaceAll("\\s+", " ").trim();
    return e.getShortMessage() + " [statement: " + (sql.length() > 120 ? sql.substring(0, 120) + "..." : sql) + "]";
  }

  public static Database open(String jdbcUrl, int poolSize) {
    var dialect = Dialect.of(jdbcUrl);
    var hikari = new HikariConfig();
    hikari.setMaximumPoolSize(poolSize);
    hikari.setPoolName("inkwell-" + dialect.folder());
    hikari.setConnectionTimeout(CONNECTION_WAIT.toMillis());
    // A pooled connection unused for a moment is checked before use (Hikari's default); a dead one must not hold
    // a request for long.
    hikari.setValidationTimeout(1_000);
    Availability.Connector direct;
    if (dialect == Dialect.SQLITE) {
      configureSqlite(hikari, jdbcUrl);
      direct = () -> DriverManager.getConnection(jdbcUrl);
    } else {
      hikari.setJdbcUrl(jdbcUrl);
      POSTGRES_TIMEOUTS.forEach(hikari::addDataSourceProperty);
      var probeTimeouts = new Properties();
      probeTimeouts.putAll(POSTGRES_PROBE_TIMEOUTS);
      direct = () -> DriverManager.getConnection(jdbcUrl, probeTimeouts);
    }
    // Started at its first connection, not here: a server takes that on the migrations' own thread (web/App), so
    // loading the driver (SQLite's native library) and opening the first connection overlap the rest of the start.
    var pool = new HikariDataSource();
    hikari.copyStateTo(pool);
    return new Database(pool, dialect, direct);
  }

  /**
   * SQLite pragmas are per connection, so they go in the data source's config that every pooled connection gets.
   * - foreign_keys: off by default in SQLite; our ON DELETE CASCADE rules depend on it.
   * - WAL + synchronous=NORMAL: readers never block the writer; consistent after a crash (~30x faster than FULL here).
   * - cache_size: see PAGE_CACHE_KIB.
   * - transaction_mode=IMMEDIATE: a transaction takes the write lock at BEGIN, so two pooled connections never
   *   both read and then fail to upgrade to writing (SQLITE_BUSY). Inside this process writers queue on
   *   speed/SqliteWriterLock instead; busy_timeout is for other processes (the command line) on the same file.
   */
  private static void configureSqlite(HikariConfig hikari, String jdbcUrl) {
    Dialect.sqliteFile(jdbcUrl).map(f -> f.toAbsolutePath().getParent()).ifPresent(dir -> {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the folder for the SQLite database: " + dir, e);
      }
    });
    var sqlite = new SQLiteConfig();
    sqlite.enforceForeignKeys(true);
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    sqlite.setBusyTimeout(10_000);
    // Each pooled connection has its own page cache (SQLite's default: 2 MiB). The file's pages stay in the OS page
    // cache anyway, so a smaller private cache costs a few cheap reads and saves ~12 MiB of resident memory at the
    // default pool size (bench/README.md, RSS); 256 KiB since issue 15 (memory, second round).
    sqlite.setCacheSize(-PAGE_CACHE_KIB);
    // The driver's getGeneratedKeys runs "SELECT last_insert_rowid()" after every INSERT, a statement more per write;
    // we never ask for generated keys (INSERT ... RETURNING gives the ids).
    sqlite.setGetGeneratedKeys(false);
    var dataSource = new SQLiteDataSource(sqlite);
    dataSource.setUrl(jdbcUrl);
    hikari.setJdbcUrl(null);
    hikari.setDataSource(dataSource);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Whether the database can be reached; failures of requests are reported to it (web/Errors). */
  public Availability availability() {
    return availability;
  }

  /** Connections outside the pool, with the probe's short timeouts (for speed/DataVersion's own connection). */
  public Availability.Connector directConnector() {
    return direct;
  }

  @Override
  public void close() {
    pool.close();
  }
}
