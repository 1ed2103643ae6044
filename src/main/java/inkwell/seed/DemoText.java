package inkwell.seed;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Plausible English for demo content, from small word lists and sentence templates: "{t}" is the article's topic,
 * "{u}" a second topic, "{n}" a small number. Plain string filling, not String.format: a million articles need
 * ten million sentences, and format would be the slowest part of seeding.
 */
final class DemoText {
  static final List<String> TAGS = List.of(
      "programming", "java", "databases", "testing", "web", "javascript", "devops", "sql", "performance", "career",
      "python", "architecture", "security", "postgresql", "sqlite", "tutorial", "beginners", "api-design", "go",
      "rust", "kotlin", "typescript", "react", "css", "accessibility", "open-source", "productivity", "docker",
      "kubernetes", "linux", "cloud", "observability", "logging", "microservices", "refactoring", "code-review",
      "git", "ci-cd", "http", "caching", "concurrency", "algorithms", "design-patterns", "writing", "remote-work",
      "startups", "machine-learning", "data-science", "graphql", "rest");

  private static final String[] TOPICS = {
      "SQLite", "PostgreSQL", "Java records", "virtual threads", "JSON Web Tokens", "connection pools",
      "database indexes", "integration tests", "code reviews", "feature flags", "error handling", "API versioning",
      "HTTP caching", "background jobs", "schema migrations", "structured logging", "rate limiting", "pagination",
      "Docker images", "CI pipelines", "monorepos", "type systems", "garbage collection", "query planners",
      "distributed tracing", "unit tests", "pair programming", "on-call rotations", "technical debt",
      "password hashing", "CSS grid", "web accessibility", "React hooks", "Kotlin coroutines", "Rust lifetimes",
      "Go interfaces", "Python packaging", "event sourcing", "message queues", "load testing", "small teams",
      "release notes", "dependency updates", "flaky tests", "database backups"};

  private static final String[] TITLES = {
      "A Practical Guide to {t}", "What I Learned About {t} in {n} Years", "{n} Lessons from Running {t} in Production",
      "Getting Started with {t}", "The Hidden Cost of {t}", "Stop Worrying About {t}", "{t}: The Good Parts",
      "Notes on {t}", "A Second Look at {t}", "{t} vs. {u}: An Honest Comparison", "Debugging {t} at 3 a.m.",
      "Everything You Need to Know About {t}", "The Case for Boring {t}", "{n} Mistakes I Made with {t}",
      "Understanding {t} from First Principles", "When Not to Use {t}", "Making {t} Fast", "Testing {t} Without Tears",
      "A Field Guide to {t}", "Rethinking {t} for Small Teams", "How {t} Changed the Way We Work",
      "Why We Moved Away from {t}", "{t} and {u}, Together at Last", "The Surprising Truth About {t}"};

  private static final String[] DESCRIPTIONS = {
      "A short tour of {t}, with the trade-offs nobody mentions.", "Notes from a year of living with {t}.",
      "What worked, what did not, and what we would do differently with {t}.",
      "Practical advice on {t} for teams of any size.", "Everything we wish we had known before adopting {t}.",
      "How {t} and {u} fit together, in plain words.", "A field report on {t}, with numbers.",
      "{n} things about {t} that took us far too long to learn."};

  private static final String[] SENTENCES = {
      "Most teams meet {t} long before they understand it.",
      "The first thing to know about {t} is that the defaults are usually fine.",
      "We measured before changing anything, and the numbers surprised us.",
      "It is tempting to reach for {t} early; resist until the pain is real.",
      "In our case the bottleneck was not {t} at all, but {u}.",
      "Write the simplest version first, then let the profiler tell you where to look.",
      "Good documentation turned out to matter more than clever code.",
      "A small benchmark, run on every commit, caught {n} regressions in a month.",
      "If you remember one thing, make it this: keep {t} boring.",
      "The trade-off is easy to state and hard to live with: speed now or clarity later.",
      "None of this needs a framework; a few well-named functions go a long way.",
      "Our first attempt at {t} failed because we skipped the tests.",
      "Working with {t} rewards patience and punishes cleverness.",
      "Read the error messages; the tooling around {t} is more helpful than its reputation suggests.",
      "After {n} weeks the new setup had paid for itself.",
      "Nobody on the team missed the old way of doing {u}.",
      "The official documentation on {t} is better than most blog posts, this one included.",
      "We rolled the change out to one service first and watched the dashboards for a week.",
      "Start with the question you want answered, not with the tool.",
      "Half of the work was deleting code we no longer needed.",
      "Every shortcut we took with {u} came back to us later, with interest.",
      "The result is less impressive than a conference talk and far easier to maintain."};

