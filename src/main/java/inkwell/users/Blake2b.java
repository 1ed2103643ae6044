package inkwell.users;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * BLAKE2b (RFC 7693), unkeyed, with a digest of 1 to 64 bytes: the hash Argon2 is built on (RFC 9106 §3.2's H and
 * §3.3's H'). Fed piece by piece, because Argon2's first hash H0 is a concatenation of a dozen fields.
 * Not on the hot path: a 12 MiB hash calls it ~65 times against ~37,000 block compressions.
 */
final class Blake2b {
  static final int MAX_DIGEST_BYTES = 64;
  private static final int BLOCK_BYTES = 128;
  static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** RFC 7693 §2.6: the initialisation vector (SHA-512's). */
  private static final long[] IV = {
      0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
      0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};

  /** RFC 7693 §2.7: the message word schedule; rounds 10 and 11 use rows 0 and 1 again. */
  private static final byte[][] SIGMA = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
      {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
      {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
      {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
      {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
      {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
      {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
      {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
      {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
      {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

  private final long[] h = new long[8];
  private final long[] v = new long[16];
  private final long[] m = new long[16];
  private final byte[] buffer = new byte[BLOCK_BYTES];
  private int digestBytes;
  private int buffered;
  /** Bytes compressed so far: t of RFC 7693 §3.2 (its high 64 bits stay 0 for anything Argon2 hashes). */
  private long counter;

  /** Starts a new hash with a digest of digestBytes; one instance serves all of an Argon2 hash's ~65 BLAKE2b runs. */
  Blake2b start(int digestBytes) {
    if (digestBytes < 1 || digestBytes > MAX_DIGEST_BYTES) throw new IllegalArgumentException("digest of 1 to 64 bytes");
    this.digestBytes = digestBytes;
    System.arraycopy(IV, 0, h, 0, 8);
    h[0] ^= 0x01010000L ^ digestBytes;   // §2.5 parameter block: depth 1, fanout 1, no key, the digest length
    buffered = 0;
    counter = 0;
    return this;
  }

  Blake2b update(byte[] in) {
    return update(in, 0, in.length);
  }

  Blake2b update(byte[] in, int offset, int length) {
    while (length > 0) {
      // A full buffer is compressed only once more input arrives: the last block must be compressed as the last (§3.3).
      if (buffered == BLOCK_BYTES) compressBuffer(false);
      int n = Math.min(length, BLOCK_BYTES - buffered);
      System.arraycopy(in, offset, buffer, buffered, n);
      buffered += n;
      offset += n;
      length -= n;
    }
    return this;
  }

  /** Appends LE32(value), Argon2's encoding of every number and length it hashes (RFC 9106 §3.1). */
  Blake2b updateLE32(int value) {
    for (int i = 0; i < 4; i++) {
      if (buffered == BLOCK_BYTES) compressBuffer(false);
      buffer[buffered++] = (byte) (value >>> (8 * i));
    }
    return this;
  }

  /** Finishes the hash and writes its digestBytes bytes to out at offset; call start before hashing again. */
  void digest(byte[] out, int offset) {
    Arrays.fill(buffer, buffered, BLOCK_BYTES, (byte) 0);
    compressBuffer(true);
    for (int i = 0; i < digestBytes; i++) out[offset + i] = (byte) (h[i / 8] >>> (8 * (i % 8)));
  }

  /** RFC 7693 §3.2, function F. */
  private void compressBuffer(boolean last) {
    counter += buffered;
    buffered = 0;
    for (int i = 0; i < 16; i++) m[i] = (long) LE64.get(buffer, 8 * i);
    System.arraycopy(h, 0, v, 0, 8);
    System.arraycopy(IV, 0, v, 8, 8);
    v[12] ^= counter;
    if (last) v[14] = ~v[14];
    for (int round = 0; round < 12; round++) {
      byte[] s = SIGMA[round % 10];
      mix(0, 4, 8, 12, m[s[0]], m[s[1]]);
      mix(1, 5, 9, 13, m[s[2]], m[s[3]]);
      mix(2, 6, 10, 14, m[s[4]], m[s[5]]);
      mix(3, 7, 11, 15, m[s[6]], m[s[7]]);
      mix(0, 5, 10, 15, m[s[8]], m[s[9]]);
      mix(1, 6, 11, 12, m[s[10]], m[s[11]]);
      mix(2, 7, 8, 13, m[s[12]], m[s[13]]);
      mix(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  }

  /** RFC 7693 §3.1, the mixing function G with BLAKE2b's rotations 32, 24, 16, 63. */
  private void mix(int a, int b, int c, int d, long x, long y) {
    v[a] = v[a] + v[b] + x;
    v[d] = Long.rotateRight(v[d] ^ v[a], 32);
    v[c] = v[c] + v[d];
    v[b] = Long.rotateRight(v[b] ^ v[c], 24);
    v[a] = v[a] + v[b] + y;
    v[d] = Long.rotateRight(v[d] ^ v[a], 16);
    v[c] = v[c] + v[d];
    v[b] = Long.rotateRight(v[b] ^ v[c], 63);
  }
}
