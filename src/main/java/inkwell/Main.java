package inkwell;

import inkwell.db.MigrationRefused;

/** Reads the configuration from the environment and starts the server; a bad setting stops it with one clear line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    try {
      var server = Server.start(Config.fromEnv(System.getenv()));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
      System.out.println("Inkwell is listening on http://localhost:" + server.port());
    } catch (Config.Invalid | MigrationRefused e) {
      System.err.println("inkwell: cannot start: " + e.getMessage());
      System.exit(2);
    }
  }
}
