package inkwell.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** One connection pool and the Jdbi on top of it. Close it to release the pool. */
public final class Database implements AutoCloseable {
  /** Per-connection SQLite page cache, in KiB. */
  static final int PAGE_CACHE_KIB = 512;

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final DataVersion dataVersion;

  private Database(HikariDataSource pool, Dialect dialect, String jdbcUrl) {
    this.pool = pool;
    this.dialect = dialect;
    this.dataVersion = new DataVersion(jdbcUrl, dialect);
    this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    // Jdbi's error messages list the bound values by default, and a failing UPDATE users would put a password
    // hash into the log. Name the SQL file's statement instead, never the values.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutValues);
    if (dialect == Dialect.SQLITE) {
      SqliteWriterLock.install(jdbi);
      jdbi.setStatementBuilderFactory(new SqliteStatementCache());
    }
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
    if (dialect == Dialect.SQLITE) {
      configureSqlite(hikari, jdbcUrl);
    } else {
      hikari.setJdbcUrl(jdbcUrl);
    }
    return new Database(new HikariDataSource(hikari), dialect, jdbcUrl);
  }

  /**
   * SQLite pragmas are per connection, so they go in the data source's config that every pooled connection gets.
   * - foreign_keys: off by default in SQLite; our ON DELETE CASCADE rules depend on it.
   * - WAL + synchronous=NORMAL: readers never block the writer; consistent after a crash (~30x faster than FULL here).
   * - cache_size: see PAGE_CACHE_KIB.
   * - transaction_mode=IMMEDIATE: a transaction takes the write lock at BEGIN, so two pooled connections never
   *   both read and then fail to upgrade to writing (SQLITE_BUSY). Inside this process writers queue on
   *   {@link SqliteWriterLock} instead; busy_timeout is for other processes (the command line) on the same file.
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
    // default pool size (bench/README.md, RSS).
    sqlite.setCacheSize(-PAGE_CACHE_KIB);
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

  /** Changes whenever anything commits; read on a connection of its own. */
  public DataVersion dataVersion() {
    return dataVersion;
  }

  @Override
  public void close() {
    dataVersion.close();
    pool.close();
  }
}
