package inkwell.speed;

import com.fasterxml.jackson.core.JsonProcessingException;
import inkwell.http.Json;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.function.Function;
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
 * command line, changes the version, so the next read builds the response again. {@link #respond} serves anonymous
 * callers only (a signed-in caller's "favorited" and "following" are their own; the wiring says who is signed in); the
 * key is the path and query string, which is all such a response depends on. At most {@link #MAX_ENTRIES} responses and
 * {@link #MAX_CHARS} characters are kept (least recently used go first), none larger than {@link #MAX_BODY_CHARS}. {@link #respondTo} keeps a signed-in caller's
 * own answer (the feed) apart, under the caller's id.
 */
public final class ReadCache {
  static final int MAX_ENTRIES = 256;
  static final int MAX_BODY_CHARS = 256 * 1024;
  /** All anonymous entries together (about 150 pages of the home page's size); see BoundedCache. */
  static final long MAX_CHARS = 2 * 1024 * 1024;
  /** Signed-in callers' own answers: a feed page of 20 is about 9 KB, of 100 (the most Paging allows) about 45 KB. */
  static final int MAX_OWN_ENTRIES = 256;
  static final int MAX_OWN_BODY_CHARS = 64 * 1024;
  static final long MAX_OWN_CHARS = 512 * 1024;

  /** json: the response body (JSON, or a page's HTML); etag: a page's, else null. */
  private record Entry(Object version, String json, String etag) {}

  private final DataVersion versions;
  private final Predicate<Context> signedIn;
  private final BoundedCache<String, Entry> entries = new BoundedCache<>(MAX_ENTRIES, MAX_CHARS, e -> e.json().length());
  /** Apart from {@link #entries}, so that many signed-in callers cannot push out the pages every visitor reads. */
  private final BoundedCache<String, Entry> own = new BoundedCache<>(MAX_OWN_ENTRIES, MAX_OWN_CHARS, e -> e.json().length());

  /** {@code signedIn}: whether the request carries a caller's identity (then {@link #respond} never caches). */
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
    var entry = entry(entries, pathAndQuery(ctx), MAX_BODY_CHARS,
        version -> new Entry(version, toJson(response.get()), null));
    ctx.contentType(ContentType.APPLICATION_JSON).result(entry.json());
  }

  /**
   * Answers 200 with {@code response()} as JSON for the signed-in caller {@code callerId}, from memory while nothing
   * was committed since it was built: exact as {@link #respond}, for an answer that depends on nothing but the
   * database, the caller and the path and query (the feed). Why: the feed is three statements, their round trips and
   * Jdbi's mapping per request, and a reader reloads it far more often than anyone writes (bench/README.md, issue 15
   * item 2). The caller's access is checked before (the route's role), every time, cached or not.
   */
  public void respondTo(Context ctx, long callerId, Supplier<?> response) {
    var entry = entry(own, callerId + " " + pathAndQuery(ctx), MAX_OWN_BODY_CHARS,
        version -> new Entry(version, toJson(response.get()), null));
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
    var entry = entry(entries, "page " + ctx.host() + " " + pathAndQuery(ctx), MAX_BODY_CHARS, version -> {
      String body = html.get();
      return new Entry(version, body, etagOf(body));
    });
    ctx.header("Cache-Control", "no-cache");
    ctx.header("ETag", entry.etag());
    if (matches(ctx.header("If-None-Match"), entry.etag())) {
      ctx.status(304);
      return;
    }
    ctx.result(entry.json());
  }

  /**
   * The entry of {@code key} if it was built at the current version, else a new one from {@code build} (given the
   * version read BEFORE it builds: a commit in between leaves an entry newer than its stamp, which the next reading
   * throws away, never an old one under a new stamp). Kept only when its body is at most {@code maxChars}.
   */
  private Entry entry(BoundedCache<String, Entry> map, String key, int maxChars, Function<Object, Entry> build) {
    Object version = versions.current();
    Entry entry = map.get(key);
    if (entry != null && entry.version().equals(version)) return entry;
    entry = build.apply(version);
    if (entry.json().length() <= maxChars) map.put(key, entry);
    return entry;
  }

  private static String pathAndQuery(Context ctx) {
    return ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
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
