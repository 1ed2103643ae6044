package inkwell.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Argon2id with OWASP's parameters, stored as PHC strings, checked safely, and recognised when outdated; hashes
 * stored by password4j (our library until issue 15) verify with ours, and ours with password4j.
 */
class PasswordsTest {
  static final Passwords passwords = new Passwords();
  /** Made by password4j 1.8.4 with the parameters before issue 15 (19 MiB, t=2), as the database holds them. */
  static final String STORED_BY_PASSWORD4J =
      "$argon2id$v=19$m=19456,t=2,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0";

  static String hashWith(Argon2Function function, String password) {
    return Password.hash(password).addRandomSalt(16).with(function).getResult();
  }

  @Test
  void hash_is_an_argon2id_phc_string_with_owasp_parameters() {
    String hash = passwords.hash("correct horse");
    assertTrue(hash.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), hash);   // OWASP: 7 MiB, 5 passes
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
  void a_hash_stored_by_password4j_matches_and_is_outdated() {
    assertTrue(passwords.matches("correct horse battery staple", STORED_BY_PASSWORD4J));
    assertFalse(passwords.matches("correct horse battery stapler", STORED_BY_PASSWORD4J));
    assertTrue(passwords.isOutdated(STORED_BY_PASSWORD4J));
  }

  @Test
  void password4j_verifies_our_hashes_and_we_verify_its_for_random_passwords_and_costs() {
    var random = new Random(9106);
    long[] memory = new Argon2id.Cost(12288, 1, 1).newMemory();   // the largest cost below
    for (int round = 0; round < 20; round++) {
      int memoryKib = round % 5 == 4 ? 12288 : 8 + random.nextInt(57);
      var cost = new Argon2id.Cost(memoryKib, 1 + random.nextInt(round % 5 == 4 ? 2 : 4), 1);
      // Never empty: password4j's check says no to an empty password even with its own hash (Inkwell needs 8+ chars).
      String password = "p" + Argon2idTest.randomPassword(random);
      byte[] salt = new byte[16];
      random.nextBytes(salt);
      var p4j = Argon2Function.getInstance(cost.memoryKib(), cost.iterations(), 1, 32, Argon2.ID);

      String ours = PasswordHash.of(password, salt, cost, 32, memory).toPhc();
      assertEquals(p4j.hash(password.getBytes(StandardCharsets.UTF_8), salt).getResult(), ours);
      assertTrue(Password.check(password, ours).with(Argon2Function.getInstanceFromHash(ours)), ours);

      String theirs = hashWith(p4j, password);
      assertTrue(passwords.matches(password, theirs), theirs);
      assertFalse(passwords.matches(password + "x", theirs), theirs);
    }
  }

  @Test
  void an_unreadable_hash_never_matches_and_does_not_throw() {
    assertFalse(passwords.matches("x", "not a hash"));
    assertFalse(passwords.matches("x", ""));
    assertFalse(passwords.matches("x", null));
    assertFalse(passwords.matches("x", "$argon2id$v=19$m=19456,t=2,p=1$broken"));
  }

  /** Each would be refused by PasswordHash.parse; those asking for huge costs must not start hashing at all. */
  static final List<String> UNREADABLE = List.of(
      "$argon2id$v=19$m=12288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ",                                      // no tag
      "$argon2id$v=19$m=12288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0$",
      "$argon2id$v=19$m=12288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0=",  // padded
      "$argon2id$v=19$m=12288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U1",   // stray bits
      "$argon2id$v=19$m=12288,t=3,p=1$5wCttMAKssj_4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5-juVS_fVCcohPPLj_Eg3U0",   // URL alphabet
      "$argon2id$v=19$m=12288,t=3,p=1$5wCt$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",                 // 3-byte salt
      "$argon2id$v=19$m=12288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpM",                                       // 2-byte tag
      "$argon2id$v=16$m=12288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$m=12288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2i$v=19$m=12288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$v=19$t=3,m=12288,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$v=19$m=012288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$v=19$m=12288,t=3,p=1,keyid=x$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      " $argon2id$v=19$m=12288,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$v=19$m=1048576,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",  // 1 GiB
      "$argon2id$v=19$m=999999999,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$v=19$m=9999999999,t=3,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$v=19$m=12288,t=1000000,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$v=19$m=12288,t=3,p=256$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$v=19$m=12288,t=0,p=1$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",
      "$argon2id$v=19$m=15,t=3,p=2$5wCttMAKssj/4zPKMHFfZQ$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0",     // m < 8p
      "$argon2id$v=19$m=12288,t=3,p=1$" + "A".repeat(100) + "$FpMltIsdoHGtXddG6mOF5+juVS/fVCcohPPLj/Eg3U0");  // 75-byte salt

  @Test
  void garbage_truncated_or_crafted_hashes_never_match_and_fail_fast() {
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      for (String hash : UNREADABLE) {
        assertFalse(passwords.matches("correct horse battery staple", hash), hash);
        assertTrue(passwords.isOutdated(hash), hash);
      }
    });
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
