package inkwell.cli;

import inkwell.web.App;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Migrate the database and serve the API (the default command). Stops gracefully on SIGTERM.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Cli cli;

  @Option(names = "--host", paramLabel = "HOST", description = "address to listen on (default: HOST or 0.0.0.0)")
  String host;

  @Option(names = "--port", paramLabel = "PORT", description = "port to listen on, 0 for any free one (default: PORT or 7070)")
  Integer port;

  @Override
  public Integer call() {
    cli.server = serve(cli, host, port);
    return Cli.OK;
  }

  /** Starts the server on the configured address, or on host and port where given (null: as configured). */
  static App serve(Cli cli, String host, Integer port) {
    var config = cli.config();
    if (port != null && (port < 0 || port > 65535)) throw new Cli.Failure("--port must be between 0 and 65535");
    config = config.withAddress(host != null ? host : config.host(), port != null ? port : config.port());
    var server = App.create(config).start();
    cli.out.println("Inkwell is listening on http://" + displayHost(config.host()) + ":" + server.port()
        + " (API docs: /docs)");
    return server;
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host;
  }
}
