package inkwell;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/** Counts the SQL statements a test server runs through Jdbi while a request is answered. */
public final class Statements {
  private Statements() {}

  public record Counted<T>(T result, int statements) {}

  public static <T> Counted<T> during(TestServer server, Supplier<T> request) {
    var count = new AtomicInteger();
    var jdbi = server.server.database().jdbi();
    // put back whatever logger the server had, so counting leaves no trace
    SqlLogger previous = jdbi.getConfig(SqlStatements.class).getSqlLogger();
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logAfterExecution(StatementContext context) {
        count.incrementAndGet();
      }
    });
    try {
      T result = request.get();
      return new Counted<>(result, count.get());
    } finally {
      jdbi.setSqlLogger(previous);
    }
  }
}
