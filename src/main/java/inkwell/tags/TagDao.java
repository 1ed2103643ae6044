package inkwell.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Tags and their links to articles; SQL in resources/inkwell/tags/TagDao/. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(TagCount.class)
@RegisterConstructorMapper(ArticleTag.class)
public interface TagDao {

  /** Tags some article still uses, most used first; tags left unused drop out by themselves. */
  @SqlQuery
  List<TagCount> countInUse();

  @SqlQuery
  List<ArticleTag> findForArticles(@BindList("articleIds") Collection<Long> articleIds);

  @SqlQuery
  List<ArticleTag> findForAuthor(long authorId);

  /** One batch for all names: a tag already known is left alone. */
  @SqlBatch
  void insertMissing(List<String> name);

  @SqlUpdate
  void unlinkAll(long articleId);

  /** Replaces an article's tags with {@code names} (already normalised), recording the order they were given in. */
  default void setTags(long articleId, List<String> names) {
    unlinkAll(articleId);
    if (names.isEmpty()) return;
    insertMissing(names);
    link(articleId, names, IntStream.range(0, names.size()).boxed().toList());
  }

  @SqlBatch
  void link(long articleId, List<String> name, List<Integer> position);

  /** The tags of each of the given articles, in one query, each article's sorted by name (as RealWorld answers). */
  default Map<Long, List<String>> tagsOf(Collection<Long> articleIds) {
    if (articleIds.isEmpty()) return new HashMap<>();
    return byArticle(findForArticles(articleIds));
  }

  /** The tags of every article of one author, drafts included, in one query however many there are. */
  default Map<Long, List<String>> tagsOfAuthor(long authorId) {
    return byArticle(findForAuthor(authorId));
  }

  /** Tag links grouped by article, in the order given (FeedQueries reads its links with the core API). */
  static Map<Long, List<String>> byArticle(List<ArticleTag> links) {
    var byArticle = new HashMap<Long, List<String>>();
    for (ArticleTag t : links) {
      byArticle.computeIfAbsent(t.articleId(), id -> new ArrayList<>()).add(t.name());
    }
    return byArticle;
  }
}
