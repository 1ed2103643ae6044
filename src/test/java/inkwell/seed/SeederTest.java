package inkwell.seed;

import static inkwell.TestUsers.tryLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.config.Config;
import inkwell.Http;
import inkwell.web.App;
import inkwell.TestDatabase;
import inkwell.articles.ArticleDao;
import inkwell.articles.NewArticle;
import inkwell.articles.NewArticles;
import inkwell.db.Database;
import inkwell.db.Migration;
import inkwell.db.Migrations;
import inkwell.db.Timestamps;
import inkwell.users.UserDao;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** seed --articles N: a consistent demo blog that matches its report, seeds twice, and leaves the database usable. */
class SeederTest {
  private static final String SECRET = "seeder-test-secret-that-is-long-enough-for-hs256";

  private TestDatabase testDatabase;
  private Database database;
  private String progress;

  @BeforeEach
  void freshDatabase() {
    testDatabase = TestDatabase.create();
    database = Database.open(testDatabase.url(), 2);
    new Migrations(database.jdbi(), database.dialect()).migrate(Migration.fromClasspath(database.dialect()));
  }

  @AfterEach
  void dropDatabase() {
    database.close();
    testDatabase.close();
  }

  private Seeder.Report seed(int articles) {
    var out = new StringWriter();
    var report = new Seeder(database).seed(articles, new PrintWriter(out));
    progress = out.toString();
    return report;
  }

