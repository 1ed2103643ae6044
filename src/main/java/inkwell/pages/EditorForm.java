package inkwell.pages;

import inkwell.articles.Article;
import inkwell.articles.ArticleInput;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The editor's form as the writer sees it: the values typed (kept on a failed save), the errors beside each field, and
 * the preview when asked for without JavaScript.
 *
 * @param slug the article being edited, null for a new one
 * @param tags as typed: names separated by spaces or commas
 * @param errors field name (as in the form) to messages
 * @param preview the body rendered as the article page will show it, or null
 */
public record EditorForm(String slug, String title, String description, String body, String tags, boolean draft,
    Map<String, List<String>> errors, String preview) {

  public static EditorForm blank() {
    return new EditorForm(null, "", "", "", "", false, Map.of(), null);
  }

  public static EditorForm of(Article article) {
    return new EditorForm(article.slug(), article.title(), article.description(), article.body(),
        String.join(" ", article.tagList()), Boolean.TRUE.equals(article.draft()), Map.of(), null);
  }

  /** What was posted; a checkbox left unticked is not sent at all, so an absent draft means publish. */
  static EditorForm posted(Context ctx, String slug) {
    return new EditorForm(slug, FormText.of(ctx, "title"), FormText.of(ctx, "description"), FormText.of(ctx, "body"),
        FormText.of(ctx, "tags"), ctx.formParam("draft") != null, Map.of(), null);
  }

  /** The input the API would get: tags split on spaces and commas (ArticleWrites normalises them as it does the API's). */
  ArticleInput toInput() {
    FormText.refuseNul("title", title);
    FormText.refuseNul("description", description);
    FormText.refuseNul("body", body);
    FormText.refuseNul("tags", tags);
    List<String> tagList = Arrays.stream(tags.split("[\\s,]+")).filter(t -> !t.isBlank()).toList();
    return new ArticleInput(title, description, body, tagList, draft);
  }

  /** The rules name the tags "tagList", as the API's JSON does; the form calls the field "tags". */
  EditorForm withErrors(Map<String, List<String>> byRule) {
    var byField = new java.util.LinkedHashMap<String, List<String>>();
    byRule.forEach((field, messages) -> byField.merge(field.equals("tagList") ? "tags" : field, messages,
        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
    return new EditorForm(slug, title, description, body, tags, draft, byField, preview);
  }

  EditorForm withPreview(String html) {
    return new EditorForm(slug, title, description, body, tags, draft, errors, html);
  }

  public boolean isNew() {
    return slug == null;
  }

  public String action() {
    return isNew() ? "/editor" : "/editor/" + slug;
  }

  public List<String> errorsFor(String field) {
    return errors.getOrDefault(field, List.of());
  }

  /** For the summary at the top: each message with the field it belongs to (a link to it when it is on the form). */
  public List<Problem> problems() {
    return errors.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(message -> new Problem(e.getKey(), message)))
        .toList();
  }

  public record Problem(String field, String message) {
    public boolean onForm() {
      return List.of("title", "description", "body", "tags").contains(field);
    }

    public String label() {
      return switch (field) {
        case "title" -> "Title";
        case "description" -> "Description";
        case "body" -> "Body";
        case "tags" -> "Tags";
        default -> field;
      };
    }
  }
}
