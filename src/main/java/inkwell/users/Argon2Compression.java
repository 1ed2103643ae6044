package inkwell.users;

/**
 * Argon2's compression function G (RFC 9106 §3.5) and its permutation P (§3.6): nearly all of a hash's time is spent
 * here, ~37,000 calls for 12 MiB and 3 passes, so it is written for speed. Like the reference C code's fill_block,
 * it works on blocks in place in the caller's arrays, keeps the 16 words P works on in local variables (registers)
 * and allocates nothing per call: one scratch block per instance, so one instance per thread.
 */
final class Argon2Compression {
  static final int BLOCK_LONGS = 128;   // a 1024-byte block as 128 little-endian 64-bit words
  private final long[] r = new long[BLOCK_LONGS];

  /**
   * out = G(x, y), or out = G(x, y) XOR out when xorIntoOut (passes after the first, version 0x13, RFC 9106 §3.4).
   * Blocks are given as an array and the offset of their first word; out may be the same block as y.
   */
  void compress(long[] x, int xAt, long[] y, int yAt, long[] out, int outAt, boolean xorIntoOut) {
    // R = X XOR Y, kept in r for P; out gets R (XOR its old value), to which P(R) is added last: G = P(R) XOR R.
    if (xorIntoOut) {
      for (int i = 0; i < BLOCK_LONGS; i++) {
        long w = x[xAt + i] ^ y[yAt + i];
        r[i] = w;
        out[outAt + i] ^= w;
      }
    } else {
      for (int i = 0; i < BLOCK_LONGS; i++) {
        long w = x[xAt + i] ^ y[yAt + i];
        r[i] = w;
        out[outAt + i] = w;
      }
    }
    // P on each row of 8 16-byte registers (words 16i..16i+15), then on each column (words 2i, 2i+1, 2i+16, ...).
    for (int i = 0; i < 8; i++) permute(r, 16 * i, 2);
    for (int i = 0; i < 8; i++) permute(r, 2 * i, 16);
    for (int i = 0; i < BLOCK_LONGS; i++) out[outAt + i] ^= r[i];
  }

  /**
   * P (RFC 9106 §3.6) on the words v[at], v[at+1], v[at+step], v[at+step+1], ... v[at+7*step+1], called v0..v15 there:
   * GB on the columns (v0, v4, v8, v12) ... then on the diagonals (v0, v5, v10, v15) ..., GB written out inline.
   */
  private static void permute(long[] v, int at, int step) {
    int i0 = at, i2 = at + step, i4 = at + 2 * step, i6 = at + 3 * step;
    int i8 = at + 4 * step, i10 = at + 5 * step, i12 = at + 6 * step, i14 = at + 7 * step;
    long v0 = v[i0], v1 = v[i0 + 1], v2 = v[i2], v3 = v[i2 + 1], v4 = v[i4], v5 = v[i4 + 1], v6 = v[i6], v7 = v[i6 + 1];
    long v8 = v[i8], v9 = v[i8 + 1], v10 = v[i10], v11 = v[i10 + 1];
    long v12 = v[i12], v13 = v[i12 + 1], v14 = v[i14], v15 = v[i14 + 1];

    // GB(v0, v4, v8, v12)
    v0 = blaMka(v0, v4); v12 = Long.rotateRight(v12 ^ v0, 32);
    v8 = blaMka(v8, v12); v4 = Long.rotateRight(v4 ^ v8, 24);
    v0 = blaMka(v0, v4); v12 = Long.rotateRight(v12 ^ v0, 16);
    v8 = blaMka(v8, v12); v4 = Long.rotateRight(v4 ^ v8, 63);
    // GB(v1, v5, v9, v13)
    v1 = blaMka(v1, v5); v13 = Long.rotateRight(v13 ^ v1, 32);
    v9 = blaMka(v9, v13); v5 = Long.rotateRight(v5 ^ v9, 24);
    v1 = blaMka(v1, v5); v13 = Long.rotateRight(v13 ^ v1, 16);
    v9 = blaMka(v9, v13); v5 = Long.rotateRight(v5 ^ v9, 63);
    // GB(v2, v6, v10, v14)
    v2 = blaMka(v2, v6); v14 = Long.rotateRight(v14 ^ v2, 32);
    v10 = blaMka(v10, v14); v6 = Long.rotateRight(v6 ^ v10, 24);
    v2 = blaMka(v2, v6); v14 = Long.rotateRight(v14 ^ v2, 16);
    v10 = blaMka(v10, v14); v6 = Long.rotateRight(v6 ^ v10, 63);
    // GB(v3, v7, v11, v15)
    v3 = blaMka(v3, v7); v15 = Long.rotateRight(v15 ^ v3, 32);
    v11 = blaMka(v11, v15); v7 = Long.rotateRight(v7 ^ v11, 24);
    v3 = blaMka(v3, v7); v15 = Long.rotateRight(v15 ^ v3, 16);
    v11 = blaMka(v11, v15); v7 = Long.rotateRight(v7 ^ v11, 63);
    // GB(v0, v5, v10, v15)
    v0 = blaMka(v0, v5); v15 = Long.rotateRight(v15 ^ v0, 32);
    v10 = blaMka(v10, v15); v5 = Long.rotateRight(v5 ^ v10, 24);
    v0 = blaMka(v0, v5); v15 = Long.rotateRight(v15 ^ v0, 16);
    v10 = blaMka(v10, v15); v5 = Long.rotateRight(v5 ^ v10, 63);
    // GB(v1, v6, v11, v12)
    v1 = blaMka(v1, v6); v12 = Long.rotateRight(v12 ^ v1, 32);
    v11 = blaMka(v11, v12); v6 = Long.rotateRight(v6 ^ v11, 24);
    v1 = blaMka(v1, v6); v12 = Long.rotateRight(v12 ^ v1, 16);
    v11 = blaMka(v11, v12); v6 = Long.rotateRight(v6 ^ v11, 63);
    // GB(v2, v7, v8, v13)
    v2 = blaMka(v2, v7); v13 = Long.rotateRight(v13 ^ v2, 32);
    v8 = blaMka(v8, v13); v7 = Long.rotateRight(v7 ^ v8, 24);
    v2 = blaMka(v2, v7); v13 = Long.rotateRight(v13 ^ v2, 16);
    v8 = blaMka(v8, v13); v7 = Long.rotateRight(v7 ^ v8, 63);
    // GB(v3, v4, v9, v14)
    v3 = blaMka(v3, v4); v14 = Long.rotateRight(v14 ^ v3, 32);
    v9 = blaMka(v9, v14); v4 = Long.rotateRight(v4 ^ v9, 24);
    v3 = blaMka(v3, v4); v14 = Long.rotateRight(v14 ^ v3, 16);
    v9 = blaMka(v9, v14); v4 = Long.rotateRight(v4 ^ v9, 63);

    v[i0] = v0; v[i0 + 1] = v1; v[i2] = v2; v[i2 + 1] = v3; v[i4] = v4; v[i4 + 1] = v5; v[i6] = v6; v[i6 + 1] = v7;
    v[i8] = v8; v[i8 + 1] = v9; v[i10] = v10; v[i10 + 1] = v11; v[i12] = v12; v[i12 + 1] = v13; v[i14] = v14; v[i14 + 1] = v15;
  }

  /** BlaMka's addition (RFC 9106 §3.6): a + b + 2 * trunc(a) * trunc(b) mod 2^64, trunc = the low 32 bits. */
  private static long blaMka(long a, long b) {
    return a + b + 2 * (a & 0xFFFFFFFFL) * (b & 0xFFFFFFFFL);
  }
}
