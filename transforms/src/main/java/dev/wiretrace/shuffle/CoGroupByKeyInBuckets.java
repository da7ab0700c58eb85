package dev.wiretrace.shuffle;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGbkResultSchema;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * {@link CoGroupByKey} with one group per {@link Buckets bucket} of keys: the same {@link
 * CoGbkResult} per key, built from one group per bucket of the tagged values.
 */
public class CoGroupByKeyInBuckets<K>
    extends PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, CoGbkResult>>> {
  private final Buckets buckets;

  private CoGroupByKeyInBuckets(Buckets buckets) {
    this.buckets = buckets;
  }

  public static <K> CoGroupByKeyInBuckets<K> of(Buckets buckets) {
    return new CoGroupByKeyInBuckets<>(buckets);
  }

  @Override
  public PCollection<KV<K, CoGbkResult>> expand(KeyedPCollectionTuple<K> input) {
    List<Coder<?>> valueCoders = new ArrayList<>();
    for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> tagged : input.getKeyedCollections()) {
      valueCoders.add(KeyedCoders.of(tagged.getCollection()).getValueCoder());
    }
    UnionCoder unionCoder = UnionCoder.of(valueCoders);
    Coder<K> keyCoder = input.getKeyCoder();
    Coder<KV<Integer, KV<K, RawUnionValue>>> taggedCoder =
        KvCoder.of(VarIntCoder.of(), KvCoder.of(keyCoder, unionCoder));
    PCollectionList<KV<Integer, KV<K, RawUnionValue>>> tagged =
        PCollectionList.empty(input.getPipeline());
    int index = 0;
    for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> collection :
        input.getKeyedCollections()) {
      tagged = tagged.and(tag(collection, index, buckets).setCoder(taggedCoder));
      index++;
    }
    CoGbkResultSchema schema = input.getCoGbkResultSchema();
    return tagged
        .apply("CollectTagged", Flatten.pCollections())
        .apply("GroupByBucket", GroupEncodedByKey.create())
        .apply("SplitBucketByKey", ParDo.of(new SplitIntoResultsFn<K>(schema, keyCoder)))
        .setCoder(KvCoder.of(keyCoder, CoGbkResult.CoGbkResultCoder.of(schema, unionCoder)));
  }

  private static <K, V> PCollection<KV<Integer, KV<K, RawUnionValue>>> tag(
      KeyedPCollectionTuple.TaggedKeyedPCollection<K, V> tagged, int index, Buckets buckets) {
    return tagged.getCollection().apply("Tag" + index, ParDo.of(new TagFn<K, V>(index, buckets)));
  }

  /** Tags a value with its input, and keys it by the bucket of its key. */
  static class TagFn<K, V> extends DoFn<KV<K, V>, KV<Integer, KV<K, RawUnionValue>>> {
    private final int index;
    private final Buckets buckets;

    TagFn(int index, Buckets buckets) {
      this.index = index;
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(
        @Element KV<K, V> element, OutputReceiver<KV<Integer, KV<K, RawUnionValue>>> out) {
      out.output(
          KV.of(
              buckets.of(element.getKey()),
              KV.of(element.getKey(), new RawUnionValue(index, element.getValue()))));
    }
  }

  /** One result per key of the bucket, as the runner compares keys: by their encoding. */
  static class SplitIntoResultsFn<K>
      extends DoFn<KV<Integer, Iterable<KV<K, RawUnionValue>>>, KV<K, CoGbkResult>> {
    private final CoGbkResultSchema schema;
    private final Coder<K> keyCoder;

    SplitIntoResultsFn(CoGbkResultSchema schema, Coder<K> keyCoder) {
      this.schema = schema;
      this.keyCoder = keyCoder;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<KV<K, RawUnionValue>>> bucket,
        OutputReceiver<KV<K, CoGbkResult>> out) {
      for (KV<K, List<RawUnionValue>> group :
          GroupByKeyInBuckets.byKey(bucket.getValue(), keyCoder)) {
        out.output(KV.of(group.getKey(), new CoGbkResult(schema, group.getValue())));
      }
    }
  }
}
