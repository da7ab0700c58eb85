package dev.wiretrace.match;

import java.util.Arrays;

/**
 * Numbered items grouped by a 64-bit hash: an open-addressing table of the hashes, each with a
 * chain through its items, the last added first. Pairing and scoring both look up millions of
 * hashes; boxed maps of longs to lists of items cost more than the work they served.
 */
final class HashChains {
  interface HashConsumer {
    void accept(long hash, int firstItem);
  }

  private long[] hashes;
  private int[] heads;
  private int hashCount;
  private int[] next;

  /** {@code expectedItems} sizes the tables; more items make them grow. */
  HashChains(int expectedItems) {
    int capacity = Integer.highestOneBit(Math.max(2, expectedItems) * 2) * 2;
    hashes = new long[capacity];
    heads = newHeads(capacity);
    next = new int[Math.max(1, expectedItems)];
  }

  private static int[] newHeads(int capacity) {
    int[] heads = new int[capacity];
    Arrays.fill(heads, -1);
    return heads;
  }

  /** Files item {@code item} (not negative, not added before) under {@code hash}. */
  void add(long hash, int item) {
    if (2 * (hashCount + 1) > hashes.length) {
      grow();
    }
    if (item >= next.length) {
      next = Arrays.copyOf(next, Math.max(item + 1, next.length * 2));
    }
    int slot = slot(hash);
    if (heads[slot] < 0) {
      hashes[slot] = hash;
      hashCount++;
    }
    next[item] = heads[slot];
    heads[slot] = item;
  }

  /** The item of {@code hash} added last, or -1. */
  int first(long hash) {
    return heads[slot(hash)];
  }

  /** The item added before {@code item} under the same hash, or -1. */
  int next(int item) {
    return next[item];
  }

  void forEachHash(HashConsumer consumer) {
    for (int slot = 0; slot < hashes.length; slot++) {
      if (heads[slot] >= 0) {
        consumer.accept(hashes[slot], heads[slot]);
      }
    }
  }

  /** The slot holding {@code hash}, or the empty slot where it would go. */
  private int slot(long hash) {
    int mask = hashes.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (heads[slot] >= 0 && hashes[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldHeads = heads;
    hashes = new long[oldHashes.length * 2];
    heads = newHeads(oldHashes.length * 2);
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHeads[i] >= 0) {
        int slot = slot(oldHashes[i]);
        hashes[slot] = oldHashes[i];
        heads[slot] = oldHeads[i];
      }
    }
  }
}
