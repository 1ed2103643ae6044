package inkwell.db;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognises "that value is already taken" from either database, for the races a check-then-write cannot close
 * (two users claiming one username at the same moment): PostgreSQL says SQLState 23505, SQLite a constraint code.
 */
public final class UniqueViolation {
  private UniqueViolation() {}

  public static boolean isCauseOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException s) {
        var code = s.getResultCode();
        return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY;
      }
      if (t instanceof SQLException s && s.getSQLState() != null) return "23505".equals(s.getSQLState());
    }
    return false;
  }
}
