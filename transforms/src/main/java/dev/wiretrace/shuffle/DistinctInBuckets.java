package dev.wiretrace.shuffle;

import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * {@link Distinct} with one group per {@link Buckets bucket}: each element once, found from sets
 * that the runner unites before and after the shuffle.
 */
public class DistinctInBuckets<T> extends PTransform<PCollection<T>, PCollection<T>> {
  private final Buckets buckets;

  private DistinctInBuckets(Buckets buckets) {
    this.buckets = buckets;
  }

  public static <T> DistinctInBuckets<T> of(Buckets buckets) {
    return new DistinctInBuckets<>(buckets);
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    Coder<T> coder = input.getCoder();
    if (!coder.consistentWithEquals()) {
      throw new IllegalStateException(
          "elements made distinct in buckets are compared with equals, which "
              + coder
              + " does not match");
    }
    return input
        .apply("KeyByBucket", ParDo.of(new KeyElementByBucketFn<T>(buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), coder))
        .apply("UniteBucket", Combine.perKey(new UnionFn<T>(coder)))
        .apply("SplitBucket", ParDo.of(new SplitFn<T>()))
        .setCoder(coder);
  }

  static class KeyElementByBucketFn<T> extends DoFn<T, KV<Integer, T>> {
    private final Buckets buckets;

    KeyElementByBucketFn(Buckets buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<Integer, T>> out) {
      out.output(KV.of(buckets.of(element), element));
    }
  }

  static class UnionFn<T> extends CombineFn<T, Set<T>, Set<T>> {
    private final Coder<T> coder;

    UnionFn(Coder<T> coder) {
      this.coder = coder;
    }

    @Override
    public Set<T> createAccumulator() {
      return new HashSet<>();
    }

    @Override
    public Set<T> addInput(Set<T> seen, T element) {
      seen.add(element);
      return seen;
    }

    @Override
    public Set<T> mergeAccumulators(Iterable<Set<T>> all) {
      Set<T> merged = new HashSet<>();
      all.forEach(merged::addAll);
      return merged;
    }

    @Override
    public Set<T> extractOutput(Set<T> seen) {
      return seen;
    }

    @Override
    public Coder<Set<T>> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder) {
      return SetCoder.of(coder);
    }

    @Override
    public Coder<Set<T>> getDefaultOutputCoder(CoderRegistry registry, Coder<T> inputCoder) {
      return SetCoder.of(coder);
    }
  }

  static class SplitFn<T> extends DoFn<KV<Integer, Set<T>>, T> {
    @ProcessElement
    public void process(@Element KV<Integer, Set<T>> bucket, OutputReceiver<T> out) {
      bucket.getValue().forEach(out::output);
    }
  }
}
