package inkwell.auth;

import inkwell.config.Config;
import inkwell.db.Dialect;
import java.nio.file.Files;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing keys the configuration names: HS256 with JWT_SECRET, or RS256/ES256 from PEM files. Without
 * JWT_SECRET a server on SQLite uses (or makes) the secret file beside the database; PostgreSQL deployments must set
 * it, since every instance sharing the database needs the same secret.
 */
public final class ConfiguredKeys {
  private static final Logger log = LoggerFactory.getLogger(ConfiguredKeys.class);

  private ConfiguredKeys() {}

  /** For a server: creates the secret file beside the SQLite database when HS256 has no JWT_SECRET. */
  public static SigningKeys forServer(Config config) {
    var settings = config.jwtKeys();
    if (!settings.symmetric()) {
      return SigningKeys.fromPem(SigningKeys.Alg.valueOf(settings.algorithm()), settings.privateKeyFile(),
          settings.publicKeyFiles());
    }
    if (config.jwtSecret() != null) return SigningKeys.hmac(config.jwtSecret());
    var databaseFile = Dialect.sqliteFile(config.databaseUrl()).orElseThrow(() -> new Config.Invalid("JWT_SECRET",
        "must be set when the database is not a SQLite file: every instance sharing the database needs the same secret"));
    var file = SecretFile.besideDatabase(databaseFile);
    log.warn("JWT_SECRET is not set; using the generated secret in {}. For production set JWT_SECRET to at least "
        + "32 random bytes, e.g. JWT_SECRET=$(openssl rand -base64 48)", file);
    return SigningKeys.hmac(SecretFile.loadOrCreate(file));
  }

  /**
   * For "token decode", which must never invent a key: JWT_SECRET, else the generated file beside the SQLite
   * database if one exists; empty when HS256 has neither.
   */
  public static Optional<SigningKeys> existing(Config config) {
    if (!config.jwtKeys().symmetric() || config.jwtSecret() != null) return Optional.of(forServer(config));
    return Dialect.sqliteFile(config.databaseUrl())
        .map(SecretFile::besideDatabase)
        .filter(Files::exists)
        .map(file -> SigningKeys.hmac(SecretFile.loadOrCreate(file)));
  }
}