  private long count(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  /** An article written as POST /api/articles writes it (one group of one); its slug. */
  private String createArticle(String title, List<String> tags, long authorId) {
    var article = new NewArticle(title, "d", "b", tags, false, authorId);
    return database.jdbi().inTransaction(h -> new NewArticles(database.dialect()).write(h, List.of(article))).get(0).slug();
  }

  @Test
  void the_report_counts_exactly_the_rows_that_were_added() {
    var report = seed(300);
    assertEquals(300, report.articles());
    assertEquals(15, report.users(), "one user per 20 articles");
    assertEquals(50, report.tags());
    assertEquals(report.articles(), count("SELECT count(*) FROM articles"));
    assertEquals(report.users(), count("SELECT count(*) FROM users"));
    assertEquals(report.tags(), count("SELECT count(*) FROM tags"));
    assertEquals(report.articleTags(), count("SELECT count(*) FROM article_tags"));
    assertEquals(report.comments(), count("SELECT count(*) FROM comments"));
    assertEquals(report.favorites(), count("SELECT count(*) FROM favorites"));
    assertEquals(report.follows(), count("SELECT count(*) FROM follows"));
    assertTrue(report.comments() > 100 && report.comments() < 200, "about one comment per two articles: " + report);
    assertTrue(report.favorites() > 200 && report.favorites() < 450, "about one favorite per article: " + report);
    assertTrue(report.follows() >= 15 && report.follows() <= 90, "a few follows per user: " + report);
    assertTrue(report.took().compareTo(Duration.ZERO) > 0);
  }

  @Test
  void progress_says_how_far_it_got_about_every_ten_percent() {
    seed(300);
    var lines = progress.lines().toList();
    assertEquals(11, lines.size(), progress);
    assertTrue(lines.get(0).contains("15 users"), progress);
    assertTrue(lines.get(1).contains("30 of 300 articles (10%)"), progress);
    assertTrue(lines.get(10).contains("300 of 300 articles (100%)"), progress);
  }

  @Test
  void every_article_has_an_author_zero_to_four_tags_in_order_and_a_slug_ending_in_its_id() {
    seed(300);
    assertEquals(300, count("SELECT count(*) FROM articles a JOIN users u ON u.id = a.author_id"));
    var tagShapes = database.jdbi().withHandle(h -> h.createQuery("""
        SELECT a.id, count(t.tag_id) AS tags, coalesce(min(t.position), 0) AS first, coalesce(max(t.position), -1) AS last
        FROM articles a LEFT JOIN article_tags t ON t.article_id = a.id GROUP BY a.id""")
        .map((rs, ctx) -> new int[] {rs.getInt("tags"), rs.getInt("first"), rs.getInt("last")}).list());
    assertEquals(300, tagShapes.size());
    for (int[] shape : tagShapes) {
      assertTrue(shape[0] <= 4, "at most 4 tags");
      assertEquals(0, shape[1], "positions start at 0");
      assertEquals(shape[0] - 1, shape[2], "positions have no gaps");
    }
    assertTrue(tagShapes.stream().anyMatch(s -> s[0] == 0) && tagShapes.stream().anyMatch(s -> s[0] == 4));
    var slugs = database.jdbi().withHandle(h -> h.createQuery("SELECT id, slug FROM articles")
        .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("slug"))).list());
    for (var slug : slugs) assertTrue(slug.getValue().matches("[a-z0-9-]+-" + slug.getKey()), slug.getValue());
    assertEquals(300, count("SELECT count(DISTINCT slug) FROM articles"));
  }

  @Test
  void articles_read_like_a_blog_of_the_past_two_years() {
    seed(300);
    assertEquals(0, count("SELECT count(*) FROM articles WHERE length(body) < 300 OR length(body) > 800"
        + " OR length(title) < 10 OR length(description) < 10"));
    assertTrue(count("SELECT count(*) FROM articles WHERE body LIKE '%\n\n%'") > 250, "most bodies have paragraphs");
    var range = database.jdbi().withHandle(h -> h.createQuery("SELECT min(created_at) FROM articles")
        .mapTo(Instant.class).one());
    Instant twoYearsAgo = Instant.now().minus(Duration.ofDays(731));
    assertTrue(range.isAfter(twoYearsAgo) && range.isBefore(twoYearsAgo.plus(Duration.ofDays(30))), range.toString());
    assertEquals(0, count("SELECT count(*) FROM comments c JOIN articles a ON a.id = c.article_id"
        + " WHERE c.created_at < a.created_at"));
    assertEquals(0, count("SELECT count(*) FROM follows WHERE follower_id = followed_id"));
  }

  @Test
  void demo_users_share_one_hash_and_have_demo_names_and_emails() {
    seed(300);
    assertEquals(1, count("SELECT count(DISTINCT password_hash) FROM users"));
    var users = database.jdbi().withHandle(h -> h.createQuery("SELECT id, username, email FROM users")
        .map((rs, ctx) -> List.of(rs.getString("id"), rs.getString("username"), rs.getString("email"))).list());
    for (var u : users) {
      assertTrue(u.get(1).matches("demo-[a-z]+-" + u.get(0)), u.toString());
      assertEquals(u.get(1) + "@demo.inkwell.test", u.get(2));
    }
  }

  @Test
  void seeding_twice_doubles_the_articles_and_reuses_the_tags() {
    var first = seed(300);
    var second = seed(300);
    assertEquals(600, count("SELECT count(*) FROM articles"));
    assertEquals(600, count("SELECT count(DISTINCT slug) FROM articles"));
    assertEquals(30, count("SELECT count(*) FROM users"));
    assertEquals(50, count("SELECT count(*) FROM tags"));
    assertEquals(0, second.tags());
    assertEquals(first.articleTags() + second.articleTags(), count("SELECT count(*) FROM article_tags"));
    assertEquals(first.comments() + second.comments(), count("SELECT count(*) FROM comments"));
    var titles = database.jdbi().withHandle(h ->
        h.createQuery("SELECT title FROM articles ORDER BY id").mapTo(String.class).list());
    assertNotEquals(titles.subList(0, 300), titles.subList(300, 600), "a second run makes other content");
  }

  @Test
  void zero_articles_still_makes_five_users_to_log_in_as() {
    var report = seed(0);
    assertEquals(5, report.users());
    assertEquals(0, count("SELECT count(*) FROM articles"));
    assertThrows(IllegalArgumentException.class, () -> seed(-1));
  }

  @Test
  void ordinary_inserts_take_the_next_ids_after_seeding() {
    seed(300);
    long maxUser = count("SELECT max(id) FROM users");
    long maxArticle = count("SELECT max(id) FROM articles");
    var users = database.jdbi().onDemand(UserDao.class);
    long userId = users.insert("after-seed", "after-seed@example.com", "x", Timestamps.now()).orElseThrow();
    assertEquals(maxUser + 1, userId, "on PostgreSQL: the identity sequence was moved past the seeded ids");
    var articles = database.jdbi().onDemand(ArticleDao.class);
    String slug = createArticle("After seeding", List.of("java"), userId);
    assertEquals(maxArticle + 1, articles.findKey(slug, userId).orElseThrow().id());
  }

  @Test
  void a_seeded_user_logs_in_over_http_with_the_demo_password_and_can_write() {
    seed(300);
    String email = database.jdbi().withHandle(h ->
        h.createQuery("SELECT email FROM users ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
    long maxComment = count("SELECT max(id) FROM comments");
    try (var server = App.create(Config.fromEnv(Map.of(
        "PORT", "0", "HOST", "127.0.0.1", "DATABASE_URL", testDatabase.url(), "JWT_SECRET", SECRET))).start()) {
      var http = new Http("http://127.0.0.1:" + server.port());
      var wrong = tryLogin(http, email, "not-the-demo-password");
      assertEquals(401, wrong.status(), wrong.body());
      var reply = tryLogin(http, email, Seeder.PASSWORD);
      assertEquals(200, reply.status(), reply.body());
      String token = reply.json().at("/user/token").asText();
      var article = http.post("/api/articles", token, Http.json(Map.of("article", Map.of(
          "title", "Written after seeding", "description", "d", "body", "b", "tagList", List.of("sqlite")))));
      assertEquals(201, article.status(), article.body());
      String slug = article.json().at("/article/slug").asText();
      var comment = http.post("/api/articles/" + slug + "/comments", token,
          Http.json(Map.of("comment", Map.of("body", "First!"))));
      assertEquals(200, comment.status(), comment.body());
      assertEquals(maxComment + 1, comment.json().at("/comment/id").asLong());
      var feed = http.get("/api/articles?tag=sqlite&limit=5", token);
      assertEquals(200, feed.status(), feed.body());
      assertTrue(feed.json().get("articlesCount").asInt() > 1, feed.body());
    }
  }

  @Test
  void a_name_or_slug_someone_already_has_is_renamed_not_refused() {
    var users = database.jdbi().onDemand(UserDao.class);
    long author = users.insert("Demo-Case-100", "case@example.com", "x", Timestamps.now()).orElseThrow();
    users.insert("someone", "demo-mail-101@demo.inkwell.test", "x", Timestamps.now()).orElseThrow();
    String taken = createArticle("Hand made 7", List.of(), author);
    var sql = new SeedSql(database.dialect());
    Instant now = Timestamps.now();
    database.jdbi().useTransaction(h -> {
      sql.insertUsers(h, List.of(new DemoRows.User(100, "demo-case-100", "", now),
          new DemoRows.User(101, "demo-mail-101", "", now)), "hash");
      sql.insertArticles(h, List.of(new DemoRows.Article(50, taken, "Hand made 7", "d", "b", 100, now)));
    });
    var names = database.jdbi().withHandle(h -> h.createQuery("SELECT username FROM users WHERE id IN (100, 101)"
        + " ORDER BY id").mapTo(String.class).list());
    assertTrue(names.get(0).matches("demo-case-100-[a-z0-9]{6}"), names.toString());
    assertTrue(names.get(1).matches("demo-mail-101-[a-z0-9]{6}"), names.toString());
    String renamed = database.jdbi().withHandle(h ->
        h.createQuery("SELECT slug FROM articles WHERE id = 50").mapTo(String.class).one());
    assertTrue(renamed.matches(taken + "-[a-z0-9]{6}"), renamed);
  }
}
