package inkwell.profiles;

import java.time.Instant;

/** A user who has published, and when their newest article last changed: a sitemap line for their profile. */
public record AuthorStamp(String username, Instant updatedAt) {}
