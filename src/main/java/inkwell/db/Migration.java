package inkwell.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One schema change: the file V&lt;version&gt;__&lt;name&gt;.sql, its text, and a checksum that catches later edits. */
public record Migration(int version, String name, String fileName, String sql, String checksum) {
  private static final Pattern FILE_NAME = Pattern.compile("V(\\d{1,9})__([A-Za-z0-9_]+)\\.sql");

  public static Migration of(String fileName, String sql) {
    var m = FILE_NAME.matcher(fileName);
    if (!m.matches()) {
      throw new MigrationRefused(fileName + ": a migration file must be named V<number>__<words>.sql, e.g. V001__users.sql");
    }
    return new Migration(Integer.parseInt(m.group(1)), m.group(2), fileName, sql, checksum(sql));
  }

  /** The migrations packaged under db/migrations/&lt;dialect&gt;/ (from db/ in the source tree). */
  public static List<Migration> fromClasspath(Dialect dialect) {
    String folder = "db/migrations/" + dialect.folder();
    var found = new ArrayList<Migration>();
    for (String file : ClasspathFiles.list(folder)) found.add(of(file, ClasspathFiles.read(folder + "/" + file)));
    return found;
  }

  /** The .sql files of a folder on disk (used by tests and by anyone trying a migration before packaging it). */
  public static List<Migration> fromDirectory(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      var found = new ArrayList<Migration>();
      for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
        found.add(of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 of the text with line endings normalised, so a Windows checkout (CRLF) is not mistaken for an edit. */
  static String checksum(String sql) {
    try {
      byte[] normalised = sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
