package inkwell.tags;

import io.javalin.http.Context;
import java.util.List;

/**
 * Tags in use.
 *   curl localhost:7070/api/tags
 *   curl 'localhost:7070/api/tags?withCounts=true'
 */
public final class TagHandlers {
  private final TagDao tags;

  public TagHandlers(TagDao tags) {
    this.tags = tags;
  }

  record TagList(List<String> tags) {}
  record TagCountList(List<TagCount> tags) {}

  public void list(Context ctx) {
    var counts = tags.countInUse();
    if ("true".equalsIgnoreCase(ctx.queryParam("withCounts"))) ctx.json(new TagCountList(counts));
    else ctx.json(new TagList(counts.stream().map(TagCount::name).toList()));
  }
}
