package inkwell.cli;

import inkwell.config.Config;
import inkwell.db.Database;
import inkwell.db.Migration;
import inkwell.db.MigrationRefused;
import inkwell.db.Migrations;
import inkwell.http.ApiError;
import inkwell.speed.SqliteTuning;
import inkwell.web.App;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the jar (the notes' manage.py): {@code java -jar inkwell.jar [serve|db|user|token|seed]}.
 * Every command reads the same environment as the server. Exit codes: 0 done, 1 failed, 2 usage error.
 */
@Command(name = "inkwell", mixinStandardHelpOptions = true, version = "inkwell 0.1.0",
    description = "A small RealWorld blog backend. With no command: serve.",
    subcommands = {ServeCommand.class, DbCommand.class, UserCommand.class, TokenCommand.class, SeedCommand.class,
        CommandLine.HelpCommand.class})
public final class Cli {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  final Map<String, String> env;
  final PrintWriter out;
  final PrintWriter err;
  final Terminal terminal;
  App server;   // set by "serve"; it keeps running after run() returns

  /** A command that could not be carried out; the message is printed as "inkwell: message" and the exit code is 1. */
  static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message, null, false, false);
    }
  }

  public Cli(Map<String, String> env, PrintWriter out, PrintWriter err, Terminal terminal) {
    this.env = env;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Runs one command line and returns its exit code. No arguments means "serve". */
  public int run(String... args) {
    if (args.length == 0 || (args.length == 1 && args[0].equals("serve"))) return servePlainly();
    var commandLine = new CommandLine(this)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          err.println("inkwell: " + describe(e));
          err.flush();
          return FAILED;
        });
    int code = commandLine.execute(args.length == 0 ? new String[] {"serve"} : args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Plain "serve", the server's every start, without picocli: building its command model of every command by
   * reflection took ~0.5 s of a ~2.5 s start (bench/README.md, Start-up). Options and the other commands go through
   * picocli; this answers exactly as it would.
   */
  private int servePlainly() {
    int code;
    try {
      server = ServeCommand.serve(this, null, null);
      code = OK;
    } catch (RuntimeException e) {
      err.println("inkwell: " + describe(e));
      code = FAILED;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The server "serve" started, or null when the command was something else. */
  public App server() {
    return server;
  }

  private static String describe(Exception e) {
    if (e instanceof Failure || e instanceof Config.Invalid || e instanceof MigrationRefused) return e.getMessage();
    if (e instanceof ApiError api) {
      return api.errors().entrySet().stream()
          .map(field -> field.getKey() + " " + String.join(", ", field.getValue()))
          .collect(Collectors.joining("; "));
    }
    // Unexpected: say what it was without a stack trace; the message never holds secrets (see Database).
    return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  Config config() {
    return Config.fromEnv(env);
  }

  /** Opens the configured database with a small pool (commands are short and single-threaded). */
  Database openDatabase() {
    return SqliteTuning.install(Database.open(config().databaseUrl(), 2));
  }

  /** The schema brought up to date, as "serve" does before anything else; reports what it applied. */
  void migrate(Database database) {
    List<Migration> applied = new Migrations(database.jdbi(), database.dialect())
        .migrate(Migration.fromClasspath(database.dialect()));
    for (Migration m : applied) out.println("applied migration " + m.fileName());
  }
}
