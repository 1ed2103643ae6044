package inkwell.articles;

/** Just enough of an article to find it and decide who may change it. */
public record ArticleKey(long id, String slug, long authorId) {}
