package inkwell.auth;

import inkwell.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

  /**
   * Writes the secret to a private temporary file, then links it into place: the link either appears complete or
   * not at all, so an instance starting at the same moment never reads a half-written file, and the first one wins.
   */
  private static void create(Path file) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = ownerOnlyTempFile(dir);
    try {
      Files.writeString(temp, secret + "\n", StandardCharsets.UTF_8);
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException anotherStartWon) {
      // its secret is complete (it was linked in whole); use that one
    } catch (UnsupportedOperationException noHardLinks) {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path ownerOnlyTempFile(Path dir) throws IOException {
    try {
      return Files.createTempFile(dir, ".jwt-secret", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      return Files.createTempFile(dir, ".jwt-secret", ".tmp");
    }
  }
}
