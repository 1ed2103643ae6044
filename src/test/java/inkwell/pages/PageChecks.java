package inkwell.pages;

import com.deque.html.axecore.selenium.AxeBuilder;
import inkwell.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every page of the blog must be in a browser, checked on the page now open: accessible and no wider than the window. */
final class PageChecks {
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private PageChecks() {}

  /**
   * The elements sticking out past the window's right edge, if the page scrolls sideways (empty if it does not): a
   * 360 px phone must never need to pan to read a line.
   */
  @SuppressWarnings("unchecked")
  static List<String> sidewaysScroll(Browser browser) {
    return (List<String>) browser.script("""
        const width = window.innerWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 0.5);
        return ['page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window'].concat(
            wide.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' reaches '
                + Math.round(e.getBoundingClientRect().right) + ' px'));
        """);
  }

  /**
   * Deque's axe-core (bundled in its jar, so offline) on the page: each serious or critical violation, with where.
   * Naming rules runs only those (quicker, for a second look at the same page in another mode).
   */
  static List<String> axeViolations(Browser browser, String... onlyRules) {
    var axe = new AxeBuilder();
    if (onlyRules.length > 0) axe.withOnlyRules(List.of(onlyRules));
    var problems = new ArrayList<String>();
    for (var rule : axe.analyze(browser.driver()).getViolations()) {
      if (!BLOCKING.contains(rule.getImpact())) continue;
      var where = rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
      problems.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + where);
    }
    return problems;
  }

  /**
   * Our own checks of what axe would also catch, kept because they say plainly what the blog promises: a language,
   * one h1, the landmarks, a label for every field, alt on every image, text on every link and button.
   */
  @SuppressWarnings("unchecked")
  static List<String> basics(Browser browser) {
    return (List<String>) browser.script("""
        const problems = [];
        if (!document.documentElement.lang) problems.push('<html> has no lang');
        const h1s = document.querySelectorAll('h1').length;
        if (h1s !== 1) problems.push(h1s + ' h1 elements, not one');
        for (const landmark of ['header', 'nav', 'main', 'footer'])
          if (!document.querySelector(landmark)) problems.push('no <' + landmark + '>');
        for (const field of document.querySelectorAll('input:not([type=hidden]), textarea, select')) {
          const label = (field.id && document.querySelector('label[for="' + CSS.escape(field.id) + '"]')) || field.closest('label')
              || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
          if (!label) problems.push('field without a label: ' + field.outerHTML.slice(0, 80));
        }
        for (const img of document.querySelectorAll('img'))
          if (!img.hasAttribute('alt')) problems.push('image without alt: ' + img.outerHTML.slice(0, 80));
        for (const a of document.querySelectorAll('a[href], button'))
          if (!(a.textContent.trim() || a.getAttribute('aria-label') || a.querySelector('img[alt]:not([alt=""])')))
            problems.push('no text on ' + a.outerHTML.slice(0, 80));
        return problems;
        """);
  }

  /**
   * WCAG contrast ratios against the page's background of body text, the first link in main, and muted text, as
   * the browser computed them (so for whichever colour scheme is in force).
   */
  @SuppressWarnings("unchecked")
  static Map<String, Number> contrast(Browser browser) {
    return (Map<String, Number>) browser.script("""
        const rgb = css => css.match(/[\\d.]+/g).slice(0, 3).map(Number);
        const luminance = css => {
          const [r, g, b] = rgb(css).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a, b) => { const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); };
        const background = getComputedStyle(document.body).backgroundColor;
        const colour = selector => { const e = document.querySelector(selector); return e ? getComputedStyle(e).color : null; };
        const result = { text: ratio(getComputedStyle(document.body).color, background) };
        const link = colour('main a:not(.button)'), muted = colour('.meta, .lead');
        if (link) result.link = ratio(link, background);
        if (muted) result.muted = ratio(muted, background);
        return result;
        """);
  }
}
