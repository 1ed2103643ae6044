package inkwell.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import inkwell.db.Dialect;
import inkwell.db.DialectSql;
import inkwell.db.Timestamps;
import inkwell.http.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Writes a group of new articles (gathered by speed/GroupCommit) in three statements whatever their number: the
 * articles, the tags not known yet, the tag links. Each statement's rows travel as one JSON array, so its text does
 * not depend on the group's size (prepared once per connection), and PostgreSQL's statement-level count triggers
 * (V006) run once per group. SQL in resources/inkwell/articles/NewArticles/{sqlite,postgres}/. Jdbi's core API and
 * a row mapper by hand: this runs for every article created, and SqlObject's per-call machinery was most of the cost
 * of a create (bench/README.md).
 */
public final class NewArticles {
  /** What a new article got; its response is built from this and what was sent, with no read back. */
  public record Saved(long id, String slug, Instant createdAt) {}

  /** The JSON rows the SQL reads, under the names it uses. */
  private record Row(String slug, String title, String description, String body, long author, boolean draft) {}
  private record Link(long article, String tag, int position) {}

  private final DialectSql sql;

  public NewArticles(Dialect dialect) {
    this.sql = new DialectSql("inkwell/articles/NewArticles", dialect);
  }

  /** Inside the caller's transaction; one Saved per article, in order. The whole group is stamped with one time. */
  public List<Saved> write(Handle handle, List<NewArticle> articles) {
    Instant now = Timestamps.now();
    String[] slugs = firstChoices(articles);
    long[] ids = insertArticles(handle, articles, slugs, now);
    var names = new TreeSet<String>();   // one order for every group, so two writers' tag inserts cannot deadlock
    var links = new ArrayList<Link>();
    for (int i = 0; i < articles.size(); i++) {
      var tags = articles.get(i).tags();
      names.addAll(tags);
      for (int position = 0; position < tags.size(); position++) links.add(new Link(ids[i], tags.get(position), position));
    }
    if (!names.isEmpty()) {
      handle.createUpdate(sql.get("insertTags")).bind("names", json(names)).execute();
      handle.createUpdate(sql.get("linkTags")).bind("links", json(links)).execute();
    }
    var saved = new ArrayList<Saved>(articles.size());
    for (int i = 0; i < articles.size(); i++) saved.add(new Saved(ids[i], slugs[i], now));
    return saved;
  }

  /** Each title's slug; an article whose slug an earlier one of the group has starts with a suffixed one. */
  private static String[] firstChoices(List<NewArticle> articles) {
    var chosen = new HashSet<String>();
    var slugs = new String[articles.size()];
    for (int i = 0; i < slugs.length; i++) {
      String base = articles.get(i).slug();
      slugs[i] = chosen.add(base) ? base : suffixed(base, chosen);
    }
    return slugs;
  }

  private static String suffixed(String base, Set<String> chosen) {
    String slug;
    do slug = Slugs.withSuffix(base); while (!chosen.add(slug));
    return slug;
  }

  /**
   * Inserts the articles; one whose slug is taken (by an article written before) inserts nothing, and tries again
   * with a random suffix, up to ArticleDao.SLUG_ATTEMPTS tries in all. Updates {@code slugs}; returns the ids.
   */
  private long[] insertArticles(Handle handle, List<NewArticle> articles, String[] slugs, Instant now) {
    long[] ids = new long[articles.size()];
    var chosen = new HashSet<>(List.of(slugs));
    var pending = new ArrayList<Integer>();
    for (int i = 0; i < slugs.length; i++) pending.add(i);
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      if (attempt == ArticleDao.SLUG_ATTEMPTS) throw Slugs.noneFree(articles.get(pending.get(0)).slug());
      var rows = pending.stream().map(i -> row(articles.get(i), slugs[i])).toList();
      Map<String, Long> inserted = new HashMap<>();
      handle.createQuery(sql.get("insertArticles")).bind("rows", json(rows)).bind("now", now)
          .map((rs, ctx) -> Map.entry(rs.getString("slug"), rs.getLong("id")))
          .forEach(e -> inserted.put(e.getKey(), e.getValue()));
      var taken = new ArrayList<Integer>();
      for (int i : pending) {
        Long id = inserted.get(slugs[i]);
        if (id != null) {
          ids[i] = id;
        } else {
          slugs[i] = suffixed(articles.get(i).slug(), chosen);
          taken.add(i);
        }
      }
      pending = taken;
    }
    return ids;
  }

  private static Row row(NewArticle a, String slug) {
    return new Row(slug, a.title(), a.description(), a.body(), a.authorId(), a.draft());
  }

  private static String json(Object rows) {
    try {
      return Json.MAPPER.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write rows as JSON", e);
    }
  }
}
