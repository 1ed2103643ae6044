package inkwell.cli;

import inkwell.seed.Seeder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Demo content for trying Inkwell out and for the benchmarks in bench/. Migrates the schema first. */
@Command(name = "seed", mixinStandardHelpOptions = true,
    description = "Fill the database with demo users, articles, tags, comments, favorites and follows. "
        + "Every demo user's password is inkwell-demo.")
final class SeedCommand implements Callable<Integer> {
  static final int MAX_ARTICLES = 10_000_000;

  @ParentCommand Cli cli;

  @Option(names = "--articles", required = true, paramLabel = "N", description = "how many articles (1 to 10,000,000)")
  int articles;

  @Override
  public Integer call() {
    if (articles < 1 || articles > MAX_ARTICLES) throw new Cli.Failure("--articles must be between 1 and " + MAX_ARTICLES);
    try (var database = cli.openDatabase()) {
      cli.migrate(database);
      var report = new Seeder(database).seed(articles, cli.out);
      cli.out.printf("seeded %d articles, %d users, %d tags, %d comments, %d favorites, %d follows in %.1f s%n",
          report.articles(), report.users(), report.tags(), report.comments(), report.favorites(), report.follows(),
          report.took().toMillis() / 1000.0);
      return Cli.OK;
    }
  }
}
