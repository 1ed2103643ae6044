package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's curl walk-through, run as written (every ```sh block of "Try it with curl", in order) against a
 * freshly started server, so the README cannot drift from the code. Only the address is changed.
 */
class ReadmeTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static List<String> walkthroughBlocks() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Try it with curl");
    int end = readme.indexOf("\n## ", start + 1);
    assertTrue(start >= 0 && end > start, "README has a 'Try it with curl' section");
    var blocks = new ArrayList<String>();
    var matcher = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
    while (matcher.find()) blocks.add(matcher.group(1));
    return blocks;
  }

  static String runBash(String script) throws Exception {
    var process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the walk-through finished");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "the walk-through ran without a failing command:\n" + text);
    return text;
  }

  @Test
  void the_curl_walkthrough_does_what_the_readme_says() throws Exception {
    var blocks = walkthroughBlocks();
    assertTrue(blocks.size() >= 2, "found " + blocks.size() + " sh blocks");
    String script = String.join("\n", blocks).replace("localhost:7070", "127.0.0.1:" + server.server.port());
    String out = runBash(script);

    // Each expectation is what the comment above the command in the README promises, in the README's order.
    expectInOrder(out,
        "{\"status\":\"up\"}",
        "{\"status\":\"ready\"",
        "\"username\":\"ana\"",                           // register
        "form login: 200",
        "\"email\":\"ana@example.com\"",                  // who am I
        "\"token\":\"",                                   // refresh gives a new access token
        "HTTP/1.1 401", "wrong token type",
        "HTTP/1.1 401", "token signature is invalid",
        "HTTP/1.1 401", "WWW-Authenticate: Bearer realm=",
        "\"slug\":\"hello-world\"",                       // article created
        "\"articlesCount\":1",                            // found by tag through the slashed path
        "{\"name\":\"intro\",\"count\":1}",
        "logout: 204",
        "{\"errors\":{\"token\":[\"revoked\"]}}",
        "HTTP/1.1 200", "WWW-Authenticate: Bearer realm=\"inkwell\", error=\"invalid_token\", error_description=\"token has been revoked\"");
    assertTrue(!out.contains("HTTP/1.1 500"), out);
  }

  static void expectInOrder(String text, String... parts) {
    int at = 0;
    for (String part : parts) {
      int found = text.indexOf(part, at);
      assertTrue(found >= 0, "expected '" + part + "' after position " + at + " in:\n" + text);
      at = found + part.length();
    }
  }
}
