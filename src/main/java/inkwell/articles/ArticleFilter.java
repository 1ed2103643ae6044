package inkwell.articles;

import java.util.List;

/**
 * Which articles a list shows. Null means "no such filter"; tags match any of them. viewerId (null when anonymous)
 * decides "favorited" and "following".
 */
public record ArticleFilter(List<String> tags, String author, String favoritedBy, Long viewerId) {

  public boolean anyTag() {
    return !tags.isEmpty();
  }
}
