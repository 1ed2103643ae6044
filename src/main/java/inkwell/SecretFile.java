package inkwell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The JWT secret for a zero-configuration SQLite install: 256 random bits, made once and kept in a file
 * beside the database (owner-only, 0600), so tokens survive a restart.
 */
final class SecretFile {
  private SecretFile() {}

  static Path besideDatabase(Path databaseFile) {
    return databaseFile.resolveSibling(databaseFile.getFileName() + ".jwt-secret");
  }

  /** Reads the secret from {@code file}, creating it first if it does not exist. */
  static String loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) create(file);
      String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (secret.getBytes(StandardCharsets.UTF_8).length < Config.MIN_SECRET_BYTES) {
        throw new Config.Invalid("JWT_SECRET", file + " holds a secret shorter than " + Config.MIN_SECRET_BYTES
            + " bytes; delete it to have a new one generated");
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the JWT secret file " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      // Created with owner-only permissions from the start, so it is never readable by others, even briefly.
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException raceWithAnotherStart) {
      return;
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
  }
}
