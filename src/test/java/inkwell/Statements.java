package inkwell;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/** Counts the SQL statements a test server runs through Jdbi while a request is answered. */
public final class Statements {
  private Statements() {}

  /** sql: the text of each statement run, in order. */
  public record Counted<T>(T result, int statements, List<String> sql) {
    /** The statements whose SQL does not contain {@code fragment}. */
    public int statementsOtherThan(String fragment) {
      return (int) sql.stream().filter(s -> !s.contains(fragment)).count();
    }
  }

  public static <T> Counted<T> during(TestServer server, Supplier<T> request) {
    var count = new AtomicInteger();
    var sql = new CopyOnWriteArrayList<String>();
    var jdbi = server.server.database().jdbi();
    // put back whatever logger the server had, so counting leaves no trace
    SqlLogger previous = jdbi.getConfig(SqlStatements.class).getSqlLogger();
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logAfterExecution(StatementContext context) {
        count.incrementAndGet();
        sql.add(String.valueOf(context.getRenderedSql()));
      }
    });
    try {
      T result = request.get();
      return new Counted<>(result, count.get(), List.copyOf(sql));
    } finally {
      jdbi.setSqlLogger(previous);
    }
  }
}
