package dev.wiretrace.match;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.transforms.Combine;

/**
 * A Bloom filter of one shard of the hashes in tonight's documents: with the other shards, it lets
 * each worker drop, while scanning the index, the postings of earlier documents that cannot meet
 * tonight's. Sharding keeps each filter a small record, which every runner moves easily (Flink's
 * sort buffers refuse records of a few megabytes).
 */
public final class TonightsHashes {
  public static final int SHARD_BITS = 4;

  /**
   * Per shard, so sixteen shards hold eight million hashes (some twenty thousand articles) at 1%
   * false positives; a bigger night only lets more postings through to the join, where pairing
   * drops them.
   */
  static final int EXPECTED_HASHES_PER_SHARD = 500_000;

  static final double FALSE_POSITIVES = 0.01;

  private final BloomFilter<Long> filter;

  private TonightsHashes(BloomFilter<Long> filter) {
    this.filter = filter;
  }

  public static int shard(long hash) {
    return (int) (hash >>> (Long.SIZE - SHARD_BITS));
  }

  static TonightsHashes empty() {
    return new TonightsHashes(
        BloomFilter.create(Funnels.longFunnel(), EXPECTED_HASHES_PER_SHARD, FALSE_POSITIVES));
  }

  public boolean mightContain(long hash) {
    return filter.mightContain(hash);
  }

  /** Builds one shard's filter from lists of that shard's hashes. */
  static class CombineFn extends Combine.CombineFn<List<Long>, TonightsHashes, TonightsHashes> {
    @Override
    public TonightsHashes createAccumulator() {
      return empty();
    }

    @Override
    public TonightsHashes addInput(TonightsHashes accumulator, List<Long> hashes) {
      hashes.forEach(accumulator.filter::put);
      return accumulator;
    }

    @Override
    public TonightsHashes mergeAccumulators(Iterable<TonightsHashes> accumulators) {
      TonightsHashes merged = null;
      for (TonightsHashes accumulator : accumulators) {
        if (merged == null) {
          merged = accumulator;
        } else {
          merged.filter.putAll(accumulator.filter);
        }
      }
      return merged == null ? empty() : merged;
    }

    @Override
    public TonightsHashes extractOutput(TonightsHashes accumulator) {
      return accumulator;
    }

    @Override
    public Coder<TonightsHashes> getAccumulatorCoder(
        CoderRegistry registry, Coder<List<Long>> inputCoder) {
      return new BloomCoder();
    }

    @Override
    public Coder<TonightsHashes> getDefaultOutputCoder(
        CoderRegistry registry, Coder<List<Long>> inputCoder) throws CannotProvideCoderException {
      return new BloomCoder();
    }
  }

  /** Guava's own compact stream form of the filter. */
  static class BloomCoder extends CustomCoder<TonightsHashes> {
    @Override
    public void encode(TonightsHashes value, OutputStream out) throws IOException {
      value.filter.writeTo(out);
    }

    @Override
    public TonightsHashes decode(InputStream in) throws IOException {
      return new TonightsHashes(BloomFilter.readFrom(in, Funnels.longFunnel()));
    }
  }
}
