package inkwell.cli;

import inkwell.web.App;
import inkwell.TestDatabase;
import inkwell.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs command lines in-process, as {@code java -jar inkwell.jar ...} would, with a chosen environment and a fake
 * terminal that "types" the given passwords (or has no console at all).
 */
final class Shell {
  /** What one command line did: its exit code, what it printed, and the server "serve" left running (else null). */
  record Result(int code, String out, String err, App server) {
    String all() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  private final Map<String, String> env;
  private final List<String> typed;     // null: no interactive terminal
  final List<String> prompts = new ArrayList<>();

  private Shell(Map<String, String> env, List<String> typed) {
    this.env = env;
    this.typed = typed;
  }

  /** The test server's settings (secret, issuer) over {@code database}, with an empty terminal. */
  static Shell on(TestDatabase database) {
    return new Shell(Map.of("DATABASE_URL", database.url(), "JWT_SECRET", TestServer.SECRET,
        "JWT_ISSUER", TestServer.ISSUER), List.of());
  }

  /** The same shell with one variable set, or removed when {@code value} is null. */
  Shell with(String name, String value) {
    var changed = new HashMap<>(env);
    if (value == null) changed.remove(name); else changed.put(name, value);
    return new Shell(changed, typed);
  }

  /** A shell whose terminal answers the password prompts with these lines, in order. */
  Shell typing(String... lines) {
    return new Shell(env, List.of(lines));
  }

  /** A shell without a console, as under cron or in a pipe: reading a password gives null. */
  Shell withoutTerminal() {
    return new Shell(env, null);
  }

  Result run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var answers = typed == null ? null : new ArrayDeque<>(typed);
    Terminal terminal = prompt -> {
      prompts.add(prompt);
      if (answers == null) return null;
      String line = answers.poll();
      return line == null ? null : line.toCharArray();
    };
    var cli = new Cli(env, new PrintWriter(out, true), new PrintWriter(err, true), terminal);
    int code = cli.run(args);
    return new Result(code, out.toString(), err.toString(), cli.server());
  }
}
