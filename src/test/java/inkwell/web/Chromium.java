package inkwell.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Debian Chromium driven over the Chrome DevTools Protocol with the JDK alone: open a page, then click,
 * type and read it as a person would. Every wait gives up after {@link #TIMEOUT}, and {@link #close()} kills the
 * browser and deletes its files, so a hung browser fails the test instead of hanging the build.
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path home;
  private final Process process;
  private final AtomicInteger lastCallId = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> awaitingReply = new ConcurrentHashMap<>();
  // Script errors and failed loads, shown when a wait times out: "SwaggerUIBundle is not defined" says more than "timed out".
  private final List<String> pageErrors = new CopyOnWriteArrayList<>();
  private WebSocket devTools;

  private Chromium(Path home, Process process) {
    this.home = home;
    this.process = process;
  }

  static Chromium launch() throws IOException {
    Path home = Files.createTempDirectory("inkwell-chromium");
    // Root needs --no-sandbox; the network is closed here, so nothing may phone home (or each start waits on it).
    // HOME and TMPDIR point into our temp dir so that Chromium leaves nothing in ~/.config or /tmp.
    var command = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--remote-debugging-port=0", "--user-data-dir=" + home.resolve("profile"), "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("chromium.log").toFile());
    command.environment().put("HOME", home.toString());
    command.environment().put("TMPDIR", home.toString());
    var chromium = new Chromium(home, command.start());
    try {
      chromium.attachToPage();
      return chromium;
    } catch (RuntimeException | Error e) {
      chromium.close();
      throw e;
    }
  }

  /** Starts loading {@code url}; follow with a wait for whatever the page must show. */
  void open(String url) {
    pageErrors.clear();
    var result = call("Page.navigate", Map.of("url", url));
    if (result.has("errorText")) throw new AssertionError("could not open " + url + ": " + result.get("errorText").asText());
  }

  /** Runs JavaScript in the page (awaiting a promise) and returns its value as JSON. */
  JsonNode evaluate(String expression) {
    var reply = call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
    var exception = reply.get("exceptionDetails");
    if (exception != null) {
      throw new IllegalStateException("JavaScript failed: " + exception.at("/exception/description").asText(exception.path("text").asText()));
    }
    return reply.at("/result/value");
  }

  /** Evaluates {@code expression} until it gives something other than false, null or undefined, and returns that. */
  JsonNode waitFor(String expression, String what) {
    return poll(what, () -> {
      var value = evaluate(expression);
      return value.isMissingNode() || value.isNull() || (value.isBoolean() && !value.asBoolean()) ? null : value;
    });
  }

  void click(String selector) {
    waitFor("(() => { const e = document.querySelector(" + json(selector) + "); e?.click(); return !!e; })()",
        "something to click at " + selector);
  }

  void type(String selector, String text) {
    // React keeps its own copy of an input's value and ignores `input.value = ...`; the native setter followed by an
    // 'input' event is what React sees when a person types.
    waitFor("(() => { const input = document.querySelector(" + json(selector) + "); if (!input) return false;"
        + " Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, " + json(text) + ");"
        + " input.dispatchEvent(new Event('input', { bubbles: true })); return true; })()", "an input at " + selector);
  }

  /** The visible text of the first element matching {@code selector}, once there is one. */
  String text(String selector) {
    return waitFor("document.querySelector(" + json(selector) + ")?.innerText", "text at " + selector).asText().trim();
  }

  void waitUntilGone(String selector) {
    waitFor("!document.querySelector(" + json(selector) + ")", selector + " to disappear");
  }

  @Override
  public void close() {
    if (devTools != null) devTools.abort();
    // Renderers and helpers are child processes: list them before the browser dies and they are re-parented.
    Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList().forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var paths = Files.walk(home)) {
      for (var path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete Chromium's temp dir " + home, e);
    }
  }

  /** Reads the port Chromium picked from its profile, then connects to the tab it opened (about:blank). */
  private void attachToPage() {
    Path portFile = home.resolve("profile/DevToolsActivePort");
    String port = poll("Chromium to write " + portFile, () -> Files.readAllLines(portFile).get(0).trim());
    String tabSocket = poll("a page in Chromium's /json/list", () -> {
      var list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(TIMEOUT).build();
      for (var target : JSON.readTree(HTTP.send(list, HttpResponse.BodyHandlers.ofString()).body())) {
        if (target.path("type").asText().equals("page")) return target.get("webSocketDebuggerUrl").asText();
      }
      return null;
    });
    devTools = await(HTTP.newWebSocketBuilder().buildAsync(URI.create(tabSocket), new Messages()), "a DevTools connection");
    call("Runtime.enable", Map.of());  // reports uncaught script errors
    call("Log.enable", Map.of());      // reports failed loads, such as a 404 for a script
  }

  private interface Probe<T> {
    /** The awaited thing, or null (or an exception) for "not yet". */
    T get() throws Exception;
  }

  private <T> T poll(String what, Probe<T> probe) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    Exception lastFailure = null;
    do {
      if (!process.isAlive()) throw new IllegalStateException("Chromium exited with " + process.exitValue() + "; its output:\n" + log());
      try {
        T value = probe.get();
        if (value != null) return value;
      } catch (Exception e) {
        lastFailure = e;
      }
      sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what
        + (lastFailure == null ? "" : "\nlast attempt: " + lastFailure)
        + (pageErrors.isEmpty() ? "" : "\nerrors in the page:\n  " + String.join("\n  ", pageErrors))
        + (devTools == null ? "\nChromium's output:\n" + log() : ""));
  }

  private JsonNode call(String method, Map<String, ?> params) {
    int id = lastCallId.incrementAndGet();
    var reply = new CompletableFuture<JsonNode>();
    awaitingReply.put(id, reply);
    await(devTools.sendText(json(Map.of("id", id, "method", method, "params", params)), true), "sending " + method);
    var message = await(reply, "an answer to " + method);
    if (message.has("error")) throw new IllegalStateException(method + " failed: " + message.get("error"));
    return message.get("result");
  }

  /** A reply completes the call awaiting it; of the events, only page errors are kept. */
  private void receive(JsonNode message) {
    String event = message.path("method").asText();
    if (message.has("id")) {
      var reply = awaitingReply.remove(message.get("id").asInt());
      if (reply != null) reply.complete(message);
    } else if (event.equals("Runtime.exceptionThrown")) {
      var details = message.at("/params/exceptionDetails");
      pageErrors.add(details.at("/exception/description").asText(details.path("text").asText()));
    } else if (event.equals("Log.entryAdded") && message.at("/params/entry/level").asText().equals("error")) {
      pageErrors.add(message.at("/params/entry/text").asText() + " " + message.at("/params/entry/url").asText());
    }
  }

  private final class Messages implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();  // a long message arrives in several frames

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          receive(JSON.readTree(partial.toString()));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      awaitingReply.values().forEach(reply -> reply.completeExceptionally(error));
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
      onError(socket, new IllegalStateException("Chromium closed the DevTools connection: " + reason));
      return null;
    }
  }

  private <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("Chromium gave no " + what + " within " + TIMEOUT.toSeconds() + " s; its output:\n" + log());
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Chromium's output, without the D-Bus complaints it prints on a machine with no desktop session. */
  private String log() {
    try (var lines = Files.lines(home.resolve("chromium.log"))) {
      return String.join("\n", lines.filter(line -> !line.contains("dbus")).toList());
    } catch (IOException | UncheckedIOException e) {
      return "(none: " + e + ")";
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
