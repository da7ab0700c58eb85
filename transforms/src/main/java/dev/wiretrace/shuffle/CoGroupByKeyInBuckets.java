package dev.wiretrace.shuffle;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
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
 * {@link CoGroupByKey} with one group per {@link Buckets bucket} of keys: the same
 * {@link CoGbkResult} per key, built from a {@link GroupByKeyInBuckets} of the tagged values.
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
    PCollectionList<KV<K, RawUnionValue>> tables = PCollectionList.empty(input.getPipeline());
    int index = 0;
    for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> tagged : input.getKeyedCollections()) {
      tables =
          tables.and(
              tag(tagged, index)
                  .setCoder(KvCoder.of(keyCoder, unionCoder)));
      index++;
    }
    CoGbkResultSchema schema = input.getCoGbkResultSchema();
    return tables
        .apply("CollectTagged", Flatten.pCollections())
        .apply("GroupTaggedInBuckets", GroupByKeyInBuckets.of(buckets))
        .apply("MakeResults", ParDo.of(new MakeResultFn<K>(schema)))
        .setCoder(KvCoder.of(keyCoder, CoGbkResult.CoGbkResultCoder.of(schema, unionCoder)));
  }

  private static <K, V> PCollection<KV<K, RawUnionValue>> tag(
      KeyedPCollectionTuple.TaggedKeyedPCollection<K, V> tagged, int index) {
    return tagged
        .getCollection()
        .apply("Tag" + index, ParDo.of(new TagFn<K, V>(index)));
  }

  static class TagFn<K, V> extends DoFn<KV<K, V>, KV<K, RawUnionValue>> {
    private final int index;

    TagFn(int index) {
      this.index = index;
    }

    @ProcessElement
    public void process(@Element KV<K, V> element, OutputReceiver<KV<K, RawUnionValue>> out) {
      out.output(KV.of(element.getKey(), new RawUnionValue(index, element.getValue())));
    }
  }

  static class MakeResultFn<K> extends DoFn<KV<K, Iterable<RawUnionValue>>, KV<K, CoGbkResult>> {
    private final CoGbkResultSchema schema;

    MakeResultFn(CoGbkResultSchema schema) {
      this.schema = schema;
    }

    @ProcessElement
    public void process(
        @Element KV<K, Iterable<RawUnionValue>> group, OutputReceiver<KV<K, CoGbkResult>> out) {
      out.output(KV.of(group.getKey(), new CoGbkResult(schema, group.getValue())));
    }
  }
}
