package dev.wiretrace.shuffle;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.testing.TestPipelineExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Side inputs built by {@link ViewOfAll} hold what Beam's own views hold, empty ones too. */
@ExtendWith(TestPipelineExtension.class)
class ViewOfAllTest {
  private static final List<KV<String, Integer>> PAIRS =
      List.of(KV.of("a", 1), KV.of("b", 2), KV.of("a", 3), KV.of("c", 4));

  private static PCollection<KV<String, Integer>> pairs(
      TestPipeline pipeline, String name, List<KV<String, Integer>> pairs) {
    return pipeline.apply(
        name, Create.of(pairs).withCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())));
  }

  private static PCollection<String> keys(TestPipeline pipeline) {
    return pipeline.apply("Keys", Create.of("a", "b", "c", "d"));
  }

  @Test
  void aListAndAMultimapHoldEveryElement(TestPipeline pipeline) {
    PCollection<KV<String, Integer>> pairs = pairs(pipeline, "Pairs", PAIRS);
    PCollectionView<List<KV<String, Integer>>> list = pairs.apply("AsList", ViewOfAll.asList());
    PCollectionView<Map<String, Iterable<Integer>>> multimap =
        pairs.apply("AsMultimap", ViewOfAll.asMultimap());
    PCollection<String> read =
        keys(pipeline)
            .apply(
                ParDo.of(new ReadListAndMultimapFn(list, multimap)).withSideInputs(list, multimap));
    PAssert.that(read).containsInAnyOrder("a=[1, 3] of 4", "b=[2] of 4", "c=[4] of 4", "d=[] of 4");
    pipeline.run();
  }

  @Test
  void emptyCollectionsGiveEmptyViews(TestPipeline pipeline) {
    PCollection<KV<String, Integer>> none = pairs(pipeline, "NoPairs", List.of());
    PCollectionView<List<KV<String, Integer>>> list = none.apply("AsList", ViewOfAll.asList());
    PCollectionView<Map<String, Integer>> map = none.apply("AsMap", ViewOfAll.asMap());
    PCollectionView<Map<String, Iterable<Integer>>> multimap =
        none.apply("AsMultimap", ViewOfAll.asMultimap());
    PCollection<String> read =
        keys(pipeline)
            .apply(ParDo.of(new SizesFn(list, map, multimap)).withSideInputs(list, map, multimap));
    PAssert.that(read).containsInAnyOrder("a:000", "b:000", "c:000", "d:000");
    pipeline.run();
  }

  @Test
  void aMapHoldsEachKeyOnceAndAKeySeenTwiceFailsTheRun(TestPipeline pipeline) {
    PCollectionView<Map<String, Integer>> unique =
        pairs(pipeline, "Unique", List.of(KV.of("a", 1), KV.of("b", 2)))
            .apply("AsMap", ViewOfAll.asMap());
    PCollectionView<Map<String, Integer>> twice =
        pairs(pipeline, "Twice", PAIRS).apply("AsMapTwice", ViewOfAll.asMap());
    keys(pipeline)
        .apply(ParDo.of(new SizesFn(null, unique, null)).withSideInputs(unique))
        .apply("ReadTwice", ParDo.of(new SizesFn(null, twice, null)).withSideInputs(twice));
    RuntimeException failure = assertThrows(RuntimeException.class, pipeline::run);
    assertTrue(
        String.valueOf(failure.getMessage()).contains("two values for the key a"),
        failure.getMessage());
  }

  @Test
  void gatheringEmptyCollectionsGivesOneEmptyResult(TestPipeline pipeline) {
    TupleTag<KV<String, Integer>> tag = new TupleTag<>("pairs");
    PCollection<Integer> sizes =
        PCollectionTuple.of(tag, pairs(pipeline, "NoPairs", List.of()))
            .apply(GatherAll.together())
            .apply(ParDo.of(new CountFn(tag)));
    PAssert.that(sizes).containsInAnyOrder(0);
    pipeline.run();
  }

  private static class ReadListAndMultimapFn extends DoFn<String, String> {
    private final PCollectionView<List<KV<String, Integer>>> list;
    private final PCollectionView<Map<String, Iterable<Integer>>> multimap;

    ReadListAndMultimapFn(
        PCollectionView<List<KV<String, Integer>>> list,
        PCollectionView<Map<String, Iterable<Integer>>> multimap) {
      this.list = list;
      this.multimap = multimap;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      List<Integer> values = new ArrayList<>();
      Iterable<Integer> found = c.sideInput(multimap).get(c.element());
      if (found != null) {
        found.forEach(values::add);
      }
      values.sort(null);
      c.output(c.element() + "=" + values + " of " + c.sideInput(list).size());
    }
  }

  /** The sizes of the views it is given, in order; a missing view counts as nothing. */
  private static class SizesFn extends DoFn<String, String> {
    private final PCollectionView<List<KV<String, Integer>>> list;
    private final PCollectionView<Map<String, Integer>> map;
    private final PCollectionView<Map<String, Iterable<Integer>>> multimap;

    SizesFn(
        PCollectionView<List<KV<String, Integer>>> list,
        PCollectionView<Map<String, Integer>> map,
        PCollectionView<Map<String, Iterable<Integer>>> multimap) {
      this.list = list;
      this.map = map;
      this.multimap = multimap;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output(
          c.element()
              + ":"
              + (list == null ? "" : c.sideInput(list).size())
              + (map == null ? "" : c.sideInput(map).size())
              + (multimap == null ? "" : c.sideInput(multimap).size()));
    }
  }

  private static class CountFn extends DoFn<CoGbkResult, Integer> {
    private final TupleTag<KV<String, Integer>> tag;

    CountFn(TupleTag<KV<String, Integer>> tag) {
      this.tag = tag;
    }

    @ProcessElement
    public void process(@Element CoGbkResult all, OutputReceiver<Integer> out) {
      int n = 0;
      for (KV<String, Integer> ignored : all.getAll(tag)) {
        n++;
      }
      out.output(n);
    }
  }
}
