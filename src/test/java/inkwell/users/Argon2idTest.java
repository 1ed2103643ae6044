package inkwell.users;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our Argon2id and BLAKE2b against the RFCs' own test vectors, and against password4j (the library it replaced). */
class Argon2idTest {
  static final HexFormat HEX = HexFormat.of();

  static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  static byte[] blake2b(int digestBytes, byte[] message) {
    byte[] out = new byte[digestBytes];
    new Blake2b().start(digestBytes).update(message).digest(out, 0);
    return out;
  }

  /** 0 to 40 characters of ASCII, accented Latin, CJK and an emoji (a surrogate pair), as UTF-8 would meet them. */
  static String randomPassword(Random random) {
    String alphabet = "abcXYZ019 !$%&~éüßøÆ€密码🔑";
    var password = new StringBuilder();
    int length = random.nextInt(41);
    while (password.length() < length) {
      int at = random.nextInt(alphabet.length());
      if (Character.isLowSurrogate(alphabet.charAt(at))) at--;
      password.appendCodePoint(alphabet.codePointAt(at));
    }
    return password.toString();
  }

  @Test
  void blake2b_512_of_abc_is_rfc_7693_appendix_a() {
    assertArrayEquals(HEX.parseHex(
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
            + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"),
        blake2b(64, "abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void blake2b_around_the_block_size_matches_pythons_hashlib() {
    // 127, 128 and 129 bytes: a full last block must be compressed as the last one, not before more input arrives.
    // Expected: python3 -c "import hashlib; print(hashlib.blake2b(bytes((i*7+1)&255 for i in range(n)), digest_size=d).hexdigest())"
    String[][] expected = {
        {"0", "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce", "3345524abf6bbe1809449224b5972c41790b6cf2"},
        {"127", "d073fb3259c723b20a64ecf77083891a157c81c1882da42060222dfc7ebbda6da1b8ed55197aabd0ab17cf935499d8e4f6d93a4bb83a1aa5670a1612c70df1bb", "a13f227f8935434ef586fa54202c413d239d22d1"},
        {"128", "c6d375fd4421510489194b8ccd9b1fc9e96dd25eab56f33bd698266fb38d8fbde447b617cdb5779c5fbeafe53fae640c85c457f6449ce307a11d88d18788d7f0", "00993987efae78d08d057351015dbfb2c8a31688"},
        {"129", "7cb95d837c7ccea0f9137c7bcdca4cd71152aa6ca7bf16d399d261191bd7f919c5c7699d0fd0c6ad98d98eae7ee3f0f0fa1e9fc35d84410886343ffc79624765", "3f515005fc4b63cf6701b231f6cf2e12579f606c"},
        {"1000", "4b224da8bd3bfeeca3969a38269efce82ea8100d95a2b9c42e286203259c934dd2ac7ec381af4bc71013eed10ab5221d56691712a66f3f1ad2fb30c470b3da33", "d504326d07fe639d07dce22f6945f0cc7d6d6972"}};
    for (String[] row : expected) {
      int length = Integer.parseInt(row[0]);
      byte[] message = new byte[length];
      for (int i = 0; i < length; i++) message[i] = (byte) (i * 7 + 1);
      assertArrayEquals(HEX.parseHex(row[1]), blake2b(64, message), length + " bytes");
      assertArrayEquals(HEX.parseHex(row[2]), blake2b(20, message), length + " bytes, 20-byte digest");
    }
  }

  /** RFC 9106 §5.3 (Tag: 0d 64 0d f5 8d 78 76 6c ...); every tag in this class is checked to the last byte. */
  @Test
  void argon2id_matches_rfc_9106_section_5_3() {
    var cost = new Argon2id.Cost(32, 3, 4);
    byte[] tag = Argon2id.hash(filled(32, 0x01), filled(16, 0x02), filled(8, 0x03), filled(12, 0x04), cost, 32,
        cost.newMemory());
    assertArrayEquals(HEX.parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"), tag);
  }

  @Test
  void the_same_memory_serves_hash_after_hash_and_larger_memory_serves_smaller_costs() {
    var small = new Argon2id.Cost(32, 3, 4);
    long[] memory = new Argon2id.Cost(256, 1, 1).newMemory();
    Arrays.fill(memory, 0x5555_5555_5555_5555L);   // leftovers of some earlier hash must not matter
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(HEX.parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"),
          Argon2id.hash(filled(32, 0x01), filled(16, 0x02), filled(8, 0x03), filled(12, 0x04), small, 32, memory));
    }
    // The blocks it used are left zeroed; the rest was never touched.
    int used = small.blocks() * Argon2Compression.BLOCK_LONGS;
    assertTrue(Arrays.stream(memory, 0, used).allMatch(word -> word == 0));
    assertTrue(Arrays.stream(memory, used, memory.length).allMatch(word -> word == 0x5555_5555_5555_5555L));
  }

  @Test
  void matches_password4j_for_random_passwords_salts_and_costs_with_any_tag_length() {
    var random = new Random(15);
    for (int round = 0; round < 24; round++) {
      int memoryKib = round % 6 == 5 ? 12288 : 8 + random.nextInt(57);
      int iterations = 1 + random.nextInt(round % 6 == 5 ? 2 : 4);
      int parallelism = round % 4 == 3 ? 1 + random.nextInt(Math.min(4, memoryKib / 8)) : 1;
      int tagBytes = round % 8 == 7 ? 65 + random.nextInt(1000) : 4 + random.nextInt(61);
      byte[] password = randomPassword(random).getBytes(StandardCharsets.UTF_8);
      byte[] salt = new byte[8 + random.nextInt(25)];
      random.nextBytes(salt);
      var cost = new Argon2id.Cost(memoryKib, iterations, parallelism);
      byte[] expected = Argon2Function.getInstance(memoryKib, iterations, parallelism, tagBytes, Argon2.ID)
          .hash(password, salt).getBytes();
      assertArrayEquals(expected, Argon2id.hash(password, salt, null, null, cost, tagBytes, cost.newMemory()),
          cost + ", tag " + tagBytes);
    }
  }

  @Test
  void refuses_costs_outside_rfc_9106_and_memory_too_small() {
    assertThrows(IllegalArgumentException.class, () -> new Argon2id.Cost(7, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Argon2id.Cost(8 * 4 - 1, 1, 4));
    assertThrows(IllegalArgumentException.class, () -> new Argon2id.Cost(64, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Argon2id.Cost(64, 1, 0));
    var cost = new Argon2id.Cost(64, 1, 1);
    assertThrows(IllegalArgumentException.class,
        () -> Argon2id.hash(new byte[1], new byte[8], null, null, cost, 32, new long[63 * 128]));
    assertThrows(IllegalArgumentException.class,
        () -> Argon2id.hash(new byte[1], new byte[8], null, null, cost, 3, cost.newMemory()));
  }
}
