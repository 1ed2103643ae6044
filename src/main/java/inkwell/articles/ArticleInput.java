package inkwell.articles;

import java.util.List;

/**
 * What an author writes: the body of POST and PUT /api/articles (inside "article"), and what an HTML form will send.
 * On create title, description and body are required; on update a null field is left as it was, and tagList, when
 * given, replaces the tags. draft (our extension): true keeps the article to its author; false publishes it.
 */
public record ArticleInput(String title, String description, String body, List<String> tagList, Boolean draft) {}
