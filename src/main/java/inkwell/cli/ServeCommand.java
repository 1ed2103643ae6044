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
    var config = cli.config();
    if (port != null && (port < 0 || port > 65535)) throw new Cli.Failure("--port must be between 0 and 65535");
    config = config.withAddress(host != null ? host : config.host(), port != null ? port : config.port());
    cli.server = App.create(config).start();
    cli.out.println("Inkwell is listening on http://" + displayHost(config.host()) + ":" + cli.server.port()
        + " (API docs: /docs)");
    return Cli.OK;
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host;
  }
}
