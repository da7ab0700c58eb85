package dev.wiretrace.shuffle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Combine.CombineFn;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * {@link Combine#perKey} with one group per {@link Buckets bucket} of keys: the same output, one
 * combined value per key, but the runner combines maps of keys to accumulators per bucket, so it
 * still combines before the shuffle, and forms only as many groups as there are buckets.
 */
public class CombinePerKeyInBuckets<K, InputT, AccumT, OutputT>
    extends PTransform<PCollection<KV<K, InputT>>, PCollection<KV<K, OutputT>>> {
  private final Buckets buckets;
  private final CombineFn<InputT, AccumT, OutputT> fn;

  private CombinePerKeyInBuckets(Buckets buckets, CombineFn<InputT, AccumT, OutputT> fn) {
    this.buckets = buckets;
    this.fn = fn;
  }

  public static <K, InputT, AccumT, OutputT> CombinePerKeyInBuckets<K, InputT, AccumT, OutputT> of(
      Buckets buckets, CombineFn<InputT, AccumT, OutputT> fn) {
    return new CombinePerKeyInBuckets<>(buckets, fn);
  }

  @Override
  public PCollection<KV<K, OutputT>> expand(PCollection<KV<K, InputT>> input) {
    KvCoder<K, InputT> coder = KeyedCoders.of(input);
    Coder<K> keyCoder = coder.getKeyCoder();
    try {
      keyCoder.verifyDeterministic();
    } catch (Coder.NonDeterministicException e) {
      throw new IllegalStateException("keys combined in buckets must encode deterministically", e);
    }
    if (!keyCoder.consistentWithEquals()) {
      throw new IllegalStateException(
          "keys combined in buckets are compared with equals, which "
              + keyCoder
              + " does not match");
    }
    CoderRegistry registry = input.getPipeline().getCoderRegistry();
    Coder<OutputT> outputCoder;
    try {
      outputCoder = fn.getDefaultOutputCoder(registry, coder.getValueCoder());
    } catch (CannotProvideCoderException e) {
      throw new IllegalStateException("no coder for the output of " + fn, e);
    }
    return input
        .apply("KeyByBucket", ParDo.of(new KeyByBucketFn<K, InputT>(buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), coder))
        .apply("CombineBucket", Combine.perKey(new PerKeyFn<>(fn, keyCoder, coder.getValueCoder())))
        .apply("SplitBucketByKey", ParDo.of(new SplitMapFn<K, OutputT>()))
        .setCoder(KvCoder.of(keyCoder, outputCoder));
  }

  /** Combines a bucket's elements key by key, as {@code fn} would per key. */
  static class PerKeyFn<K, InputT, AccumT, OutputT>
      extends CombineFn<KV<K, InputT>, Map<K, AccumT>, Map<K, OutputT>> {
    private final CombineFn<InputT, AccumT, OutputT> fn;
    private final Coder<K> keyCoder;
    private final Coder<InputT> inputCoder;

    PerKeyFn(CombineFn<InputT, AccumT, OutputT> fn, Coder<K> keyCoder, Coder<InputT> inputCoder) {
      this.fn = fn;
      this.keyCoder = keyCoder;
      this.inputCoder = inputCoder;
    }

    @Override
    public Map<K, AccumT> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<K, AccumT> addInput(Map<K, AccumT> accumulator, KV<K, InputT> input) {
      AccumT before = accumulator.get(input.getKey());
      accumulator.put(
          input.getKey(),
          fn.addInput(before == null ? fn.createAccumulator() : before, input.getValue()));
      return accumulator;
    }

    @Override
    public Map<K, AccumT> mergeAccumulators(Iterable<Map<K, AccumT>> accumulators) {
      Map<K, AccumT> merged = new HashMap<>();
      for (Map<K, AccumT> accumulator : accumulators) {
        accumulator.forEach(
            (key, value) -> {
              AccumT before = merged.get(key);
              merged.put(
                  key, before == null ? value : fn.mergeAccumulators(List.of(before, value)));
            });
      }
      return merged;
    }

    @Override
    public Map<K, OutputT> extractOutput(Map<K, AccumT> accumulator) {
      Map<K, OutputT> output = new HashMap<>();
      accumulator.forEach((key, value) -> output.put(key, fn.extractOutput(value)));
      return output;
    }

    @Override
    public Coder<Map<K, AccumT>> getAccumulatorCoder(
        CoderRegistry registry, Coder<KV<K, InputT>> in) throws CannotProvideCoderException {
      return MapCoder.of(keyCoder, fn.getAccumulatorCoder(registry, inputCoder));
    }

    @Override
    public Coder<Map<K, OutputT>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<KV<K, InputT>> in) throws CannotProvideCoderException {
      return MapCoder.of(keyCoder, fn.getDefaultOutputCoder(registry, inputCoder));
    }
  }

  static class SplitMapFn<K, OutputT> extends DoFn<KV<Integer, Map<K, OutputT>>, KV<K, OutputT>> {
    @ProcessElement
    public void process(
        @Element KV<Integer, Map<K, OutputT>> bucket, OutputReceiver<KV<K, OutputT>> out) {
      bucket.getValue().forEach((key, value) -> out.output(KV.of(key, value)));
    }
  }
}
