package inkwell.pages;

import inkwell.speed.BoundedCache;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * An article body, Markdown, as safe HTML: CommonMark with GFM tables, strikethrough and autolinks (commonmark-java),
 * then an allow-list sanitiser (OWASP Java HTML Sanitizer) that keeps the elements Markdown makes and drops
 * everything else: script, style, iframes, event handlers (onerror=...), and any link or image whose address is not
 * http(s), mailto or relative (javascript:, data:, vbscript:). Raw HTML in the Markdown goes through the same filter,
 * so a writer can use a harmless &lt;sup&gt; but never a script. Links get rel="nofollow noopener noreferrer".
 *
 * <p>Rendering costs far more than serving, so each body is rendered once per version: the cache key is the slug and
 * updatedAt, which every edit changes (the editor's preview is not cached).
 */
public final class Markdown {
  private static final int CACHED_BODIES = 512;
  private static final long CACHED_CHARS = 2 * 1024 * 1024;
  private static final Pattern SAFE_URL = Pattern.compile("(?i)^(https?:|mailto:|/|#|\\./|\\.\\./|[^:/?#]+(?:[/?#]|$)).*", Pattern.DOTALL);

  private final List<org.commonmark.Extension> extensions =
      List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
  private final Parser parser = Parser.builder().extensions(extensions).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
  private final PolicyFactory policy = new HtmlPolicyBuilder()
      .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong",
          "del", "s", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub", "kbd")
      .allowUrlProtocols("http", "https", "mailto")
      .allowAttributes("href").matching(SAFE_URL).onElements("a")
      .allowAttributes("title").onElements("a", "img")
      .allowAttributes("src").matching(SAFE_URL).onElements("img")
      .allowAttributes("alt").onElements("img")
      .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
      .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
      .allowAttributes("class").matching(Pattern.compile("language-[\\w+#.-]{1,40}")).onElements("code")
      // Wide code and tables scroll sideways inside the column (site.css); tabindex lets a keyboard reach and scroll
      // them too (WCAG 2.1.1; axe's rule scrollable-region-focusable, caught by the browser tests).
      .allowElements((element, attributes) -> {
        attributes.add("tabindex");
        attributes.add("0");
        return element;
      }, "pre", "table")
      .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
      .toFactory();

  private record Key(String slug, Instant updatedAt) {}

  /** At most CACHED_BODIES bodies and CACHED_CHARS characters of HTML (a body may have 100,000): see BoundedCache. */
  private final BoundedCache<Key, String> rendered = new BoundedCache<>(CACHED_BODIES, CACHED_CHARS, String::length);

  /** The article's body as sanitised HTML, rendered once per (slug, updatedAt). */
  public String article(String slug, Instant updatedAt, String body) {
    var key = new Key(slug, updatedAt);
    var cached = rendered.get(key);
    if (cached != null) return cached;
    var html = toSafeHtml(body);
    rendered.put(key, html);
    return html;
  }

  /** Any Markdown (the editor's preview, a comment) as sanitised HTML, the same way an article page renders it. */
  public String toSafeHtml(String markdown) {
    return policy.sanitize(renderer.render(parser.parse(markdown == null ? "" : markdown)));
  }
}
