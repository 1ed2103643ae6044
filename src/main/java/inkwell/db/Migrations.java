package inkwell.db;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tiny migration runner (our Flask-Migrate "db upgrade"). It applies pending files in version order, each in
 * its own transaction together with its row in schema_migrations, and refuses to start when the history and the
 * files disagree: an applied file edited or deleted, a version used twice, or a new file older than an applied one.
 * Concurrent starts are serialised by a lock (a PostgreSQL advisory lock; SQLite's BEGIN IMMEDIATE write lock).
 */
public final class Migrations {
  private static final Logger log = LoggerFactory.getLogger(Migrations.class);

  private final Jdbi jdbi;
  private final String sqlFolder;

  public Migrations(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.sqlFolder = "inkwell/db/Migrations/" + dialect.folder() + "/";
  }

  /** A row of schema_migrations; name is the file name as it was spelled, e.g. V001__users.sql. */
  public record Applied(int version, String name, String checksum, Instant appliedAt, long durationMs) {}

  /** Brings the schema up to date and returns the migrations this call applied (empty when already current). */
  public List<Migration> migrate(List<Migration> available) {
    var files = inVersionOrder(available);
    try (Handle handle = jdbi.open()) {
      handle.execute(sql("lock"));
      try {
        handle.useTransaction(h -> h.execute(sql("createHistory")));
        var applied = new ArrayList<Migration>();
        for (Migration m : pending(files, history(handle))) {
          if (apply(handle, m)) applied.add(m);
        }
        return applied;
      } finally {
        handle.execute(sql("unlock"));
      }
    }
  }

  public List<Applied> history() {
    return jdbi.withHandle(this::history);
  }

  /** Where one migration stands, for "db status", "db verify" and /ready. */
  public enum State {
    APPLIED, PENDING,
    /** applied, but the file's checksum is no longer the one recorded */ EDITED,
    /** applied, but no file has its version any more */ DELETED,
    /** applied under another file name */ RENAMED;

    public boolean isDrift() {
      return this == EDITED || this == DELETED || this == RENAMED;
    }
  }

  /** One line of "db status": the file (null when deleted), the history row (null when pending), and the verdict. */
  public record Entry(int version, String fileName, String fileChecksum, Applied applied, State state) {}

  /**
   * Compares files and history without changing anything (no lock, no history table created), in version order.
   * Duplicate versions among the files are refused, as at start-up.
   */
  public List<Entry> status(List<Migration> available) {
    var files = inVersionOrder(available);
    List<Applied> history = jdbi.withHandle(h ->
        h.createQuery(sql("historyExists")).mapTo(Integer.class).one() > 0 ? history(h) : List.of());
    Map<Integer, Applied> appliedByVersion = new HashMap<>();
    history.forEach(a -> appliedByVersion.put(a.version(), a));
    var entries = new ArrayList<Entry>();
    for (Migration file : files) {
      Applied a = appliedByVersion.remove(file.version());
      State state = a == null ? State.PENDING
          : !a.name().equals(file.fileName()) ? State.RENAMED
          : !a.checksum().equals(file.checksum()) ? State.EDITED
          : State.APPLIED;
      entries.add(new Entry(file.version(), file.fileName(), file.checksum(), a, state));
    }
    appliedByVersion.values().forEach(a -> entries.add(new Entry(a.version(), null, null, a, State.DELETED)));
    entries.sort(Comparator.comparingInt(Entry::version));
    return entries;
  }

  private List<Applied> history(Handle handle) {
    return handle.createQuery(sql("history"))
        .map((rs, ctx) -> new Applied(rs.getInt("version"), rs.getString("name"), rs.getString("checksum"),
            rs.getTimestamp("applied_at").toInstant(), rs.getLong("duration_ms")))
        .list();
  }

  private static List<Migration> inVersionOrder(List<Migration> available) {
    var byVersion = new HashMap<Integer, Migration>();
    for (Migration m : available) {
      var clash = byVersion.putIfAbsent(m.version(), m);
      if (clash != null) {
        throw new MigrationRefused(m.fileName() + ": version " + m.version() + " is also used by " + clash.fileName());
      }
    }
    var sorted = new ArrayList<>(available);
    sorted.sort(Comparator.comparingInt(Migration::version));
    return sorted;
  }

  /** Checks the applied history against the files and returns the files still to apply. */
  private static List<Migration> pending(List<Migration> files, List<Applied> applied) {
    Map<Integer, Migration> byVersion = new HashMap<>();
    files.forEach(m -> byVersion.put(m.version(), m));
    Applied newest = null;
    for (Applied a : applied) {
      var file = byVersion.remove(a.version());
      if (file == null) {
        throw new MigrationRefused(a.name() + " was applied to this database but its file is gone; restore it");
      }
      if (!file.fileName().equals(a.name())) {
        throw new MigrationRefused(file.fileName() + " has the version of " + a.name()
            + ", which is already applied; restore that file's name");
      }
      if (!file.checksum().equals(a.checksum())) {
        throw new MigrationRefused(file.fileName() + " was changed after it was applied (checksum "
            + a.checksum().substring(0, 12) + "... became " + file.checksum().substring(0, 12)
            + "...); put it back and add a new migration instead");
      }
      if (newest == null || a.version() > newest.version()) newest = a;
    }
    var pending = new ArrayList<>(byVersion.values());
    pending.sort(Comparator.comparingInt(Migration::version));
    for (Migration m : pending) {
      if (newest != null && m.version() < newest.version()) {
        throw new MigrationRefused(m.fileName() + " is older than " + newest.name()
            + ", which is already applied; give it a version above " + newest.version());
      }
    }
    return pending;
  }

  /** Runs one file and records it, in one transaction; false when another process applied it first. */
  private boolean apply(Handle handle, Migration m) {
    Instant started = Instant.now();
    boolean ran;
    try {
      ran = handle.inTransaction(h -> {
        // Re-checked under the write lock: a second SQLite process may have read the history before we committed.
        if (h.createQuery(sql("isApplied")).bind("version", m.version()).mapTo(Integer.class).one() > 0) return false;
        h.createScript(m.sql()).executeAsSeparateStatements();
        h.createUpdate(sql("record"))
            .bind("version", m.version())
            .bind("name", m.fileName())
            .bind("checksum", m.checksum())
            .bind("appliedAt", started)
            .bind("durationMs", Duration.between(started, Instant.now()).toMillis())
            .execute();
        return true;
      });
    } catch (RuntimeException e) {
      throw new MigrationRefused(m.fileName() + " failed and was rolled back: " + rootMessage(e), e);
    }
    if (ran) log.info("applied migration {}", m.fileName());
    return ran;
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) e = e.getCause();
    return e.getMessage();
  }

  private String sql(String name) {
    return ClasspathFiles.read(sqlFolder + name + ".sql");
  }
}