  private static final String[] COMMENTS = {
      "Great write-up, thanks!", "We hit the same problem with {t} last year.",
      "Have you tried this with a larger data set?", "This matches my experience exactly.",
      "I disagree about {t}, but the rest is spot on.", "Bookmarked. The part about {u} alone was worth it.",
      "Could you share the benchmark code?", "We did the opposite and it worked too; context matters.",
      "Clear and to the point. More like this, please.", "How does this compare with {u}?"};

  private static final String[] BIOS = {
      "Writes about {t} and {u}.", "Backend developer who enjoys {t}.", "Curious about {t}; tired of {u}.",
      "Building small tools for small teams.", "", "Learning {t} in public."};

  static final String[] NAME_WORDS = {
      "otter", "maple", "falcon", "cedar", "harbor", "pixel", "comet", "ember", "willow", "quartz", "heron", "juniper",
      "lynx", "meadow", "nova", "orchid", "pebble", "raven", "sable", "tundra", "violet", "walrus", "yarrow", "zephyr",
      "acorn", "birch", "cobalt", "dune", "fjord", "garnet", "hazel", "iris", "jasper", "kestrel", "lagoon", "marble"};

  /** Each topic as it appears in a title: "unit tests" gives "Unit Tests". */
  private static final Map<String, String> TITLED =
      Arrays.stream(TOPICS).collect(Collectors.toMap(t -> t, DemoText::titleCase));

  private final SplittableRandom random;

  DemoText(SplittableRandom random) {
    this.random = random;
  }

  String topic() {
    return pick(TOPICS);
  }

  String title(String topic) {
    return fill(pick(TITLES), topic, true);
  }

  String description(String topic) {
    return fill(pick(DESCRIPTIONS), topic);
  }

  /** Two to five short paragraphs, 300 to 800 characters in all. */
  String body(String topic) {
    int target = 300 + random.nextInt(400);
    var body = new StringBuilder(target + 200);
    int inParagraph = 0;
    while (body.length() < target) {
      String sentence = fill(pick(SENTENCES), topic);
      if (body.length() + sentence.length() > 790 && body.length() >= 300) break;
      if (inParagraph == 0 && body.length() > 0) body.append("\n\n");
      else if (inParagraph > 0) body.append(' ');
      body.append(sentence);
      inParagraph = inParagraph + 1 >= 2 + random.nextInt(2) ? 0 : inParagraph + 1;
    }
    return body.toString();
  }

  String comment(String topic) {
    return fill(pick(COMMENTS), topic);
  }

  String bio() {
    return fill(pick(BIOS), topic());
  }

  String nameWord() {
    return pick(NAME_WORDS);
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private String fill(String template, String topic) {
    return fill(template, topic, false);
  }

  /** Fills the slots; in a title the topics are capitalised too ("Notes on unit tests" would look odd). */
  private String fill(String template, String topic, boolean title) {
    if (template.indexOf('{') < 0) return template;
    var out = new StringBuilder(template.length() + 40);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
        char slot = template.charAt(i + 1);
        if (slot == 't') out.append(title ? TITLED.get(topic) : topic);
        else if (slot == 'u') out.append(title ? TITLED.get(otherTopic(topic)) : otherTopic(topic));
        else out.append(3 + random.nextInt(8));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Capitalises each word and keeps the rest of it, so "SQLite" stays. */
  private static String titleCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (i == 0 || chars[i - 1] == ' ') chars[i] = Character.toUpperCase(chars[i]);
    }
    return new String(chars);
  }

  private String otherTopic(String topic) {
    String other;
    do other = topic(); while (other.equals(topic));
    return other;
  }
}
