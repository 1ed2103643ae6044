package inkwell.seed;

import inkwell.articles.Slugs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The rows of a demo blog, made up in memory with ids already chosen, ready to insert in foreign-key order.
 * Popularity is skewed as in a real blog: a few authors write much of it, a few tags are on most articles.
 */
final class DemoRows {
  static final Duration HISTORY = Duration.ofDays(730);

  record User(long id, String username, String bio, Instant createdAt) {}
  record Follow(long followerId, long followedId) {}
  record Article(long id, String slug, String title, String description, String body, long authorId, Instant createdAt) {}
  record ArticleTag(long articleId, long tagId, int position) {}
  record Favorite(long userId, long articleId) {}
  /** Comment ids are reserved after a chunk is made, when their number is known: the n-th gets first id + n. */
  record Comment(long articleId, long authorId, String body, Instant createdAt) {}
  record Chunk(List<Article> articles, List<ArticleTag> tags, List<Favorite> favorites, List<Comment> comments) {}

  private final SplittableRandom random;
  private final DemoText text;
  private final Instant now;
  private final Instant start;
  // Slugs.base is a Unicode-normalising regex; titles repeat a lot, so each is slugged once.
  private final Map<String, String> slugBases = new HashMap<>();

  DemoRows(SplittableRandom random, Instant now) {
    this.random = random;
    this.text = new DemoText(random);
    this.now = now;
    this.start = now.minus(HISTORY);
  }

  /** Users named demo-word-id: the id makes them unique among demo users of any run. */
  List<User> users(long firstId, int count) {
    var users = new ArrayList<User>(count);
    for (int i = 0; i < count; i++) {
      long id = firstId + i;
      Instant joined = start.minusSeconds(random.nextLong(60L * 86_400));
      users.add(new User(id, "demo-" + text.nameWord() + "-" + id, text.bio(), joined));
    }
    return users;
  }

  /** Each user follows up to six others, preferring the prolific ones. */
  List<Follow> follows(long[] userIds) {
    var follows = new ArrayList<Follow>();
    for (long follower : userIds) {
      int wanted = Math.min(random.nextInt(7), userIds.length - 1);
      var chosen = new HashSet<Long>();
      while (chosen.size() < wanted) {
        long followed = skewed(userIds);
        if (followed != follower && chosen.add(followed)) follows.add(new Follow(follower, followed));
      }
    }
    return follows;
  }

  /**
   * Articles number {@code firstIndex..} of {@code total} in this run, with their tags, favorites and comments.
   * created_at grows with the index across the past two years, so ids and dates agree as they would in real life.
   */
  Chunk articles(long firstId, long firstIndex, int count, long total, long[] userIds, long[] tagIds) {
    var chunk = new Chunk(new ArrayList<>(count), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    double step = (double) HISTORY.toMillis() / Math.max(total, 1);
    for (int i = 0; i < count; i++) {
      long id = firstId + i;
      Instant created = start.plusMillis((long) ((firstIndex + i + random.nextDouble()) * step));
      String topic = text.topic();
      String title = text.title(topic);
      String slug = slugBases.computeIfAbsent(title, Slugs::base) + "-" + id;
      chunk.articles().add(new Article(id, slug, title, text.description(topic), text.body(topic),
          skewed(userIds), created));
      addTags(chunk.tags(), id, tagIds);
      addFavorites(chunk.favorites(), id, userIds);
      addComments(chunk.comments(), id, created, topic, userIds);
    }
    return chunk;
  }

  /** 0 to 4 distinct tags, 1.85 on average, positions 0.. in the order given. */
  private void addTags(List<ArticleTag> rows, long articleId, long[] tagIds) {
    int wanted = Math.min(pickCount(0.15, 0.25, 0.30, 0.20, 0.10), tagIds.length);
    long[] taken = new long[wanted];
    int have = 0;
    while (have < wanted) {
      long tag = skewed(tagIds);
      if (!contains(taken, have, tag)) {
        taken[have] = tag;
        rows.add(new ArticleTag(articleId, tag, have++));
      }
    }
  }

  /** About one favorite per article, from distinct users. */
  private void addFavorites(List<Favorite> rows, long articleId, long[] userIds) {
    int wanted = Math.min(pickCount(0.35, 0.35, 0.20, 0.10), userIds.length);
    long[] taken = new long[wanted];
    int have = 0;
    while (have < wanted) {
      long user = userIds[random.nextInt(userIds.length)];
      if (!contains(taken, have, user)) {
        taken[have++] = user;
        rows.add(new Favorite(user, articleId));
      }
    }
  }

  /** About one comment per two articles, written within a month of the article (but not in the future). */
  private void addComments(List<Comment> rows, long articleId, Instant created, String topic, long[] userIds) {
    int wanted = pickCount(0.6, 0.3, 0.1);
    for (int i = 0; i < wanted; i++) {
      Instant at = created.plusSeconds(60 + random.nextLong(30L * 86_400));
      rows.add(new Comment(articleId, userIds[random.nextInt(userIds.length)], text.comment(topic),
          at.isAfter(now) ? now : at));
    }
  }

  /** 0, 1, 2, ... with the given probabilities (which add up to 1). */
  private int pickCount(double... probabilities) {
    double r = random.nextDouble();
    for (int n = 0; n < probabilities.length - 1; n++) {
      r -= probabilities[n];
      if (r < 0) return n;
    }
    return probabilities.length - 1;
  }

  /** An element, the first ones more often than the last (density falling like 1/x^(1/3)). */
  private long skewed(long[] ids) {
    double r = random.nextDouble();
    return ids[(int) (ids.length * r * Math.sqrt(r))];
  }

  private static boolean contains(long[] values, int size, long value) {
    for (int i = 0; i < size; i++) if (values[i] == value) return true;
    return false;
  }
}
