package dev.wiretrace.shuffle;

import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

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

  @Override
  public PCollection<CoGbkResult> expand(PCollectionTuple input) {
    PCollection<byte[]> start = input.getPipeline().apply("Start", Impulse.create());
    KeyedPCollectionTuple<Integer> keyed =
        KeyedPCollectionTuple.of(START, keyed("KeyStart", start));
    int n = 0;
    for (Map.Entry<TupleTag<Object>, PCollection<Object>> entry : entries(input)) {
      keyed = keyed.and(entry.getKey(), keyed("KeyInput" + n++, entry.getValue()));
    }
    return keyed.apply("GroupAll", CoGroupByKey.create()).apply("TakeGroup", Values.create());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Iterable<Map.Entry<TupleTag<Object>, PCollection<Object>>> entries(
      PCollectionTuple input) {
    return (Iterable) input.getAll().entrySet();
  }

  private static <T> PCollection<KV<Integer, T>> keyed(String name, PCollection<T> elements) {
    return elements
        .apply(name, WithKeys.<Integer, T>of(0))
        .setCoder(KvCoder.of(VarIntCoder.of(), elements.getCoder()));
  }
}
