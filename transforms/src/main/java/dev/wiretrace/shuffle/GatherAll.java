package dev.wiretrace.shuffle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGbkResultSchema;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Every element of some collections, as exactly one {@link CoGbkResult} (read each collection from
 * it by its tag), also when all of them are empty. For a step that needs the whole of its inputs at
 * once, such as writing one file from them.
 *
 * <p>It is a grouping, not a side input read by a step started from an {@link Impulse}: on Beam
 * 2.62's DirectRunner, such a step's element waits for its side inputs, and when they became ready
 * just as the runner fell idle it was never tried again; the run then spun for ever with no work
 * left (1 run in 15 reading an index). A grouping's output exists only once its inputs are
 * complete, so nothing waits.
 */
public class GatherAll extends PTransform<PCollectionTuple, PCollection<CoGbkResult>> {
  /** One element, so that there is one group even when every input is empty. */
  private static final TupleTag<byte[]> START = new TupleTag<>("start");

  private GatherAll() {}

  public static GatherAll together() {
    return new GatherAll();
  }

  /**
   * Not {@code CoGroupByKey}: its result keeps the first 10,000 elements of a group in memory and
   * reads the rest again from the group for each collection asked for, and Flink hands a group over
   * once ("GBK result is not re-iterable"). Gathering is for steps that need all of it in memory
   * anyway, so the group is read once, into memory ({@link #resultOf}).
   */
  @Override
  public PCollection<CoGbkResult> expand(PCollectionTuple input) {
    List<TupleTag<?>> tags = new ArrayList<>();
    List<Coder<?>> coders = new ArrayList<>();
    List<PCollection<?>> collections = new ArrayList<>();
    tags.add(START);
    coders.add(ByteArrayCoder.of());
    collections.add(input.getPipeline().apply("Start", Impulse.create()));
    for (Map.Entry<TupleTag<Object>, PCollection<Object>> entry : entries(input)) {
      tags.add(entry.getKey());
      coders.add(entry.getValue().getCoder());
      collections.add(entry.getValue());
    }
    UnionCoder union = UnionCoder.of(coders);
    PCollectionList<RawUnionValue> tagged = PCollectionList.empty(input.getPipeline());
    for (int i = 0; i < collections.size(); i++) {
      tagged =
          tagged.and(
              collections.get(i).apply("TagInput" + i, ParDo.of(new TagFn<>(i))).setCoder(union));
    }
    CoGbkResultSchema schema = new CoGbkResultSchema(TupleTagList.of(tags));
    return tagged
        .apply("CollectAll", Flatten.pCollections())
        .apply("KeyAll", WithKeys.<Integer, RawUnionValue>of(0))
        .setCoder(KvCoder.of(VarIntCoder.of(), union))
        .apply("GroupAll", GroupEncodedByKey.create())
        .apply("TakeGroup", ParDo.of(new TakeGroupFn(schema)))
        .setCoder(CoGbkResult.CoGbkResultCoder.of(schema, union));
  }

  /** The group as a result whose every collection is in memory: the group is iterated once. */
  static CoGbkResult resultOf(CoGbkResultSchema schema, Iterable<RawUnionValue> group) {
    return new CoGbkResult(schema, group, Integer.MAX_VALUE, 1);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Iterable<Map.Entry<TupleTag<Object>, PCollection<Object>>> entries(
      PCollectionTuple input) {
    return (Iterable) input.getAll().entrySet();
  }

  private static final class TagFn<T> extends DoFn<T, RawUnionValue> {
    private final int index;

    TagFn(int index) {
      this.index = index;
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<RawUnionValue> out) {
      out.output(new RawUnionValue(index, element));
    }
  }

  private static final class TakeGroupFn
      extends DoFn<KV<Integer, Iterable<RawUnionValue>>, CoGbkResult> {
    private final CoGbkResultSchema schema;

    TakeGroupFn(CoGbkResultSchema schema) {
      this.schema = schema;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<RawUnionValue>> group, OutputReceiver<CoGbkResult> out) {
      out.output(resultOf(schema, group.getValue()));
    }
  }
}
