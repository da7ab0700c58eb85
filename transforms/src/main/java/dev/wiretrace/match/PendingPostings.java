package dev.wiretrace.match;

import dev.wiretrace.shuffle.Buckets;
import java.util.function.Consumer;
import org.apache.beam.sdk.values.KV;

/** Postings gathered by bucket within one bundle, sent as one block per bucket. */
public final class PendingPostings {
  /** Postings held before a bundle sends them early: some tens of MB at most. */
  static final int MAX_PENDING = 500_000;

  private final Buckets buckets;
  private final PostingBlock.Builder[] byBucket;
  private int size;

  public PendingPostings(Buckets buckets) {
    this.buckets = buckets;
    this.byBucket = new PostingBlock.Builder[buckets.count()];
  }

  public void add(long hash, String document, boolean tonight) {
    int bucket = buckets.ofHash(hash);
    if (byBucket[bucket] == null) {
      byBucket[bucket] = new PostingBlock.Builder();
    }
    byBucket[bucket].add(hash, document, tonight);
    size++;
  }

  public boolean isFull() {
    return size >= MAX_PENDING;
  }

  public void sendTo(Consumer<KV<Integer, PostingBlock>> out) {
    for (int bucket = 0; bucket < byBucket.length; bucket++) {
      if (byBucket[bucket] != null) {
        out.accept(KV.of(bucket, byBucket[bucket].build()));
        byBucket[bucket] = null;
      }
    }
    size = 0;
  }
}
