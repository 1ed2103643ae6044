package inkwell.pages;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import inkwell.articles.Article;
import inkwell.articles.Articles;
import inkwell.http.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * "Your words are yours": every article of mine, drafts included, as a zip streamed to the browser: one Markdown file
 * per article with its facts in front matter, and articles.json with all of them. GET, since it changes nothing; never
 * stored by any cache (Cache-Control: no-store), as it holds drafts.
 *   curl -b cookies.txt -o export.zip localhost:7070/settings/export
 */
public final class ExportPages {
  private final Pages pages;
  private final Articles articles;

  public ExportPages(Pages pages, Articles articles) {
    this.pages = pages;
    this.articles = articles;
  }

  /** One article in articles.json: the author's own facts, without the reader-relative "favorited" and profile. */
  record Exported(String slug, String title, String description, String body, List<String> tagList,
                  Instant createdAt, Instant updatedAt, boolean draft, long favoritesCount) {
    static Exported of(Article a) {
      return new Exported(a.slug(), a.title(), a.description(), a.body(), a.tagList(), a.createdAt(), a.updatedAt(),
          Boolean.TRUE.equals(a.draft()), a.favoritesCount());
    }
  }

  record ExportFile(String username, Instant exportedAt, List<Exported> articles) {}

  public void download(Context ctx) throws IOException {
    var viewer = pages.viewer(ctx);
    List<Exported> all = articles.allBy(viewer.id()).stream().map(Exported::of).toList();
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Disposition", attachment("inkwell-export-" + viewer.username() + ".zip"));
    ctx.contentType("application/zip");
    try (var zip = new ZipOutputStream(ctx.outputStream(), StandardCharsets.UTF_8)) {
      Set<String> names = new HashSet<>();
      for (Exported article : all) {
        put(zip, uniqueName(article.slug(), names), article.updatedAt());
        zip.write(markdown(article).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      put(zip, "articles.json", Instant.now());
      Json.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).withDefaultPrettyPrinter()
          .writeValue(zip, new ExportFile(viewer.username(), Instant.now(), all));
      zip.closeEntry();
    }
  }

  /** The article as a Markdown file whose front matter is YAML: each string written as a (JSON-escaped) quoted scalar. */
  static String markdown(Exported a) throws JsonProcessingException {
    return "---\n"
        + "title: " + quoted(a.title()) + "\n"
        + "description: " + quoted(a.description()) + "\n"
        + "slug: " + quoted(a.slug()) + "\n"
        + "tags: " + Json.MAPPER.writeValueAsString(a.tagList()) + "\n"
        + "created: " + Format.iso(a.createdAt()) + "\n"
        + "updated: " + Format.iso(a.updatedAt()) + "\n"
        + "draft: " + a.draft() + "\n"
        + "favorites: " + a.favoritesCount() + "\n"
        + "---\n\n"
        + (a.body() == null ? "" : a.body()) + "\n";
  }

  private static String quoted(String value) throws JsonProcessingException {
    return Json.MAPPER.writeValueAsString(value == null ? "" : value);
  }

  private static void put(ZipOutputStream zip, String name, Instant modified) throws IOException {
    var entry = new ZipEntry(name);
    if (modified != null) entry.setLastModifiedTime(FileTime.from(modified));
    zip.putNextEntry(entry);
  }

  /** "slug.md": slugs are already safe, but a file name inside a zip must never hold a path, so it is made sure. */
  private static String uniqueName(String slug, Set<String> taken) {
    String base = slug.replaceAll("[^\\p{L}\\p{N}_-]+", "-");
    if (base.isBlank() || base.length() > 120) base = base.isBlank() ? "article" : base.substring(0, 120);
    String name = base + ".md";
    for (int n = 2; !taken.add(name); n++) name = base + "-" + n + ".md";
    return name;
  }

  /** RFC 6266: an ASCII name for every browser, and the exact (UTF-8) one for those that read filename*. */
  private static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
