package dev.wiretrace.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.hash.Hashing;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Murmur3Test {
  /** Indexes written before this class existed hold Guava's hashes, so they must not change. */
  @Test
  void equalsGuavaOnEveryLengthAndKindOfChar() {
    Random random = new Random(42);
    String alphabet = "abcxyz 0189éßжΣ中\u0301\uD83D\uDE00";
    for (int length = 0; length <= 40; length++) {
      for (int trial = 0; trial < 20; trial++) {
        char[] chars = new char[length + 6];
        for (int i = 0; i < chars.length; i++) {
          chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        int from = random.nextInt(4);
        String text = new String(chars, from, length);
        for (int seed : new int[] {0, 0x5eed, -7}) {
          assertEquals(
              Hashing.murmur3_128(seed).hashUnencodedChars(text).asLong(),
              Murmur3.hash64(chars, from, from + length, seed),
              "length " + length + " seed " + seed);
        }
      }
    }
  }
}
