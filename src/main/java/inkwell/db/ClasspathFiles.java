package inkwell.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists and reads files on the classpath, from target/classes during development and from the fat jar in production.
 * A jar's folders cannot be listed through ClassLoader, so we open the jar itself.
 */
final class ClasspathFiles {
  private ClasspathFiles() {}

  /** Names of the files directly inside {@code folder} (no sub-folders); empty if the folder does not exist. */
  static List<String> list(String folder) {
    URL url = ClasspathFiles.class.getClassLoader().getResource(folder);
    if (url == null) return List.of();
    try {
      return switch (url.getProtocol()) {
        case "file" -> listDirectory(Path.of(url.toURI()));
        case "jar" -> listJar((JarURLConnection) url.openConnection(), folder + "/");
        default -> throw new IllegalStateException("cannot list " + url);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(String path) {
    try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing from the classpath: " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> listDirectory(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> listJar(JarURLConnection connection, String prefix) throws IOException {
    connection.setUseCaches(false);
    var names = new ArrayList<String>();
    try (var jar = connection.getJarFile()) {
      jar.stream()
          .map(entry -> entry.getName())
          .filter(name -> name.startsWith(prefix) && name.length() > prefix.length())
          .map(name -> name.substring(prefix.length()))
          .filter(name -> !name.contains("/"))
          .forEach(names::add);
    }
    names.sort(null);
    return names;
  }
}
