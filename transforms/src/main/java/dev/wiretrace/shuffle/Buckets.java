package dev.wiretrace.shuffle;

import java.io.Serializable;
import java.util.Locale;

/**
 * How many groups each shuffle makes. A runner pays for every group it forms (the DirectRunner
 * starts a bundle for each key after a shuffle, and translates the step again each time), so
 * wiretrace groups by bucket of keys rather than by key: a few large groups, as many as the runner
 * has workers to spread them over, and never more as the corpus grows. Which bucket a key falls in
 * never changes the output, only how the work is split.
 */
public final class Buckets implements Serializable {
  /** Enough to spread work over a worker's threads and even out unequal buckets. */
  public static final int PER_WORKER = 4;

  /** Fewer documents than this in a bucket cost more in per-bucket overhead than they spread. */
  public static final int MIN_DOCUMENTS_PER_BUCKET = 250;

  private final int count;

  private Buckets(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("the number of buckets must be at least 1, not " + count);
    }
    this.count = count;
  }

  public static Buckets of(int count) {
    return new Buckets(count);
  }

  /**
   * Buckets for a corpus of {@code documents} on a runner with {@code parallelism} workers: {@link
   * #PER_WORKER} per worker, but no more than one per {@link #MIN_DOCUMENTS_PER_BUCKET} documents,
   * so a small folder runs as one group.
   */
  public static Buckets forCorpus(long documents, int parallelism) {
    long bySize = Math.max(1, documents / MIN_DOCUMENTS_PER_BUCKET);
    long byWorkers = (long) Math.max(1, parallelism) * PER_WORKER;
    return new Buckets((int) Math.min(bySize, byWorkers));
  }

  public int count() {
    return count;
  }

  /**
   * The bucket of a key whose {@code hashCode} is stable across machines (strings, numbers, KVs).
   */
  public int of(Object key) {
    return count == 1 ? 0 : Math.floorMod(spread(key.hashCode()), count);
  }

  /** The bucket of a hash that is already uniform, such as a sentence hash. */
  public int ofHash(long hash) {
    return count == 1 ? 0 : (int) Math.floorMod(hash, (long) count);
  }

  /** Keys that differ only in their low bits (numbered ids) still land in different buckets. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Buckets && ((Buckets) other).count == count;
  }

  @Override
  public int hashCode() {
    return count;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d bucket%s", count, count == 1 ? "" : "s");
  }
}
