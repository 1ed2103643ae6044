package inkwell.tags;

/** A tag and how many articles use it. */
public record TagCount(String name, long count) {}
