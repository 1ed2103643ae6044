package inkwell.tags;

import inkwell.speed.ReadCache;
import io.javalin.http.Context;
import java.util.List;

/**
 * Tags in use.
 *   curl localhost:7070/api/tags
 *   curl 'localhost:7070/api/tags?withCounts=true'
 */
public final class TagHandlers {
  private final TagDao tags;
  private final ReadCache reads;

  public TagHandlers(TagDao tags, ReadCache reads) {
    this.tags = tags;
    this.reads = reads;
  }

  record TagList(List<String> tags) {}
  record TagCountList(List<TagCount> tags) {}

  public void list(Context ctx) {
    boolean withCounts = "true".equalsIgnoreCase(ctx.queryParam("withCounts"));
    reads.respond(ctx, () -> {
      var counts = tags.countInUse();
      return withCounts ? new TagCountList(counts) : new TagList(counts.stream().map(TagCount::name).toList());
    });
  }
}
