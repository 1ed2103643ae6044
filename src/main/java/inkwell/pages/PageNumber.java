package inkwell.pages;

import inkwell.http.Paging;
import io.javalin.http.Context;

/** ?page=N of a list page: 20 articles a page, N from 1; anything else reads as the first page. */
public record PageNumber(int number) {
  public static final int SIZE = 20;
  private static final int LAST_PAGE_ASKED = 100_000;   // keeps the offset far from int overflow

  public static PageNumber of(Context ctx) {
    String raw = ctx.queryParam("page");
    try {
      int n = raw == null ? 1 : Integer.parseInt(raw.trim());
      return new PageNumber(Math.max(1, Math.min(n, LAST_PAGE_ASKED)));
    } catch (NumberFormatException e) {
      return new PageNumber(1);
    }
  }

  public Paging paging() {
    return new Paging(SIZE, (number - 1) * SIZE);
  }

  /** Links for the pager: the previous page (0 when none) and the next one (0 when this is the last). */
  public Pager pager(String basePath, long total) {
    int last = (int) Math.max(1, (total + SIZE - 1) / SIZE);
    return new Pager(basePath, number, number > 1 ? number - 1 : 0, number < last ? number + 1 : 0, last);
  }

  public record Pager(String basePath, int current, int previous, int next, int last) {
    public String href(int page) {
      return page == 1 ? basePath : basePath + "?page=" + page;
    }
  }
}
