import inkwell.articles.ArticleDao;
import inkwell.articles.Articles;
import inkwell.articles.FeedQueries;
import inkwell.db.Database;
import inkwell.http.Paging;
import inkwell.tags.TagDao;
import java.lang.management.ManagementFactory;

/**
 * What building one feed page costs the JVM, apart from HTTP and the read cache (issue 15 item 2): Articles.feed of
 * one viewer, 2,000 times a round on one handle (as speed/OneHandlePerRequest gives a request one), CPU and wall time
 * per call on this thread. The first rounds include the JIT's work; read the last ones.
 *   java -cp target/inkwell.jar bench/FeedTime.java 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=s' 303 6
 */
public class FeedTime {
  public static void main(String[] args) {
    var database = Database.open(args[0], 2);
    long viewer = Long.parseLong(args[1]);
    int rounds = Integer.parseInt(args[2]);
    var jdbi = database.jdbi();
    var articles = new Articles(jdbi.onDemand(ArticleDao.class), jdbi.onDemand(TagDao.class), new FeedQueries(jdbi));
    var threads = ManagementFactory.getThreadMXBean();
    var paging = new Paging(20, 0);
    int calls = 2_000;
    for (int round = 0; round < rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      try (var handle = jdbi.open()) {
        jdbi.getHandleScope().set(handle);
        for (int i = 0; i < calls; i++) articles.feed(viewer, paging);
      } finally {
        jdbi.getHandleScope().clear();
      }
      System.out.printf("round %d: CPU %.0f us, wall %.0f us per feed%n", round,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / calls, (System.nanoTime() - wall) / 1e3 / calls);
    }
    database.close();
  }
}
