package inkwell.articles;

import java.util.List;

/** An article to create, validated: title trimmed, tags normalised (TagNames), in the order the author gave them. */
public record NewArticle(String title, String description, String body, List<String> tags, boolean draft,
                         long authorId) {}
