package dev.wiretrace.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wiretrace.testing.TestPipelineExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grouping in buckets gives what Beam's own grouping gives, whatever the number of buckets. */
@ExtendWith(TestPipelineExtension.class)
class GroupingInBucketsTest {
  /** 300 values over 37 keys, some keys with one value, one key with many. */
  private static List<KV<String, Long>> values() {
    List<KV<String, Long>> values = new ArrayList<>();
    for (long i = 0; i < 300; i++) {
      values.add(KV.of("key" + (i % 37 == 0 ? 0 : i % 29), i));
    }
    return values;
  }

  private static Map<String, Long> expectedSums() {
    Map<String, Long> sums = new TreeMap<>();
    values().forEach(kv -> sums.merge(kv.getKey(), kv.getValue(), Long::sum));
    return sums;
  }

  private static long sumOf(Iterable<Long> values) {
    long sum = 0;
    for (long v : values) {
      sum += v;
    }
    return sum;
  }

  private static PCollection<KV<String, Long>> input(TestPipeline pipeline) {
    return pipeline.apply(
        Create.of(values()).withCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 64})
  void groupByKeyGivesEachKeyOnceWithAllItsValues(int count, TestPipeline pipeline) {
    PCollection<KV<String, Long>> sums =
        input(pipeline)
            .apply(GroupByKeyInBuckets.of(Buckets.of(count)))
            .apply(
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                    .via(group -> KV.of(group.getKey(), sumOf(group.getValue()))));
    PAssert.that(sums).containsInAnyOrder(asKvs(expectedSums()));
    pipeline.run();
  }

  /** Values that crossed the shuffle as bytes read back whole, and as often as a reader asks. */
  @Test
  void groupEncodedByKeyGivesEveryValueEachTimeTheGroupIsRead(TestPipeline pipeline) {
    PCollection<KV<String, Long>> readTwice =
        input(pipeline)
            .apply(GroupEncodedByKey.create())
            .apply(
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                    .via(
                        group -> {
                          long first = sumOf(group.getValue());
                          long second = sumOf(group.getValue());
                          return KV.of(group.getKey(), first == second ? first : -1);
                        }));
    PAssert.that(readTwice).containsInAnyOrder(asKvs(expectedSums()));
    pipeline.run();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5})
  void combinePerKeyEqualsBeamsCombinePerKey(int count, TestPipeline pipeline) {
    PCollection<KV<String, Long>> input = input(pipeline);
    PAssert.that(
            input.apply(
                "SumInBuckets", CombinePerKeyInBuckets.of(Buckets.of(count), Sum.ofLongs())))
        .containsInAnyOrder(asKvs(expectedSums()));
    PCollection<KV<String, Long>> counts =
        input.apply(
            "CountInBuckets",
            CombinePerKeyInBuckets.of(Buckets.of(count), Count.<Long>combineFn()));
    PAssert.that(counts).containsInAnyOrder(expectedCounts());
    PAssert.that(input.apply("CountByBeam", Count.perKey())).containsInAnyOrder(expectedCounts());
    pipeline.run();
  }

  private static List<KV<String, Long>> expectedCounts() {
    Map<String, Long> counts = new TreeMap<>();
    values().forEach(kv -> counts.merge(kv.getKey(), 1L, Long::sum));
    return asKvs(counts);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void distinctGivesEachElementOnce(int count, TestPipeline pipeline) {
    PCollection<String> keys =
        input(pipeline)
            .apply(MapElements.into(TypeDescriptors.strings()).via(KV::getKey))
            .apply(DistinctInBuckets.of(Buckets.of(count)));
    PAssert.that(keys).containsInAnyOrder(expectedSums().keySet());
    pipeline.run();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 6})
  void coGroupByKeyJoinsBothSidesAndKeepsKeysFoundOnOneSideOnly(int count, TestPipeline pipeline) {
    TupleTag<Long> numbers = new TupleTag<>("numbers");
    TupleTag<String> names = new TupleTag<>("names");
    PCollection<KV<String, String>> named =
        pipeline.apply(
            "Names",
            Create.of(KV.of("key1", "one"), KV.of("key2", "two"), KV.of("nokey", "none"))
                .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollection<String> joined =
        KeyedPCollectionTuple.of(numbers, input(pipeline))
            .and(names, named)
            .apply(CoGroupByKeyInBuckets.of(Buckets.of(count)))
            .apply(
                MapElements.into(TypeDescriptors.strings())
                    .via(
                        (KV<String, CoGbkResult> group) -> {
                          long sum = 0;
                          for (long v : group.getValue().getAll(numbers)) {
                            sum += v;
                          }
                          return group.getKey()
                              + "="
                              + sum
                              + ":"
                              + group.getValue().getOnly(names, "-");
                        }));
    List<String> expected = new ArrayList<>();
    expectedSums()
        .forEach(
            (key, sum) ->
                expected.add(
                    key
                        + "="
                        + sum
                        + ":"
                        + (key.equals("key1") ? "one" : key.equals("key2") ? "two" : "-")));
    expected.add("nokey=0:none");
    PAssert.that(joined).containsInAnyOrder(expected);
    pipeline.run();
  }

  private static List<KV<String, Long>> asKvs(Map<String, Long> map) {
    List<KV<String, Long>> kvs = new ArrayList<>();
    map.forEach((k, v) -> kvs.add(KV.of(k, v)));
    assertEquals(map.size(), kvs.size());
    return kvs;
  }
}
