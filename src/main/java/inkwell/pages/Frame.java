package inkwell.pages;

import java.util.List;

/**
 * Everything the layout needs around a page's own content: titles and meta for people, search engines and chat
 * previews, the feed links, the fingerprinted assets, who is signed in and the form token.
 *
 * @param title the page's own title ("" on the home page); the layout appends the blog's name
 * @param canonical this page's absolute address, for rel="canonical" and og:url
 * @param feeds rel="alternate" Atom feeds for this page (the blog's own first)
 * @param openGraph article pages' preview card, else null
 * @param csrf the value every form on the page carries in its hidden csrf field
 */
public record Frame(
    String blogTitle,
    String title,
    String description,
    String canonical,
    List<Feed> feeds,
    OpenGraph openGraph,
    Viewer viewer,
    String csrf,
    String stylesheet,
    String script,
    String main) {

  public record Feed(String title, String href) {}

  /** og:* and twitter:* meta of an article page. */
  public record OpenGraph(String type, String title, String description, String image, String publishedTime) {}

  public String fullTitle() {
    return title == null || title.isBlank() ? blogTitle : title + " · " + blogTitle;
  }

  public Frame withOpenGraph(OpenGraph og) {
    return new Frame(blogTitle, title, description, canonical, feeds, og, viewer, csrf, stylesheet, script, main);
  }

  public Frame withFeed(Feed feed) {
    var all = new java.util.ArrayList<>(feeds);
    all.add(feed);
    return new Frame(blogTitle, title, description, canonical, List.copyOf(all), openGraph, viewer, csrf, stylesheet, script, main);
  }

  /** Which navigation entry is current (aria-current): "home", "write", "settings", ... */
  public Frame inSection(String section) {
    return new Frame(blogTitle, title, description, canonical, feeds, openGraph, viewer, csrf, stylesheet, script, section);
  }

  public boolean isSection(String section) {
    return section.equals(main);
  }
}
