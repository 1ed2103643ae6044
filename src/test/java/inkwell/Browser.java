package inkwell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A headless Debian Chromium driven by Selenium through Debian's chromedriver, to use pages as a person would: open,
 * wait for something to show, click, type, read, take a screenshot. One per test class, as it takes a second to start:
 * {@code @RegisterExtension static final Browser browser = Browser.perClass();} launches it before the first test and
 * quits it after the last. Every wait gives up after 20 s with the page's console errors in the message.
 *
 * <p>Without /usr/bin/chromium and /usr/bin/chromedriver the class is skipped, unless INKWELL_REQUIRE_BROWSER=1 (CI
 * sets it after .ci/install-chromium.sh), which makes it fail instead.
 */
public final class Browser implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  // We send DevTools commands through chromedriver (executeCdpCommand) and need none of Selenium's per-version DevTools
  // modules, so its warning that none matches this Chromium is noise. (Held here: java.util.logging keeps loggers weakly.)
  private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
  }

  private final boolean javaScript;
  private Path home;
  private ChromeDriver driver;

  private Browser(boolean javaScript) {
    this.javaScript = javaScript;
  }

  public static Browser perClass() {
    return new Browser(true);
  }

  /**
   * Like {@link #perClass()}, but the pages' own scripts never run, as for a reader who turned JavaScript off. The
   * test's executeScript and element look-ups still work: they come in through DevTools, not the page.
   */
  public static Browser perClassWithoutJavaScript() {
    return new Browser(false);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (installed() || "1".equals(System.getenv("INKWELL_REQUIRE_BROWSER"))) return ConditionEvaluationResult.enabled("a browser");
    return ConditionEvaluationResult.disabled(CHROMIUM + " or " + CHROMEDRIVER + " is missing; .ci/install-chromium.sh installs them");
  }

  private static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!installed()) {
      throw new AssertionError("INKWELL_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; .ci/install-chromium.sh installs them");
    }
    // Naming the driver skips Selenium Manager, which would otherwise look for (and try to download) a browser and driver.
    // HOME and TMPDIR point into a temp dir of ours so that neither leaves anything in ~/.config or /tmp.
    try {
      home = Files.createTempDirectory("inkwell-browser");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("HOME", home.toString(), "TMPDIR", home.toString())).build();
    // Root needs --no-sandbox. The network is closed here, so nothing may phone home (or each start waits on it).
    var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
        "--window-size=1280,900", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));  // console errors, for failure messages
    // The content setting a user flips in chrome://settings/content/javascript, here set as a managed default.
    if (!javaScript) options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    driver = new ChromeDriver(service, options);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (driver != null) driver.quit();
    if (home == null) return;
    try (var paths = Files.walk(home)) {
      for (var path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
    }
  }

  /** Selenium's own driver, for whatever this class does not wrap. */
  public WebDriver driver() {
    return driver;
  }

  /** Loads {@code url} and waits for its load event; follow with a wait for what the page must show. */
  public void open(String url) {
    driver.get(url);
  }

  /** The first element matching {@code css} once it is shown. */
  public WebElement waitFor(String css) {
    return waitUntil(css + " to show", d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** Asks {@code condition} until it gives something other than null or false, and returns that. */
  public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, TIMEOUT)
          .ignoring(StaleElementReferenceException.class)   // the page re-rendered under us: ask again
          .ignoring(ElementClickInterceptedException.class) // something (a modal, an animation) is still in the way
          .ignoring(ElementNotInteractableException.class)
          .until(condition::apply);
    } catch (TimeoutException e) {
      throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what + " at " + driver.getCurrentUrl() + consoleErrors(), e);
    }
  }

  public void waitUntilGone(String css) {
    waitUntil(css + " to disappear", d -> d.findElements(By.cssSelector(css)).isEmpty());
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public void click(String css) {
    waitUntil("something to click at " + css, d -> {
      d.findElement(By.cssSelector(css)).click();
      return true;
    });
  }

  /**
   * Clicks what leads to another page (a link, a form's submit button) and waits until that page has loaded: the old
   * page's root element is gone and the new document is complete.
   */
  public void clickToNewPage(String css) {
    var oldPage = driver.findElement(By.tagName("html"));
    click(css);
    waitUntil("a new page after clicking " + css, d -> isGone(oldPage));
    waitUntil("the new page to load", d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /**
   * Whether an element of an earlier page is gone. Selenium's stalenessOf expects StaleElementReferenceException, but
   * while the next page replaces the document Chrome may instead say "Node with given id does not belong to the
   * document", which means the same.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
      throw e;
    }
  }

  /** Ticks or unticks the checkbox at {@code css}. */
  public void check(String css, boolean ticked) {
    var box = waitFor(css);
    if (box.isSelected() != ticked) box.click();
  }

  /** The path (and query) of the page now shown, as "/articles/x". */
  public String path() {
    var url = java.net.URI.create(driver.getCurrentUrl());
    return url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
  }

  /** Replaces the text of the input at {@code css} with {@code text}, typed key by key. */
  public void type(String css, String text) {
    var input = waitFor(css);
    input.clear();
    input.sendKeys(text);
  }

  /** The visible text of the first element matching {@code css}, once it has some. */
  public String text(String css) {
    return waitUntil("text at " + css, d -> {
      String text = d.findElement(By.cssSelector(css)).getText().trim();
      return text.isEmpty() ? null : text;
    });
  }

  /**
   * Lays pages out as a 360 px wide phone does, meta viewport and all: a page without one is laid out 980 px wide and
   * shrunk to fit, as on a real phone.
   */
  public void phone() {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
  }

  /** Runs {@code js} in the page (arguments as arguments[0], ...) and returns what it returns. */
  public Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /**
   * Runs {@code js} in every document this browser loads from now on, before the page's own scripts: to hook
   * window.alert or the console before a page could call them. (DevTools injects it, so the page's CSP does not apply.)
   */
  public void beforeEveryPage(String js) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", js));
  }

  /** Makes the pages see prefers-color-scheme: {@code scheme} ("light" or "dark"), as if the system were set so. */
  public void colorScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Back to the 1280 x 900 desktop window. */
  public void desktop() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Saves the whole page, not only what fits in the window, as target/screenshots/{@code name}.png, and returns the path. */
  public Path screenshot(String name) {
    @SuppressWarnings("unchecked")
    var size = (List<Number>) driver.executeScript("const e = document.documentElement; return [e.scrollWidth, e.scrollHeight];");
    var clip = Map.<String, Object>of("x", 0, "y", 0, "width", size.get(0), "height", size.get(1), "scale", 1);
    var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(SCREENSHOTS);
      return Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String consoleErrors() {
    try {
      var errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(entry -> entry.getMessage()).toList();
      return errors.isEmpty() ? "" : "\nerrors in the page:\n  " + String.join("\n  ", errors);
    } catch (RuntimeException e) {
      return "\n(no console log: " + e.getMessage() + ")";
    }
  }
}
