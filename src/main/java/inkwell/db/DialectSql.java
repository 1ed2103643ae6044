package inkwell.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * The .sql files of one folder for Jdbi's core API (a Handle), comments removed: a file in the dialect's sub-folder
 * (sqlite/, postgres/) wins over the shared one of the same name. Each is read once.
 */
public final class DialectSql {
  private final String folder;
  private final Dialect dialect;
  private final Map<String, String> statements = new ConcurrentHashMap<>();

  /** {@code folder}: a classpath folder such as "inkwell/seed/Seeder" (no trailing slash). */
  public DialectSql(String folder, Dialect dialect) {
    this.folder = folder;
    this.dialect = dialect;
  }

  public String get(String name) {
    return statements.computeIfAbsent(name, n -> {
      String own = folder + "/" + dialect.folder() + "/" + n + ".sql";
      boolean dialectSpecific = DialectSql.class.getClassLoader().getResource(own) != null;
      return ClasspathSqlLocator.removingComments().getResource(dialectSpecific ? own : folder + "/" + n + ".sql");
    });
  }
}
