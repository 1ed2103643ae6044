package inkwell.pages;

import inkwell.articles.ArticleWrites;
import inkwell.articles.Articles;
import inkwell.auth.Identity;
import inkwell.http.Invalid;
import io.javalin.http.Context;

/**
 * The editor: writing, editing, previewing and deleting an article through HTML forms, with the same rules as the
 * API (ArticleWrites). A failed save shows the same form again, values kept, errors beside the fields (422).
 *   GET  /editor                     a blank form;          POST /editor          creates (303 to the article)
 *   GET  /editor/{slug}              the author's own form; POST /editor/{slug}   saves it
 *   POST /editor/{slug}/delete       deletes (303 to /)
 *   POST /editor/preview             body=... -> the Markdown as the article page renders it (an HTML fragment)
 * Every POST carries the csrf field (auth/TokenCheck).
 */
public final class EditorPages {
  private final Pages pages;
  private final Articles articles;
  private final ArticleWrites writes;
  private final Markdown markdown;

  public EditorPages(Pages pages, Articles articles, ArticleWrites writes, Markdown markdown) {
    this.pages = pages;
    this.articles = articles;
    this.writes = writes;
    this.markdown = markdown;
  }

  public void blank(Context ctx) {
    show(ctx, 200, EditorForm.blank());
  }

  /** Only the author may open it: 403 for anyone else, 404 for someone else's draft (as the API). */
  public void edit(Context ctx) {
    long me = Identity.of(ctx).userId();
    var key = writes.editable(ctx.pathParam("slug"), me);
    show(ctx, 200, EditorForm.of(articles.one(key.slug(), me)));
  }

  public void create(Context ctx) {
    save(ctx, null);
  }

  public void update(Context ctx) {
    save(ctx, ctx.pathParam("slug"));
  }

  public void delete(Context ctx) {
    var me = Identity.of(ctx);
    writes.delete(ctx.pathParam("slug"), me.userId(), me.isAdmin());
    pages.redirect(ctx, "/");
  }

  /**
   * The script's live preview: the body as sanitised HTML, never stored. An article whose slug is "preview" has its
   * editor posting here too; that form sends a title, which the script's request never does, so it is saved.
   */
  public void preview(Context ctx) {
    if (ctx.formParam("title") != null) {
      save(ctx, "preview");
      return;
    }
    String body = FormText.of(ctx, "body");
    FormText.refuseNul("body", body);
    pages.send(ctx, 200, markdown.toSafeHtml(body));
  }

  /** Saves the form (303 to the article, which a draft's author sees too), or with action=preview only shows it. */
  private void save(Context ctx, String slug) {
    long me = Identity.of(ctx).userId();
    var key = slug == null ? null : writes.editable(slug, me);
    var form = EditorForm.posted(ctx, slug);
    try {
      var input = form.toInput();
      if ("preview".equals(ctx.formParam("action"))) {
        show(ctx, 200, form.withPreview(markdown.toSafeHtml(input.body())));
        return;
      }
      var saved = slug == null ? writes.create(Identity.user(ctx), input) : writes.update(key, me, input);
      pages.redirect(ctx, "/articles/" + saved.slug());
    } catch (Invalid e) {
      show(ctx, 422, form.withErrors(e.errors()));
    }
  }

  private void show(Context ctx, int status, EditorForm form) {
    String title = form.isNew() ? "New article" : "Edit article";
    var frame = pages.frame(ctx, title, null, form.action()).inSection("write");
    pages.send(ctx, status, pages.render("editor.jte", "frame", frame, "form", form));
  }
}
