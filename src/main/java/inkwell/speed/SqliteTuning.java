package inkwell.speed;

import inkwell.db.Database;
import inkwell.db.Dialect;

/**
 * Puts the SQLite-only mechanisms on a database just opened, before its first statement: writers queue on
 * {@link SqliteWriterLock}, statements are kept by {@link SqliteStatementCache}. Nothing for PostgreSQL. The wiring
 * (web/App) and the command line call it; db/ itself knows nothing of speed, so it stays the plain pool and Jdbi.
 */
public final class SqliteTuning {
  private SqliteTuning() {}

  public static Database install(Database database) {
    if (database.dialect() == Dialect.SQLITE) {
      SqliteWriterLock.install(database.jdbi());
      database.jdbi().setStatementBuilderFactory(new SqliteStatementCache());
    }
    return database;
  }
}
