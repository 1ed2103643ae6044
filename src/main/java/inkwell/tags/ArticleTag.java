package inkwell.tags;

/** One tag of one article (rows of a whole page's tags, fetched in one query). */
public record ArticleTag(long articleId, String name) {}
