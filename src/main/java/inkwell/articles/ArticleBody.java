package inkwell.articles;

/** An article's Markdown body by id, fetched for a whole list at once (list rows leave bodies out). */
public record ArticleBody(long id, String body) {}
