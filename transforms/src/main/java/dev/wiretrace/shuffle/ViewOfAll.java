package dev.wiretrace.shuffle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Side inputs as {@link View#asList}, {@link View#asMap} and {@link View#asMultimap} give them,
 * built from one element that always exists, so a side input is never empty.
 *
 * <p>Why: on Beam 2.62's DirectRunner an empty side input becomes ready without the runner noticing
 * any new work; a main-input element that had been set aside to wait for it, at a moment when the
 * runner fell idle, was then never tried again, and the run spun for ever with nothing to do. A
 * night reading an index hung so in 1 of 3 to 1 of 15 runs; its usual empty side inputs (tonight's
 * documents already in the index, edges to earlier nights) made it likely. Built this way, a side
 * input is ready only once its one element is written, which wakes the runner.
 *
 * <p>On the cluster runners (Flink, Spark, Dataflow) these are Beam's own views: the bug is the
 * DirectRunner's executor's, and the one element holds the whole side input, which Flink's sorter
 * refuses past its sort buffer (a Bloom filter of tonight's hashes alone was larger). Any other
 * runner, the DirectRunner and a runner that wraps it alike, gets the never-empty views.
 */
public final class ViewOfAll {
  private static final TupleTag<Object> ALL = new TupleTag<>("all");

  private ViewOfAll() {}

  public static <T> PTransform<PCollection<T>, PCollectionView<List<T>>> asList() {
    return new Build<T, List<T>>(
        View.asList(),
        all -> {
          List<T> list = new ArrayList<>();
          all.forEach(list::add);
          return list;
        },
        ListCoder::of);
  }

  /** Each key once; a key seen twice fails the run, as {@link View#asMap} does. */
  public static <K, V> PTransform<PCollection<KV<K, V>>, PCollectionView<Map<K, V>>> asMap() {
    return new Build<KV<K, V>, Map<K, V>>(
        View.asMap(),
        all -> {
          Map<K, V> map = new HashMap<>();
          for (KV<K, V> entry : all) {
            if (map.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
              throw new IllegalArgumentException(
                  "two values for the key " + entry.getKey() + " of a side input");
            }
          }
          return map;
        },
        coder -> mapCoder(coder, false));
  }

  public static <K, V>
      PTransform<PCollection<KV<K, V>>, PCollectionView<Map<K, Iterable<V>>>> asMultimap() {
    return new Build<KV<K, V>, Map<K, Iterable<V>>>(
        View.asMultimap(),
        all -> {
          Map<K, List<V>> lists = new HashMap<>();
          for (KV<K, V> entry : all) {
            lists.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
          }
          return new HashMap<K, Iterable<V>>(lists);
        },
        coder -> mapCoder(coder, true));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Coder mapCoder(Coder<?> elementCoder, boolean multi) {
    KvCoder<?, ?> kv = (KvCoder<?, ?>) elementCoder;
    Coder<?> values = multi ? IterableCoder.of(kv.getValueCoder()) : kv.getValueCoder();
    return MapCoder.of(kv.getKeyCoder(), values);
  }

  private static class Build<T, ViewT> extends PTransform<PCollection<T>, PCollectionView<ViewT>> {
    private final PTransform<PCollection<T>, PCollectionView<ViewT>> beamView;
    private final SerializableFunction<Iterable<T>, ViewT> assemble;
    private final SerializableFunction<Coder<T>, Coder<ViewT>> viewCoder;

    Build(
        PTransform<PCollection<T>, PCollectionView<ViewT>> beamView,
        SerializableFunction<Iterable<T>, ViewT> assemble,
        SerializableFunction<Coder<T>, Coder<ViewT>> viewCoder) {
      this.beamView = beamView;
      this.assemble = assemble;
      this.viewCoder = viewCoder;
    }

    @Override
    @SuppressWarnings("unchecked")
    public PCollectionView<ViewT> expand(PCollection<T> input) {
      if (ClusterRunners.runs(input.getPipeline())) {
        return input.apply("View", beamView);
      }
      return PCollectionTuple.of((TupleTag<T>) (TupleTag<?>) ALL, input)
          .apply("GatherAll", GatherAll.together())
          .apply("Assemble", ParDo.of(new AssembleFn<T, ViewT>(assemble)))
          .setCoder(viewCoder.apply(input.getCoder()))
          .apply("View", View.asSingleton());
    }
  }

  private static class AssembleFn<T, ViewT> extends DoFn<CoGbkResult, ViewT> {
    private final SerializableFunction<Iterable<T>, ViewT> assemble;

    AssembleFn(SerializableFunction<Iterable<T>, ViewT> assemble) {
      this.assemble = assemble;
    }

    @ProcessElement
    @SuppressWarnings("unchecked")
    public void process(@Element CoGbkResult all, OutputReceiver<ViewT> out) {
      out.output(assemble.apply((Iterable<T>) (Iterable<?>) all.getAll(ALL)));
    }
  }
}
