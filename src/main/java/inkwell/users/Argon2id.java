package inkwell.users;

import static inkwell.users.Argon2Compression.BLOCK_LONGS;

import java.util.Arrays;

/**
 * Argon2id (RFC 9106), version 0x13, computed in work memory the caller owns, so a server can keep one buffer per
 * hashing thread for good instead of allocating megabytes for every hash. Lanes (p > 1) are filled one after the
 * other within each slice, on the calling thread: a segment reads only its own lane and slices already finished
 * (§3.4), so the order of the segments of one slice does not change the result.
 */
public final class Argon2id {
  static final int VERSION = 0x13;
  private static final int TYPE = 2;           // y of §3.2: Argon2id
  private static final int SLICES = 4;         // SL, synchronization points per pass (§3.4)
  private static final int BLOCK_BYTES = 1024;

  /** m (KiB), t and p of RFC 9106 §3.1, within the ranges it allows and a Java array holds. */
  public record Cost(int memoryKib, int iterations, int parallelism) {
    public Cost {
      if (parallelism < 1 || parallelism > 0xFFFFFF) throw new IllegalArgumentException("p must be 1 to 2^24-1");
      // The upper bound keeps m' * 128 longs within one Java array (RFC 9106 allows up to 2^32 - 1 KiB).
      if (memoryKib < 8 * parallelism || memoryKib >= 1 << 24) throw new IllegalArgumentException("m must be 8p to 2^24-1 KiB");
      if (iterations < 1) throw new IllegalArgumentException("t must be at least 1");
    }

    /** m', the blocks really used: 4p * floor(m / 4p) (§3.2 step 2), so each lane splits into 4 equal segments. */
    public int blocks() {
      return 4 * parallelism * (memoryKib / (4 * parallelism));
    }

    /** Work memory for {@link Argon2id#hash}: m' blocks of 128 longs in one flat array. */
    public long[] newMemory() {
      return new long[blocks() * BLOCK_LONGS];
    }
  }

  private final long[] memory;
  private final int passes;
  private final int lanes;
  private final int laneLength;      // q of §3.2
  private final int segmentLength;   // q / SL
  private final int blocks;          // m'
  private final Argon2Compression compression = new Argon2Compression();
  private final Blake2b blake2b = new Blake2b();
  /** The blocks of data-independent addressing (§3.4.1.1): ZERO, the input Z || counter || zeros, and its addresses. */
  private final long[] zero = new long[BLOCK_LONGS];
  private final long[] input = new long[BLOCK_LONGS];
  private final long[] addresses = new long[BLOCK_LONGS];

  private Argon2id(Cost cost, long[] memory) {
    this.memory = memory;
    this.passes = cost.iterations();
    this.lanes = cost.parallelism();
    this.blocks = cost.blocks();
    this.laneLength = blocks / lanes;
    this.segmentLength = laneLength / SLICES;
  }

