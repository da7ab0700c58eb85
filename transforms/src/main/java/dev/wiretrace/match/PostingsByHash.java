package dev.wiretrace.match;

import java.util.Arrays;

/**
 * The postings of one hash bucket grouped by hash: an open-addressing table of hashes, each with a
 * chain through the postings that hold it. Boxed maps of hashes to lists of ids cost more than the
 * pairing they fed.
 */
final class PostingsByHash {
  /** Receives the documents of one hash; {@code documents} is reused after the call returns. */
  interface GroupConsumer {
    void accept(long hash, String[] documents, int count);
  }

  private long[] slotHash = new long[64];
  private int[] slotHead = newHeads(64);
  private int[] slotCount = new int[64];
  private boolean[] slotTonight = new boolean[64];
  private int slots;

  private int[] next = new int[64];
  private String[] document = new String[64];
  private int postings;

  private static int[] newHeads(int capacity) {
    int[] heads = new int[capacity];
    Arrays.fill(heads, -1);
    return heads;
  }

  void add(long hash, String documentId, boolean tonight) {
    if (2 * (slots + 1) > slotHash.length) {
      growSlots();
    }
    if (postings == next.length) {
      next = Arrays.copyOf(next, postings * 2);
      document = Arrays.copyOf(document, postings * 2);
    }
    int slot = find(hash);
    if (slotHead[slot] < 0) {
      slotHash[slot] = hash;
      slots++;
    }
    document[postings] = documentId;
    next[postings] = slotHead[slot];
    slotHead[slot] = postings;
    slotCount[slot]++;
    slotTonight[slot] |= tonight;
    postings++;
  }

  /**
   * Calls {@code consumer} for every hash that one of tonight's documents holds: a hash only earlier
   * documents hold was paired on an earlier night.
   */
  void forEachTonightsHash(GroupConsumer consumer) {
    String[] buffer = new String[16];
    for (int slot = 0; slot < slotHash.length; slot++) {
      if (slotHead[slot] < 0 || !slotTonight[slot]) {
        continue;
      }
      int count = slotCount[slot];
      if (buffer.length < count) {
        buffer = new String[Math.max(count, buffer.length * 2)];
      }
      int k = 0;
      for (int p = slotHead[slot]; p >= 0; p = next[p]) {
        buffer[k++] = document[p];
      }
      consumer.accept(slotHash[slot], buffer, count);
    }
  }

  private int find(long hash) {
    int mask = slotHash.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (slotHead[slot] >= 0 && slotHash[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void growSlots() {
    long[] oldHash = slotHash;
    int[] oldHead = slotHead;
    int[] oldCount = slotCount;
    boolean[] oldTonight = slotTonight;
    int capacity = oldHash.length * 2;
    slotHash = new long[capacity];
    slotHead = newHeads(capacity);
    slotCount = new int[capacity];
    slotTonight = new boolean[capacity];
    for (int i = 0; i < oldHash.length; i++) {
      if (oldHead[i] >= 0) {
        int slot = find(oldHash[i]);
        slotHash[slot] = oldHash[i];
        slotHead[slot] = oldHead[i];
        slotCount[slot] = oldCount[i];
        slotTonight[slot] = oldTonight[i];
      }
    }
  }
}
