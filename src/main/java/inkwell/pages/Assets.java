package inkwell.pages;

import inkwell.http.NotFound;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The blog's only two static files, site.css and site.js, under a name that holds a hash of their content
 * ("/assets/site.3f9a0c21.css"). A changed file gets a new name, so a browser may keep each one forever
 * (Cache-Control: immutable) and a first visit costs at most three requests: the page, the stylesheet, the script.
 */
public final class Assets {
  private record Asset(String path, byte[] bytes, String contentType) {}

  private final Asset stylesheet = load("site.css", "text/css; charset=utf-8");
  private final Asset script = load("site.js", "text/javascript; charset=utf-8");
  private final Map<String, Asset> byPath = Map.of(stylesheet.path(), stylesheet, script.path(), script);

  public String stylesheet() {
    return stylesheet.path();
  }

  public String script() {
    return script.path();
  }

  /** GET /assets/{file}: an asset by its fingerprinted name; any other name (an old fingerprint too) is 404. */
  public void serve(Context ctx) {
    var asset = byPath.get(ctx.path());
    if (asset == null) throw new NotFound("asset", ctx.pathParam("file"));
    ctx.header("Cache-Control", "public, max-age=31536000, immutable");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType(asset.contentType()).result(asset.bytes());
  }

  /**
   * GET /favicon.ico, which browsers ask for on their own: "no icon" (204), cached for a day, rather than a 404 in
   * every page's console. The blog has no icon so that a first visit stays at three requests.
   */
  public void noFavicon(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.status(204);
  }

  private static Asset load(String name, String contentType) {
    try (InputStream in = Assets.class.getResourceAsStream("assets/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource inkwell/pages/assets/" + name);
      byte[] bytes = in.readAllBytes();
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
      int dot = name.lastIndexOf('.');
      return new Asset("/assets/" + name.substring(0, dot) + "." + hash + name.substring(dot), bytes, contentType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