  /**
   * The tag of §3.2 for password P, salt S, secret K and associated data X (K and X may be null: none), tagBytes
   * long (at least 4). Computed in memory, which must hold at least cost.blocks() * 128 longs; what it held before
   * does not matter, and it is left zeroed, as the reference implementation does (clear_internal_memory).
   *
   * Why wipe: a caller may keep the buffer for good (Passwords does), and until the next hash it would hold this
   * one's blocks, derived from the password, in every heap dump and core file. Zeroing 12 MiB takes 0.2 to 0.6 ms
   * here (in the cache or not), about 1% of the hash. The few small arrays (H0, the last block's bytes) are left to the
   * garbage collector, like the password's own bytes, which Java cannot wipe either.
   */
  public static byte[] hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, Cost cost, int tagBytes,
                            long[] memory) {
    if (tagBytes < 4) throw new IllegalArgumentException("a tag of at least 4 bytes");
    if (memory.length < cost.blocks() * BLOCK_LONGS) throw new IllegalArgumentException("work memory too small for m");
    var argon2 = new Argon2id(cost, memory);
    byte[] h0 = argon2.initialHash(password, salt, secret, associatedData, cost, tagBytes);
    argon2.firstBlocks(h0);
    for (int pass = 0; pass < argon2.passes; pass++) {
      for (int slice = 0; slice < SLICES; slice++) {
        for (int lane = 0; lane < argon2.lanes; lane++) argon2.fillSegment(pass, slice, lane);
      }
    }
    byte[] tag = argon2.finalTag(tagBytes);
    Arrays.fill(memory, 0, argon2.blocks * BLOCK_LONGS, 0);
    return tag;
  }

  /** H0 (§3.2 step 1): 64 bytes of BLAKE2b over every parameter and input, each input after its LE32 length. */
  private byte[] initialHash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, Cost cost, int tagBytes) {
    blake2b.start(64).updateLE32(lanes).updateLE32(tagBytes).updateLE32(cost.memoryKib()).updateLE32(passes)
        .updateLE32(VERSION).updateLE32(TYPE);
    for (byte[] field : new byte[][] {password, salt, secret, associatedData}) {
      byte[] bytes = field == null ? new byte[0] : field;
      blake2b.updateLE32(bytes.length).update(bytes);
    }
    byte[] h0 = new byte[64];
    blake2b.digest(h0, 0);
    return h0;
  }

  /** §3.2 steps 3 and 4: B[i][0] = H'(H0 || LE32(0) || LE32(i)) and B[i][1] = H'(H0 || LE32(1) || LE32(i)). */
  private void firstBlocks(byte[] h0) {
    byte[] seed = Arrays.copyOf(h0, 72);
    byte[] block = new byte[BLOCK_BYTES];
    for (int lane = 0; lane < lanes; lane++) {
      for (int column = 0; column < 2; column++) {
        Blake2b.LE32.set(seed, 64, column);
        Blake2b.LE32.set(seed, 68, lane);
        variableLengthHash(seed, block);
        int at = (lane * laneLength + column) * BLOCK_LONGS;
        for (int i = 0; i < BLOCK_LONGS; i++) memory[at + i] = (long) Blake2b.LE64.get(block, 8 * i);
      }
    }
  }

  /**
   * One segment (§3.4): every block of one lane in one slice, each the compression of the block before it with a
   * reference block whose place comes from 64 pseudo-random bits J1 || J2. Argon2id takes them from the address
   * blocks (data-independent, §3.4.1.1) in the first half of the first pass, and from the previous block's first
   * word (data-dependent, §3.4.1.2) after that.
   */
  private void fillSegment(int pass, int slice, int lane) {
    boolean independent = pass == 0 && slice < SLICES / 2;
    int first = pass == 0 && slice == 0 ? 2 : 0;   // B[i][0] and B[i][1] already exist
    if (independent) startAddresses(pass, lane, slice, first);
    for (int index = first; index < segmentLength; index++) {
      int column = slice * segmentLength + index;
      int current = lane * laneLength + column;
      int previous = column == 0 ? current + laneLength - 1 : current - 1;
      long pseudoRandom;
      if (independent) {
        if (index % BLOCK_LONGS == 0) nextAddresses();
        pseudoRandom = addresses[index % BLOCK_LONGS];
      } else {
        pseudoRandom = memory[previous * BLOCK_LONGS];
      }
      // §3.4.1.3 step 1: l = J2 mod p, but the first slice of the first pass has only its own lane to refer to.
      int referenceLane = pass == 0 && slice == 0 ? lane : (int) ((pseudoRandom >>> 32) % lanes);
      int reference = referenceLane * laneLength
          + referenceColumn(pass, slice, index, pseudoRandom & 0xFFFFFFFFL, referenceLane == lane);
      // Version 0x13: passes after the first XOR the new block into the old one (§3.2 step 6).
      compression.compress(memory, previous * BLOCK_LONGS, memory, reference * BLOCK_LONGS,
          memory, current * BLOCK_LONGS, pass > 0);
    }
  }

  /**
   * §3.4.1.3 steps 2 and 3: the column z of the reference block. W is every block of the lane that is finished and
   * not the previous one (of another lane: finished in an earlier slice, minus its last block when this is the first
   * block of the segment); J1 picks one of W, biased towards the most recent ones by the squaring.
   */
  private int referenceColumn(int pass, int slice, int index, long j1, boolean sameLane) {
    int finished = pass == 0 ? slice * segmentLength : laneLength - segmentLength;
    int areaSize = sameLane ? finished + index - 1 : finished - (index == 0 ? 1 : 0);
    long x = (j1 * j1) >>> 32;
    long y = (areaSize * x) >>> 32;
    long zz = areaSize - 1 - y;
    int start = pass == 0 || slice == SLICES - 1 ? 0 : (slice + 1) * segmentLength;
    return (int) ((start + zz) % laneLength);
  }

  /** Z = LE64(r) || LE64(l) || LE64(sl) || LE64(m') || LE64(t) || LE64(y), the counter at 0 (§3.4.1.1). */
  private void startAddresses(int pass, int lane, int slice, int firstIndex) {
    Arrays.fill(input, 0);
    input[0] = pass;
    input[1] = lane;
    input[2] = slice;
    input[3] = blocks;
    input[4] = passes;
    input[5] = TYPE;
    if (firstIndex != 0) nextAddresses();   // the segment starts past index 0, where fillSegment would make them
  }

  /** The next 128 addresses: G(ZERO, G(ZERO, Z || LE64(++counter) || ZERO)). */
  private void nextAddresses() {
    input[6]++;
    compression.compress(zero, 0, input, 0, addresses, 0, false);
    compression.compress(zero, 0, addresses, 0, addresses, 0, false);
  }

  /** §3.2 steps 7 and 8: C = XOR of every lane's last block; the tag is H'^T(C). */
  private byte[] finalTag(int tagBytes) {
    long[] c = addresses;   // free now
    System.arraycopy(memory, (laneLength - 1) * BLOCK_LONGS, c, 0, BLOCK_LONGS);
    for (int lane = 1; lane < lanes; lane++) {
      int last = (lane * laneLength + laneLength - 1) * BLOCK_LONGS;
      for (int i = 0; i < BLOCK_LONGS; i++) c[i] ^= memory[last + i];
    }
    byte[] bytes = new byte[BLOCK_BYTES];
    for (int i = 0; i < BLOCK_LONGS; i++) Blake2b.LE64.set(bytes, 8 * i, c[i]);
    byte[] tag = new byte[tagBytes];
    variableLengthHash(bytes, tag);
    return tag;
  }

  /**
   * H'^T (§3.3), BLAKE2b stretched to out.length = T bytes: for T ≤ 64 one BLAKE2b of LE32(T) || A; longer, a chain
   * V1 = H(LE32(T) || A), V2 = H(V1), ... whose first halves are the output, and a last V of the remaining length.
   */
  private void variableLengthHash(byte[] a, byte[] out) {
    int t = out.length;
    if (t <= 64) {
      blake2b.start(t).updateLE32(t).update(a).digest(out, 0);
      return;
    }
    int r = (t + 31) / 32 - 2;
    byte[] v = new byte[64];
    blake2b.start(64).updateLE32(t).update(a).digest(v, 0);
    System.arraycopy(v, 0, out, 0, 32);
    for (int i = 2; i <= r; i++) {
      blake2b.start(64).update(v).digest(v, 0);
      System.arraycopy(v, 0, out, 32 * (i - 1), 32);
    }
    blake2b.start(t - 32 * r).update(v).digest(out, 32 * r);
  }
}
