package inkwell.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Inserts rows through one JDBC batch per few thousand rows: one prepared statement and one round trip per batch on
 * PostgreSQL, one prepared statement stepped per row on SQLite. Either way far cheaper than a statement per row.
 */
final class BatchInsert {
  static final int ROWS_PER_BATCH = 5_000;

  private BatchInsert() {}

  /**
   * Binds each row with {@code bind} (which must not call add) and returns the rows the statement refused, that is
   * inserted nothing (ON CONFLICT ... DO NOTHING): usually none. (A PostgreSQL URL with reWriteBatchedInserts=true
   * makes pgjdbc report no counts at all; a refused row then goes unnoticed here, and its children's foreign keys
   * stop the seed instead.)
   */
  static <T> List<T> rows(Handle handle, String sql, List<T> rows, BiConsumer<PreparedBatch, T> bind) {
    var refused = new ArrayList<T>();
    for (int from = 0; from < rows.size(); from += ROWS_PER_BATCH) {
      var some = rows.subList(from, Math.min(from + ROWS_PER_BATCH, rows.size()));
      var batch = handle.prepareBatch(sql);
      for (T row : some) {
        bind.accept(batch, row);
        batch.add();
      }
      int[] inserted = batch.execute();
      for (int i = 0; i < inserted.length; i++) if (inserted[i] == 0) refused.add(some.get(i));
    }
    return refused;
  }
}
