package dev.wiretrace.hash;

/**
 * The first 64 bits of MurmurHash3 x64 128 over a run of UTF-16 code units, equal to Guava's {@code
 * Hashing.murmur3_128(seed).hashUnencodedChars(text).asLong()}. Guava feeds the text to its
 * streaming hasher one char at a time and needs a {@code CharSequence} per word; reading eight
 * chars per block straight from an array is several times faster, and the hashes stored in existing
 * indexes stay valid.
 */
final class Murmur3 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Murmur3() {}

  static long hash64(char[] chars, int from, int to, int seed) {
    long h1 = seed;
    long h2 = seed;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long k1 = block(chars, i);
      long k2 = block(chars, i + 4);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    for (int j = 0; i + j < to; j++) {
      long c = chars[i + j];
      if (j < 4) {
        k1 |= c << (16 * j);
      } else {
        k2 |= c << (16 * (j - 4));
      }
    }
    h1 ^= mixK1(k1);
    h2 ^= mixK2(k2);

    long length = 2L * (to - from);
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    return h1 + h2;
  }

  /** Four chars as the little-endian long their UTF-16LE bytes make. */
  private static long block(char[] chars, int i) {
    return chars[i]
        | (long) chars[i + 1] << 16
        | (long) chars[i + 2] << 32
        | (long) chars[i + 3] << 48;
  }

  private static long mixK1(long k1) {
    k1 *= C1;
    k1 = Long.rotateLeft(k1, 31);
    return k1 * C2;
  }

  private static long mixK2(long k2) {
    k2 *= C2;
    k2 = Long.rotateLeft(k2, 33);
    return k2 * C1;
  }

  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
