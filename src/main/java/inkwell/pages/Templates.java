package inkwell.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The jte templates under src/main/jte, compiled to classes in inkwell.pages.view by the build (jte-maven-plugin):
 * nothing is parsed or compiled at run time, and every ${...} is HTML-escaped unless a template says otherwise
 * ($unsafe, used only for sanitised Markdown).
 */
public final class Templates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), "inkwell.pages.view");

  /** Renders {@code name} ("home.jte") with its @params by name. */
  public String render(String name, Map<String, Object> params) {
    var out = new StringOutput(8 * 1024);
    engine.render(name, params, out);
    return out.toString();
  }
}
