package inkwell.pages;

import inkwell.articles.Article;
import inkwell.articles.ArticleFilter;
import inkwell.articles.Articles;
import inkwell.comments.CommentDao;
import inkwell.comments.CommentRow;
import inkwell.tags.TagCount;
import inkwell.tags.TagDao;
import inkwell.http.NotFound;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** What readers see without signing in: the newest articles, a tag's articles, and one article with its comments. */
public final class ReaderPages {
  private static final int SIDEBAR_TAGS = 20;

  private final Pages pages;
  private final Articles articles;
  private final TagDao tags;
  private final CommentDao comments;
  private final Markdown markdown;

  public ReaderPages(Pages pages, Articles articles, TagDao tags, CommentDao comments, Markdown markdown) {
    this.pages = pages;
    this.articles = articles;
    this.tags = tags;
    this.comments = comments;
    this.markdown = markdown;
  }

  /** GET /: the newest articles, 20 a page (?page=N), with the most used tags beside them. */
  public void home(Context ctx) {
    var page = PageNumber.of(ctx);
    pages.sendPublic(ctx, () -> {
      var viewer = pages.viewer(ctx);
      var list = articles.page(new ArticleFilter(List.of(), null, null, viewer.signedIn() ? viewer.id() : null), page.paging());
      var frame = pages.frame(ctx, page.number() == 1 ? "" : "Page " + page.number(), null, page.pager("/", 0).href(page.number()))
          .inSection("home");
      return pages.render("home.jte", "frame", frame, "articles", list.articles(),
          "pager", page.pager("/", list.articlesCount()), "tags", popularTags());
    });
  }

  /**
   * GET /tags/{tag}: the newest articles with that tag, 20 a page. A tag no article carries is a 404 (a search engine
   * should not keep an empty page); a page past the last shows "nothing here".
   */
  public void tag(Context ctx) {
    String tag = ctx.pathParam("tag").toLowerCase(Locale.ROOT);
    var page = PageNumber.of(ctx);
    pages.sendPublic(ctx, () -> {
      var viewer = pages.viewer(ctx);
      var list = articles.page(new ArticleFilter(List.of(tag), null, null, viewer.signedIn() ? viewer.id() : null), page.paging());
      if (list.articlesCount() == 0) throw new NotFound("tag", tag);
      var pager = page.pager(Format.tagPath(tag), list.articlesCount());
      var frame = pages.frame(ctx, "#" + tag + (page.number() == 1 ? "" : " · page " + page.number()),
              "The newest articles tagged " + tag + " on " + pages.site().title() + ".", pager.href(page.number()))
          .withFeed(new Frame.Feed("#" + tag + " · " + pages.site().title(), pages.site().absolute(ctx, Format.tagPath(tag) + "/feed.xml")));
      return pages.render("tag.jte", "frame", frame, "tag", tag, "articles", list.articles(), "count", list.articlesCount(),
          "pager", pager);
    });
  }

  /** GET /articles/{slug}: the article, its Markdown rendered and sanitised, and its comments, oldest first. */
  public void article(Context ctx) {
    String slug = ctx.pathParam("slug");
    pages.sendPublic(ctx, () -> {
      var viewer = pages.viewer(ctx);
      Long viewerId = viewer.signedIn() ? viewer.id() : null;
      Article article = articles.one(slug, viewerId);
      var key = articles.key(slug, viewerId);
      List<CommentRow> thread = comments.findForArticle(key.id(), viewerId);
      var frame = pages.frame(ctx, article.title(), article.description(), "/articles/" + article.slug())
          .withOpenGraph(new Frame.OpenGraph("article", article.title(), article.description(),
              article.author().image(), Format.iso(article.createdAt())));
      return pages.render("article.jte", "frame", frame, "article", article,
          "html", markdown.article(article.slug(), article.updatedAt(), article.body()),
          "comments", thread.stream().map(row -> row.toComment(false)).toList());
    });
  }

  List<TagCount> popularTags() {
    var all = tags.countInUse();
    return all.size() > SIDEBAR_TAGS ? all.subList(0, SIDEBAR_TAGS) : all;
  }
}
