package inkwell.pages;

import java.time.Instant;
import java.util.List;

/**
 * An Atom feed (RFC 4287) as text. Every value goes through {@link Xml#escape}; an entry's content is its sanitised
 * HTML, escaped once more as the text of a type="html" element, which is how Atom carries HTML.
 *
 * @param id the feed's permanent id: its own absolute address
 * @param page the HTML page the feed belongs to (link rel="alternate")
 * @param author who the feed is by: the blog's name, or the writer of a profile's feed
 */
record AtomFeed(String id, String title, String subtitle, String page, String author, List<Entry> entries) {

  /** One article. id is the article's absolute address; html its sanitised, rendered body. */
  record Entry(String id, String title, String link, Instant published, Instant updated, String author,
      String authorUri, String summary, String html, List<String> categories) {}

  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

  String write() {
    var xml = new StringBuilder(4096 + entries.size() * 2048);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    element(xml, "  ", "id", id);
    element(xml, "  ", "title", title);
    if (subtitle != null && !subtitle.isBlank()) element(xml, "  ", "subtitle", subtitle);
    element(xml, "  ", "updated", Format.iso(updated()));
    xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(id)).append("\"/>\n");
    xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(page)).append("\"/>\n");
    xml.append("  <author><name>").append(Xml.escape(author)).append("</name></author>\n");
    xml.append("  <generator>Inkwell</generator>\n");
    for (Entry e : entries) entry(xml, e);
    return xml.append("</feed>\n").toString();
  }

  /** The newest change of any entry (an empty feed: the epoch, so the document stays the same until one appears). */
  Instant updated() {
    return entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
  }

  private static void entry(StringBuilder xml, Entry e) {
    xml.append("  <entry>\n");
    element(xml, "    ", "id", e.id());
    element(xml, "    ", "title", e.title());
    xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(e.link())).append("\"/>\n");
    element(xml, "    ", "published", Format.iso(e.published()));
    element(xml, "    ", "updated", Format.iso(e.updated()));
    xml.append("    <author><name>").append(Xml.escape(e.author())).append("</name><uri>")
        .append(Xml.escape(e.authorUri())).append("</uri></author>\n");
    for (String tag : e.categories()) xml.append("    <category term=\"").append(Xml.escape(tag)).append("\"/>\n");
    if (e.summary() != null && !e.summary().isBlank()) element(xml, "    ", "summary", e.summary());
    xml.append("    <content type=\"html\">").append(Xml.escape(e.html())).append("</content>\n");
    xml.append("  </entry>\n");
  }

  private static void element(StringBuilder xml, String indent, String name, String text) {
    xml.append(indent).append('<').append(name).append('>').append(Xml.escape(text)).append("</").append(name).append(">\n");
  }
}
