package inkwell.cli;

import inkwell.db.Migration;
import inkwell.db.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Flask-Migrate's "flask db ...", over the migrations packaged in this jar (db/migrations in the source tree). */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Schema migrations: upgrade, status, verify, new.")
final class DbCommand {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  @ParentCommand Cli cli;

  @Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply the pending migrations.")
  int upgrade() {
    try (var database = cli.openDatabase()) {
      var applied = new Migrations(database.jdbi(), database.dialect()).migrate(Migration.fromClasspath(database.dialect()));
      for (Migration m : applied) cli.out.println("applied " + m.fileName());
      cli.out.println(applied.isEmpty() ? "already up to date" : applied.size() + " migration(s) applied");
      return Cli.OK;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "List applied and pending migrations with their checksums; drift (an applied file edited, renamed or deleted) is flagged.")
  int status() {
    var entries = entries();
    cli.out.printf("%-8s %-32s %-9s %-14s %s%n", "version", "file", "state", "checksum", "applied at");
    for (var e : entries) {
      String checksum = e.fileChecksum() != null ? e.fileChecksum() : e.applied().checksum();
      cli.out.printf("%-8d %-32s %-9s %-14s %s%n", e.version(),
          e.fileName() != null ? e.fileName() : e.applied().name(),
          e.state().name().toLowerCase(Locale.ROOT),
          checksum.substring(0, 12),
          e.applied() == null ? "-" : WHEN.format(e.applied().appliedAt()));
      if (e.state().isDrift()) cli.out.println("         DRIFT: " + drift(e));
    }
    long pending = entries.stream().filter(e -> e.state() == Migrations.State.PENDING).count();
    long drift = entries.stream().filter(e -> e.state().isDrift()).count();
    cli.out.println((entries.size() - pending - drift) + " applied, " + pending + " pending, " + drift + " drifted");
    return Cli.OK;
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Check that every applied migration still matches its file (checksums only). Exit 1 on drift.")
  int verify() {
    var drifted = entries().stream().filter(e -> e.state().isDrift()).toList();
    for (var e : drifted) cli.err.println("drift: " + drift(e));
    if (!drifted.isEmpty()) {
      cli.err.println("inkwell: " + drifted.size() + " applied migration(s) no longer match their files");
      return Cli.FAILED;
    }
    cli.out.println("ok: every applied migration matches its file");
    return Cli.OK;
  }

  @Command(name = "new", mixinStandardHelpOptions = true,
      description = "Create the next numbered, empty migration file for each dialect (run in the source checkout).")
  int create(
      @Parameters(paramLabel = "NAME", description = "what it does, e.g. add_article_views") String name,
      @Option(names = "--dir", defaultValue = "db/migrations", paramLabel = "DIR",
          description = "the migrations folder, with one sub-folder per dialect (default: ${DEFAULT-VALUE})") Path dir) {
    String words = name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    if (!words.matches("[a-z0-9_]{1,60}")) {
      throw new Cli.Failure("NAME may contain only letters, digits, spaces, '-' and '_' (at most 60), got '" + name + "'");
    }
    List<Path> dialects = List.of(dir.resolve("sqlite"), dir.resolve("postgres"));
    for (Path folder : dialects) {
      if (!Files.isDirectory(folder)) {
        throw new Cli.Failure(folder + " is not a folder; run this in the source checkout or pass --dir");
      }
    }
    int next = dialects.stream().flatMap(f -> Migration.fromDirectory(f).stream())
        .mapToInt(Migration::version).max().orElse(0) + 1;
    String fileName = String.format("V%03d__%s.sql", next, words);
    for (Path folder : dialects) {
      Path file = folder.resolve(fileName);
      write(file, "-- " + name.trim() + " (" + folder.getFileName() + ")\n"
          + "-- Applied once, in one transaction with its schema_migrations row; never edit it after it has been applied.\n");
      cli.out.println("created " + file);
    }
    return Cli.OK;
  }

  private List<Migrations.Entry> entries() {
    try (var database = cli.openDatabase()) {
      return new Migrations(database.jdbi(), database.dialect()).status(Migration.fromClasspath(database.dialect()));
    }
  }

  private static String drift(Migrations.Entry e) {
    return switch (e.state()) {
      case EDITED -> e.fileName() + " was edited after it was applied (recorded " + e.applied().checksum().substring(0, 12)
          + ", file " + e.fileChecksum().substring(0, 12) + ")";
      case RENAMED -> e.fileName() + " was applied as " + e.applied().name();
      case DELETED -> e.applied().name() + " was applied but its file is gone";
      default -> e.state().name();
    };
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, java.nio.file.StandardOpenOption.CREATE_NEW);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new Cli.Failure(file + " already exists");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
