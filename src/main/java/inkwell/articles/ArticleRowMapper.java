package inkwell.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * An ArticleRow mapped by hand, for the feed (FeedQueries), which reads one on every request the read cache cannot
 * answer: Jdbi's constructor mapper specialises itself anew for each result set (as auth/CallerMapper explains).
 * Times as Jdbi maps an Instant: JDBC timestamps (SQLite's epoch milliseconds, PostgreSQL's timestamptz); booleans
 * as JDBC reads them on both (SQLite's 0 and 1).
 */
final class ArticleRowMapper implements RowMapper<ArticleRow> {
  static final ArticleRowMapper ROW = new ArticleRowMapper();

  @Override
  public ArticleRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ArticleRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("description"),
        rs.getString("body"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("author_id"),
        rs.getString("author_username"), rs.getString("author_bio"), rs.getString("author_image"),
        rs.getBoolean("following"), rs.getBoolean("favorited"), rs.getLong("favorites_count"), rs.getBoolean("draft"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
