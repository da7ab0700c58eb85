package dev.wiretrace.match;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import dev.wiretrace.model.HashedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.transforms.Combine;

/**
 * A Bloom filter of the hashes in tonight's documents: a few megabytes that let each worker
 * drop, while scanning the index, the postings of earlier documents that cannot meet tonight's.
 */
final class TonightsHashes {
  /**
   * About ten thousand articles' hashes at 1% false positives; a bigger night only lets more
   * postings through to the join, where they are dropped.
   */
  static final int EXPECTED_HASHES = 4_000_000;

  static final double FALSE_POSITIVES = 0.01;

  private final BloomFilter<Long> filter;

  private TonightsHashes(BloomFilter<Long> filter) {
    this.filter = filter;
  }

  static TonightsHashes empty() {
    return new TonightsHashes(
        BloomFilter.create(Funnels.longFunnel(), EXPECTED_HASHES, FALSE_POSITIVES));
  }

  boolean mightContain(long hash) {
    return filter.mightContain(hash);
  }

  void add(HashedDocument document) {
    for (Long hash : document.getHashes()) {
      filter.put(hash);
    }
  }

  void addAll(TonightsHashes other) {
    filter.putAll(other.filter);
  }

  static class CombineFn extends Combine.CombineFn<HashedDocument, TonightsHashes, TonightsHashes> {
    @Override
    public TonightsHashes createAccumulator() {
      return empty();
    }

    @Override
    public TonightsHashes addInput(TonightsHashes accumulator, HashedDocument document) {
      accumulator.add(document);
      return accumulator;
    }

    @Override
    public TonightsHashes mergeAccumulators(Iterable<TonightsHashes> accumulators) {
      TonightsHashes merged = null;
      for (TonightsHashes accumulator : accumulators) {
        if (merged == null) {
          merged = accumulator;
        } else {
          merged.addAll(accumulator);
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
        CoderRegistry registry, Coder<HashedDocument> inputCoder) {
      return new BloomCoder();
    }

    @Override
    public Coder<TonightsHashes> getDefaultOutputCoder(
        CoderRegistry registry, Coder<HashedDocument> inputCoder)
        throws CannotProvideCoderException {
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
