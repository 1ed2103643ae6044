package inkwell.web;

import static inkwell.web.SweepCase.Expect.ANSWERED;
import static inkwell.web.SweepCase.Expect.REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

/** Odd methods and odd query values and paths: the request line itself, with no body. */
final class MalformedRequestLines {
  private MalformedRequestLines() {}

  /** A GET route and the token it needs (null when anyone may call it). */
  record Route(String path, String token) {}

  static final List<String> ODD_METHODS = List.of("PROPFIND", "TRACE", "FOO", "PATCH", "get", "M".repeat(1000));

  static List<SweepCase> methods(List<Route> routes) {
    var cases = new ArrayList<SweepCase>();
    for (var route : routes) {
      for (String method : ODD_METHODS) cases.add(SweepCase.of("odd methods", MalformedBodies.shorten(method) + " " + route.path(), get(method, route), REFUSED));
      cases.add(SweepCase.of("odd methods", "OPTIONS " + route.path(), get("OPTIONS", route), ANSWERED));
      cases.add(SweepCase.of("odd methods", "CONNECT " + route.path(), get("CONNECT", route), REFUSED));
      cases.add(SweepCase.of("odd methods", "bad token G@T " + route.path(), get("G@T", route), REFUSED));
    }
    return cases;
  }

  /** A method the route does not have: 405 naming the ones it has (RFC 9110 §15.5.6). */
  static List<SweepCase> methodNotAllowed(List<Route> routes) {
    var cases = new ArrayList<SweepCase>();
    for (var route : routes) {
      for (String method : List.of("PROPFIND", "TRACE", "FOO", "PATCH")) {
        cases.add(SweepCase.of("405", method + " " + route.path(), get(method, route), REFUSED).and(reply -> {
          assertEquals(405, reply.status(), reply.toString());
          assertNotNull(reply.header("Allow"), reply.toString());
        }));
      }
    }
    return cases;
  }

  /** HEAD answers as GET does, without a body. */
  static List<SweepCase> head(List<Route> routes) {
    return routes.stream().map(route -> SweepCase.of("HEAD", "HEAD " + route.path(), get("HEAD", route), ANSWERED)
        .and(reply -> assertEquals("", reply.bodyText(), "HEAD has no body"))).toList();
  }

  static List<SweepCase> queries(List<Route> routes) {
    var queries = new ArrayList<>(List.of("limit=-1", "limit=0", "limit=101", "limit=abc", "limit=1.5", "limit=1e99",
        "limit=99999999999999999999", "limit=", "limit", "limit=%20", "limit=0x10", "limit=%zz", "limit=1&limit=2",
        "offset=-1", "offset=1e99", "offset=abc", "offset=2147483648", "offset=99999999999999999999", "offset=1&offset=x",
        "tag=%00", "author=%00", "favorited=%00", "tag=%zz", "tag=%ff", "tag=%C0%80", "tag=%ED%A0%80", "tag=a&tag=b&tag=c",
        "tag=" + "t".repeat(7000), "author=" + "%C3%A9".repeat(1000), "withCounts=%00", "cookie=%00", "&&&", "=", "==&==",
        "%", "a%", "limit=20#fragment", "tag=a+b", "tag[]=a", "x=" + "y".repeat(20_000)));
    // Every odd value on the article list, which reads them all; a sample on the other lists.
    var sample = List.of("limit=-1", "limit=abc", "limit=1e99", "offset=-1", "offset=99999999999999999999", "limit=1&limit=2",
        "%", "=", "tag=%00", "x=%ff", "&&&", "x=" + "y".repeat(20_000));
    var cases = new ArrayList<SweepCase>();
    for (var route : routes) {
      for (String query : route == routes.get(0) ? queries : sample) {
        cases.add(SweepCase.of("odd queries", "GET " + route.path() + "?" + MalformedBodies.shorten(query),
            SweepCase.request("GET", route.path() + "?" + query, route.token(), List.of(), new byte[0]), ANSWERED));
      }
    }
    return cases;
  }

  /** Path segments that are not what a route expects: NUL, bad escapes, overlong, non-numeric ids. */
  static List<SweepCase> paths(String slug, String token) {
    var cases = new ArrayList<SweepCase>();
    for (String path : List.of("/api/articles/%00", "/api/articles/%zz", "/api/articles/%ff", "/api/articles/%C0%80",
        "/api/articles/a%2Fb", "/api/articles/" + "s".repeat(4000), "/api/profiles/%00", "/api/profiles/%ED%A0%80",
        "/api/profiles/a%2F..%2F..", "/api/articles/" + slug + "/comments/abc", "/api/articles/..%2F..%2Fapi%2Ftags",
        "/api//articles", "/api/articles/./" + slug, "//api/tags", "/api/tags/%2e%2e/user")) {
      cases.add(SweepCase.of("odd paths", "GET " + MalformedBodies.shorten(path),
          SweepCase.request("GET", path, token, List.of(), new byte[0]), ANSWERED));
    }
    for (String id : List.of("abc", "-1", "1e3", "99999999999999999999", "%00", "0x1", "")) {
      String path = "/api/articles/" + slug + "/comments/" + id;
      cases.add(SweepCase.of("odd paths", "DELETE " + path, SweepCase.request("DELETE", path, token, List.of(), new byte[0]), REFUSED));
    }
    return cases;
  }

  private static byte[] get(String method, Route route) {
    return SweepCase.request(method, route.path(), route.token(), List.of(), new byte[0]);
  }
}
