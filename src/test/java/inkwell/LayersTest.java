package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports between the packages of src/main/java run one way, from data to wiring (README, "Layout"):
 * config ← db ← http ← speed ← users ← auth ← features ← web ← cli ← Main. A package may import only packages of a
 * lower layer; features may also use each other (sparingly), as long as no cycle forms. A new package must be given
 * its layer here before it compiles into the rule.
 */
class LayersTest {
  static final String ROOT = "(root)";
  static final Set<String> FEATURES =
      Set.of("account", "admin", "articles", "comments", "favorites", "health", "profiles", "seed", "tags");
  static final Map<String, Integer> LAYER = layers();

  private static Map<String, Integer> layers() {
    var layers = new TreeMap<String, Integer>();
    List<String> below = List.of("config", "db", "http", "speed", "users", "auth");
    for (int i = 0; i < below.size(); i++) layers.put(below.get(i), i);
    FEATURES.forEach(f -> layers.put(f, 10));
    layers.put("pages", 15);   // the blog's HTML pages: above every feature, whose rules they call; below web
    layers.put("web", 20);
    layers.put("cli", 21);
    layers.put(ROOT, 22);
    return layers;
  }

  // "import inkwell.db.Database;", "import static inkwell.auth.Access.ADMIN;" or a qualified name in code
  private static final Pattern REFERENCE = Pattern.compile("\\binkwell\\.([a-z]\\w*\\.)?([A-Z]\\w*)");

  /** Package → the packages it refers to, from the sources (comment lines skipped). */
  static Map<String, Set<String>> importsOf(Path sources) throws IOException {
    var graph = new TreeMap<String, Set<String>>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path dir = sources.relativize(file).getParent();
        String from = dir == null ? ROOT : dir.getName(0).toString();
        var targets = graph.computeIfAbsent(from, p -> new TreeSet<>());
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String code = line.trim();
          if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("package ")) continue;
          var m = REFERENCE.matcher(code);
          while (m.find()) {
            String to = m.group(1) == null ? ROOT : m.group(1).substring(0, m.group(1).length() - 1);
            if (!to.equals(from)) targets.add(to);
          }
        }
      }
    }
    return graph;
  }

  /** Every import against the direction, every package without a layer, and every cycle; empty when all is well. */
  static List<String> violations(Map<String, Set<String>> graph) {
    var problems = new ArrayList<String>();
    graph.forEach((from, targets) -> {
      if (!LAYER.containsKey(from)) problems.add("package " + from + " has no layer in LayersTest");
      for (String to : targets) {
        if (!LAYER.containsKey(to)) {
          problems.add("package " + to + " has no layer in LayersTest");
        } else if (LAYER.containsKey(from) && LAYER.get(to) >= LAYER.get(from)
            && !(FEATURES.contains(from) && FEATURES.contains(to))) {
          problems.add(from + " imports " + to + ", which is not below it");
        }
      }
    });
    for (String start : graph.keySet()) {
      var path = cycleFrom(start, start, graph, new ArrayList<>(List.of(start)), new TreeSet<>());
      if (path != null && start.equals(new TreeSet<>(path).first())) problems.add("cycle: " + String.join(" -> ", path));
    }
    return problems;
  }

  private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> graph, List<String> path,
                                        Set<String> seen) {
    for (String next : graph.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        var cycle = new ArrayList<>(path);
        cycle.add(start);
        return cycle;
      }
      if (!seen.add(next)) continue;
      path.add(next);
      var found = cycleFrom(start, next, graph, path, seen);
      if (found != null) return found;
      path.remove(path.size() - 1);
    }
    return null;
  }

  @Test
  void main_code_imports_flow_one_way_without_cycles() throws IOException {
    var graph = importsOf(Path.of("src/main/java/inkwell"));
    assertTrue(graph.keySet().containsAll(List.of("config", "db", "auth", "web", "articles")), graph.toString());
    assertEquals(List.of(), violations(graph), "package imports: " + graph);
  }

  @Test
  void the_check_catches_an_upward_import_a_cycle_and_an_unknown_package() {
    var graph = new TreeMap<String, Set<String>>();
    graph.put("config", Set.of());
    graph.put("db", Set.of("config"));
    graph.put("auth", Set.of("db", "config"));
    graph.put("articles", Set.of("auth", "comments"));
    graph.put("comments", Set.of("articles"));
    assertEquals(List.of("cycle: articles -> comments -> articles"), violations(graph));

    graph.put("config", Set.of("auth"));
    graph.put("gallery", Set.of("db"));
    var problems = violations(graph);
    assertTrue(problems.contains("config imports auth, which is not below it"), problems.toString());
    assertTrue(problems.contains("package gallery has no layer in LayersTest"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("cycle: auth -> ") && p.contains(" config -> auth")),
        problems.toString());
  }

  @Test
  void references_are_read_from_imports_static_imports_and_qualified_names(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("web"));
    Files.writeString(dir.resolve("web/App.java"), """
        package inkwell.web;
        import static inkwell.auth.Access.ADMIN;
        import inkwell.db.Database;
        // inkwell.users.User in a comment does not count
        class App { inkwell.Config config; }
        """);
    assertEquals(Map.of("web", Set.of("auth", "db", ROOT)), importsOf(dir));
  }
}
