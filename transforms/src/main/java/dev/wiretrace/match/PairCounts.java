package dev.wiretrace.match;

import java.util.Arrays;

/**
 * Hits per pair of documents, documents as small ints, in an open-addressing table of longs: the
 * boxed map it replaced hashed two strings for each of millions of hits.
 */
public final class PairCounts {
  public interface PairConsumer {
    void accept(int first, int second, long hits);
  }

  private static final long EMPTY = -1L;

  private long[] keys = newKeys(1024);
  private long[] hits = new long[1024];
  private int size;

  private static long[] newKeys(int capacity) {
    long[] keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    return keys;
  }

  /** Adds one hit to the unordered pair of two different, non-negative document numbers. */
  public void hit(int a, int b) {
    long key = a < b ? (long) a << 32 | b : (long) b << 32 | a;
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int slot = find(keys, key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      size++;
    }
    hits[slot]++;
  }

  /** Adds one hit to every pair of the first {@code count} numbers, but a number with itself. */
  public void hitEachPair(int[] numbers, int count) {
    for (int i = 0; i < count; i++) {
      for (int j = i + 1; j < count; j++) {
        if (numbers[i] != numbers[j]) {
          hit(numbers[i], numbers[j]);
        }
      }
    }
  }

  public int size() {
    return size;
  }

  public void forEach(PairConsumer consumer) {
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != EMPTY) {
        consumer.accept((int) (keys[slot] >>> 32), (int) keys[slot], hits[slot]);
      }
    }
  }

  public void clear() {
    Arrays.fill(keys, EMPTY);
    Arrays.fill(hits, 0);
    size = 0;
  }

  private static int find(long[] keys, long key) {
    int mask = keys.length - 1;
    int slot = (int) (mix(key) & mask);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long key) {
    key ^= key >>> 33;
    key *= 0xff51afd7ed558ccdL;
    return key ^ (key >>> 33);
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldHits = hits;
    keys = newKeys(oldKeys.length * 2);
    hits = new long[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = find(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        hits[slot] = oldHits[i];
      }
    }
  }
}
