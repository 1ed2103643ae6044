package inkwell.speed;

import com.fasterxml.jackson.core.JsonProcessingException;
import inkwell.http.Json;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Anonymous reads served from memory while the database is unchanged.
 *
 * Why: the pages every visitor sees (the article list, a tag's list, one article, the tags) cost three or four SQL
 * statements, Jdbi's mapping and Jackson's serialisation each time, while a blog changes a few times an hour. The
 * benchmark's anon_list and tag_filter spent most of their time there (bench/README.md).
 *
 * Exact, not "fresh enough": an entry remembers the {@link DataVersion} read before its response was built, and is
 * used only while the database still reports that version. Any commit, by this process, another instance or the
 * command line, changes the version, so the next read builds the response again. Only anonymous callers are served
 * from here (a signed-in caller's "favorited" and "following" are their own; the wiring says who is signed in); the
 * key is the path and query string, which is all such a response depends on. At most {@link #MAX_ENTRIES} responses are kept (least
 * recently used go first), none larger than {@link #MAX_BODY_CHARS}.
 */
public final class ReadCache {
  static final int MAX_ENTRIES = 256;
  static final int MAX_BODY_CHARS = 256 * 1024;

  /** json: the response body (JSON, or a page's HTML); etag: a page's, else null. */
  private record Entry(Object version, String json, String etag) {}

  private final DataVersion versions;
  private final Predicate<Context> signedIn;
  private final Map<String, Entry> entries = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  /** {@code signedIn}: whether the request carries a caller's identity (then it is never cached). */
  public ReadCache(DataVersion versions, Predicate<Context> signedIn) {
    this.versions = versions;
    this.signedIn = signedIn;
  }

  /** Answers 200 with {@code response()} as JSON, from memory when the caller is anonymous and nothing changed. */
  public void respond(Context ctx, Supplier<?> response) {
    if (signedIn.test(ctx)) {
      ctx.json(response.get());
      return;
    }
    String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    Object version = versions.current();
    Entry entry;
    synchronized (entries) {
      entry = entries.get(key);
    }
    if (entry == null || !entry.version().equals(version)) {
      entry = new Entry(version, toJson(response.get()), null);
      if (entry.json().length() <= MAX_BODY_CHARS) {
        synchronized (entries) {
          entries.put(key, entry);
        }
      }
    }
    ctx.contentType(ContentType.APPLICATION_JSON).result(entry.json());
  }

  /**
   * An HTML page of the blog, the same way: for anonymous readers built once per database version, with a strong
   * ETag of its content, answered 304 when the browser already holds it (If-None-Match). "no-cache" lets browsers
   * keep the page but makes them ask each time, so an edit shows at once. A signed-in reader's page is built every
   * time and marked private.
   */
  public void respondPage(Context ctx, Supplier<String> html) {
    respondPage(ctx, "text/html; charset=utf-8", html);
  }

  /**
   * {@link #respondPage(Context, Supplier)} for another type of document (an Atom feed, the sitemap). The key also
   * holds the Host header: without PUBLIC_URL, absolute links are made from it, and one client's Host must not end
   * up in the copy everyone else gets.
   */
  public void respondPage(Context ctx, String contentType, Supplier<String> html) {
    ctx.contentType(contentType);
    if (signedIn.test(ctx)) {
      ctx.header("Cache-Control", "private, no-cache");
      ctx.result(html.get());
      return;
    }
    String key = "page " + ctx.host() + " " + ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    Object version = versions.current();
    Entry entry;
    synchronized (entries) {
      entry = entries.get(key);
    }
    if (entry == null || !entry.version().equals(version)) {
      String body = html.get();
      entry = new Entry(version, body, etagOf(body));
      if (body.length() <= MAX_BODY_CHARS) {
        synchronized (entries) {
          entries.put(key, entry);
        }
      }
    }
    ctx.header("Cache-Control", "no-cache");
    ctx.header("ETag", entry.etag());
    if (matches(ctx.header("If-None-Match"), entry.etag())) {
      ctx.status(304);
      return;
    }
    ctx.result(entry.json());
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) return false;
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) return true;
    }
    return false;
  }

  private static String etagOf(String body) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String toJson(Object response) {
    try {
      return Json.MAPPER.writeValueAsString(response);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the response as JSON", e);
    }
  }
}
