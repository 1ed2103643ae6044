package inkwell;

import inkwell.cli.Cli;
import inkwell.cli.Terminal;
import inkwell.web.StartTimeline;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The jar's entry point: runs one command line (see {@link Cli}); with no arguments it serves. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    StartTimeline.mainStarted();
    // The one-shot commands print their own results; INFO lines from the migration runner would only repeat them.
    boolean serving = args.length == 0 || args[0].equals("serve");
    applyLogLevel(System.getenv().getOrDefault("LOG_LEVEL", serving ? "info" : "warn"));
    avoidJettysJmxLookup();
    var cli = new Cli(System.getenv(),
        new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        Terminal.console());
    int code = cli.run(args);
    if (code != Cli.OK || cli.server() == null) System.exit(code);
    // Serving: Jetty's threads keep the JVM alive. SIGTERM (or Ctrl-C) runs this hook: stop accepting, let requests
    // in flight finish within SHUTDOWN_TIMEOUT, close the pool, exit.
    Runtime.getRuntime().addShutdownHook(new Thread(cli.server()::close, "shutdown"));
  }

  /**
   * Jetty sizes some padding against false sharing by the number of object references per CPU cache line. Unless
   * told, it asks the JVM through JMX whether references are compressed, and starting the platform MBean server for
   * that one answer cost ~0.1 s of start-up (bench/README.md, Start-up). 16 is Jetty's own answer for a 64-byte line
   * with compressed references, which every heap under 32 GB has (run.sh sets 40 MB); a wrong guess only moves
   * padding.
   */
  private static void avoidJettysJmxLookup() {
    if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
      System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    }
  }

  /**
   * slf4j-simple reads its level once, when the first logger is made, so LOG_LEVEL is applied before anything logs.
   * A value it does not know is left to Config, which refuses it with a message naming LOG_LEVEL.
   */
  private static void applyLogLevel(String level) {
    if (level != null && List.of("error", "warn", "info", "debug", "trace").contains(level.trim().toLowerCase())) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level.trim().toLowerCase());
    }
  }
}
