package inkwell.users;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.Test;

/** Argon2id with OWASP's parameters, stored as PHC strings, checked safely, and recognised when outdated. */
class PasswordsTest {
  static final Passwords passwords = new Passwords();

  static String hashWith(Argon2Function function, String password) {
    return Password.hash(password).addRandomSalt(16).with(function).getResult();
  }

  @Test
  void hash_is_an_argon2id_phc_string_with_owasp_parameters() {
    String hash = passwords.hash("correct horse");
    assertTrue(hash.startsWith("$argon2id$v=19$m=12288,t=3,p=1$"), hash);
    assertFalse(hash.contains("correct horse"), hash);
  }

  @Test
  void the_same_password_hashes_differently_each_time() {
    assertNotEquals(passwords.hash("correct horse"), passwords.hash("correct horse"));
  }

  @Test
  void matches_the_right_password_only() {
    String hash = passwords.hash("correct horse");
    assertTrue(passwords.matches("correct horse", hash));
    assertFalse(passwords.matches("correct horse ", hash));
    assertFalse(passwords.matches("Correct horse", hash));
    assertFalse(passwords.matches("", hash));
  }

  @Test
  void a_hash_made_with_other_parameters_still_matches() {
    String weak = hashWith(Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID), "correct horse");
    assertTrue(passwords.matches("correct horse", weak));
    assertFalse(passwords.matches("wrong horse", weak));
  }

  @Test
  void a_hash_with_the_former_owasp_parameters_still_matches_and_is_outdated() {
    String former = hashWith(Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID), "correct horse");
    assertTrue(passwords.matches("correct horse", former));
    assertFalse(passwords.matches("wrong horse", former));
    assertTrue(passwords.isOutdated(former));
  }

  @Test
  void an_unreadable_hash_never_matches_and_does_not_throw() {
    assertFalse(passwords.matches("x", "not a hash"));
    assertFalse(passwords.matches("x", ""));
    assertFalse(passwords.matches("x", "$argon2id$v=19$m=19456,t=2,p=1$broken"));
  }

  @Test
  void an_unknown_account_never_matches() {
    assertFalse(passwords.matchesNoAccount("correct horse"));
  }

  @Test
  void todays_hash_is_not_outdated() {
    assertFalse(passwords.isOutdated(passwords.hash("correct horse")));
  }

  @Test
  void hash_with_other_memory_iterations_parallelism_or_variant_is_outdated() {
    assertTrue(passwords.isOutdated(hashWith(Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID), "pw")));
    assertTrue(passwords.isOutdated(hashWith(Argon2Function.getInstance(19456, 3, 1, 32, Argon2.ID), "pw")));
    assertTrue(passwords.isOutdated(hashWith(Argon2Function.getInstance(12288, 2, 1, 32, Argon2.ID), "pw")));
    assertTrue(passwords.isOutdated(hashWith(Argon2Function.getInstance(12288, 3, 2, 32, Argon2.ID), "pw")));
    assertTrue(passwords.isOutdated(hashWith(Argon2Function.getInstance(12288, 3, 1, 32, Argon2.I), "pw")));
  }

  @Test
  void unreadable_hash_is_outdated() {
    assertTrue(passwords.isOutdated("not a hash"));
  }
}
