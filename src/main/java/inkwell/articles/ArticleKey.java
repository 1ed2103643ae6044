package inkwell.articles;

/** Just enough of an article to find it and decide who may change it (a draft is found by its author only). */
public record ArticleKey(long id, String slug, long authorId, boolean draft) {}
