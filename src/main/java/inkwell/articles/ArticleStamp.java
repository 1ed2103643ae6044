package inkwell.articles;

import java.time.Instant;

/** Where a published article lives and when it last changed: a sitemap line. */
public record ArticleStamp(String slug, Instant updatedAt) {}
