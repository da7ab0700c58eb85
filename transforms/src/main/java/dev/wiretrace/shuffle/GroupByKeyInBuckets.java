package dev.wiretrace.shuffle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * {@link GroupByKey} with one group per {@link Buckets bucket} of keys: the same output, one
 * element per key with all its values, but the runner forms only as many groups as there are
 * buckets, and the steps after it see one bundle per bucket. A bucket's values are held in memory
 * while it is split by key.
 */
public class GroupByKeyInBuckets<K, V>
    extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> {
  private final Buckets buckets;

  private GroupByKeyInBuckets(Buckets buckets) {
    this.buckets = buckets;
  }

  public static <K, V> GroupByKeyInBuckets<K, V> of(Buckets buckets) {
    return new GroupByKeyInBuckets<>(buckets);
  }

  @Override
  public PCollection<KV<K, Iterable<V>>> expand(PCollection<KV<K, V>> input) {
    KvCoder<K, V> coder = KeyedCoders.of(input);
    return input
        .apply("KeyByBucket", ParDo.of(new KeyByBucketFn<K, V>(buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), coder))
        .apply("GroupByBucket", GroupEncodedByKey.create())
        .apply("SplitBucketByKey", ParDo.of(new SplitBucketFn<K, V>(coder.getKeyCoder())))
        .setCoder(KvCoder.of(coder.getKeyCoder(), IterableCoder.of(coder.getValueCoder())));
  }

  static class SplitBucketFn<K, V>
      extends DoFn<KV<Integer, Iterable<KV<K, V>>>, KV<K, Iterable<V>>> {
    private final Coder<K> keyCoder;

    SplitBucketFn(Coder<K> keyCoder) {
      this.keyCoder = keyCoder;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<KV<K, V>>> bucket, OutputReceiver<KV<K, Iterable<V>>> out) {
      for (KV<K, List<V>> group : byKey(bucket.getValue(), keyCoder)) {
        out.output(KV.of(group.getKey(), group.getValue()));
      }
    }
  }

  /** A bucket's values by key, keys compared as the runner compares them: by their encoding. */
  static <K, V> Iterable<KV<K, List<V>>> byKey(Iterable<KV<K, V>> bucket, Coder<K> keyCoder) {
    Map<Object, KV<K, List<V>>> byKey = new LinkedHashMap<>();
    for (KV<K, V> element : bucket) {
      byKey
          .computeIfAbsent(
              keyCoder.structuralValue(element.getKey()),
              k -> KV.of(element.getKey(), new ArrayList<>()))
          .getValue()
          .add(element.getValue());
    }
    return byKey.values();
  }
}
