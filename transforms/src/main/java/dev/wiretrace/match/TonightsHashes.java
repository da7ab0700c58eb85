package dev.wiretrace.match;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
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

  /**
   * A first test that fits in a core's cache: one 64-bit word per hash, four bits set in it, all
   * taken from the hash itself (sentence and shingle hashes are uniform already, so nothing is
   * hashed again). A year's archive is hundreds of millions of probes: this one costs a few
   * nanoseconds, and lets about one in a hundred through to the Bloom filter, which costs some
   * hundred.
   */
  static final int QUICK_WORDS = 1 << 14;

  private final BloomFilter<Long> filter;
  private final long[] quick;

  private TonightsHashes(BloomFilter<Long> filter, long[] quick) {
    this.filter = filter;
    this.quick = quick;
  }

  public static int shard(long hash) {
    return (int) (hash >>> (Long.SIZE - SHARD_BITS));
  }

  static TonightsHashes empty() {
    return new TonightsHashes(
        BloomFilter.create(Funnels.longFunnel(), EXPECTED_HASHES_PER_SHARD, FALSE_POSITIVES),
        new long[QUICK_WORDS]);
  }

  private static int quickWord(long hash) {
    return (int) (hash >>> 24) & (QUICK_WORDS - 1);
  }

  /** Bits 0-5, 6-11, 12-17 and 18-23 of the hash each pick a bit: a shift takes six bits. */
  private static long quickBits(long hash) {
    return (1L << hash) | (1L << (hash >>> 6)) | (1L << (hash >>> 12)) | (1L << (hash >>> 18));
  }

  void put(long hash) {
    filter.put(hash);
    quick[quickWord(hash)] |= quickBits(hash);
  }

  public boolean mightContain(long hash) {
    long bits = quickBits(hash);
    return (quick[quickWord(hash)] & bits) == bits && filter.mightContain(hash);
  }

  /** Builds one shard's filter from lists of that shard's hashes. */
  static class CombineFn extends Combine.CombineFn<List<Long>, TonightsHashes, TonightsHashes> {
    @Override
    public TonightsHashes createAccumulator() {
      return empty();
    }

    @Override
    public TonightsHashes addInput(TonightsHashes accumulator, List<Long> hashes) {
      hashes.forEach(accumulator::put);
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
          for (int w = 0; w < QUICK_WORDS; w++) {
            merged.quick[w] |= accumulator.quick[w];
          }
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

  /** Guava's own compact stream form of the Bloom filter, then the quick filter's words. */
  static class BloomCoder extends CustomCoder<TonightsHashes> {
    @Override
    public void encode(TonightsHashes value, OutputStream out) throws IOException {
      value.filter.writeTo(out);
      ByteBuffer words = ByteBuffer.allocate(QUICK_WORDS * Long.BYTES);
      words.asLongBuffer().put(value.quick);
      out.write(words.array());
    }

    @Override
    public TonightsHashes decode(InputStream in) throws IOException {
      BloomFilter<Long> filter = BloomFilter.readFrom(in, Funnels.longFunnel());
      long[] quick = new long[QUICK_WORDS];
      ByteBuffer.wrap(in.readNBytes(QUICK_WORDS * Long.BYTES)).asLongBuffer().get(quick);
      return new TonightsHashes(filter, quick);
    }
  }
}
