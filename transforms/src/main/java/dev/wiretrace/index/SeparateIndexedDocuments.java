package dev.wiretrace.index;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.OutletKey;
import dev.wiretrace.model.Reject;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.CombinePerKeyInBuckets;
import dev.wiretrace.shuffle.ViewOfAll;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Min;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Sets aside tonight's documents that the index already holds: the same id, or the same outlet with
 * the same text (a re-crawl under another name). They go to the rejects with the night they were
 * indexed, so a rerun or an overlapping crawl never counts a document twice. The same text from
 * another outlet is a reprint, and stays.
 */
public class SeparateIndexedDocuments
    extends PTransform<PCollection<HashedDocument>, PCollectionTuple> {
  private static final TupleTag<IndexEntry> EARLIER = new TupleTag<IndexEntry>() {};
  public static final TupleTag<HashedDocument> NEW = new TupleTag<HashedDocument>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  public static final String ALREADY_INDEXED = "already-indexed";

  private final PCollection<IndexEntry> earlier;
  private final Buckets buckets;

  private SeparateIndexedDocuments(PCollection<IndexEntry> earlier, Buckets buckets) {
    this.earlier = earlier;
    this.buckets = buckets;
  }

  /** Sets aside tonight's documents that these earlier nights' entries hold already. */
  public static SeparateIndexedDocuments against(PCollection<IndexEntry> earlier) {
    return new SeparateIndexedDocuments(earlier, Buckets.of(Buckets.PER_WORKER));
  }

  public SeparateIndexedDocuments withBuckets(Buckets buckets) {
    return new SeparateIndexedDocuments(earlier, buckets);
  }

  /** The earlier entries are an input of this transform, beside tonight's documents. */
  @Override
  public Map<TupleTag<?>, PValue> getAdditionalInputs() {
    return Map.of(EARLIER, earlier);
  }

  static String idKey(String id) {
    return "id:" + id;
  }

  static String textKey(HashedDocument document) {
    return textKey(
        document.getProfile().getClues().getMeta().getOutlet(), document.getFingerprint());
  }

  static String textKey(@Nullable String outlet, long fingerprint) {
    return "text:" + OutletKey.of(outlet) + "|" + fingerprint;
  }

  @Override
  public PCollectionTuple expand(PCollection<HashedDocument> tonight) {
    PCollectionView<Map<String, Iterable<String>>> tonightsKeys =
        tonight
            .apply(
                "KeyTonightsDocuments",
                FlatMapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                    .via(
                        (HashedDocument d) ->
                            List.of(KV.of(idKey(d.id()), d.id()), KV.of(textKey(d), d.id()))))
            .apply("ViewTonightsKeys", ViewOfAll.asMultimap());
    PCollectionView<Map<String, String>> indexed =
        earlier
            .apply(
                "FindIndexedCopies",
                ParDo.of(new FindIndexedCopiesFn(tonightsKeys)).withSideInputs(tonightsKeys))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
            .apply(
                "KeepOneReasonEach", CombinePerKeyInBuckets.of(buckets, Min.<String>naturalOrder()))
            .apply("ViewIndexedCopies", ViewOfAll.asMap());
    PCollectionTuple split =
        tonight.apply(
            "SetAsideIndexedCopies",
            ParDo.of(new SetAsideIndexedFn(indexed))
                .withSideInputs(indexed)
                .withOutputTags(NEW, TupleTagList.of(REJECTS)));
    split.get(NEW).setCoder(tonight.getCoder());
    split.get(REJECTS).setCoder(ModelCoders.of(tonight.getPipeline(), Reject.class));
    return split;
  }

  /** For an earlier document, each tonight's document that is the same as it, with why. */
  static class FindIndexedCopiesFn extends DoFn<IndexEntry, KV<String, String>> {
    private final PCollectionView<Map<String, Iterable<String>>> tonightsKeys;

    FindIndexedCopiesFn(PCollectionView<Map<String, Iterable<String>>> tonightsKeys) {
      this.tonightsKeys = tonightsKeys;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      Map<String, Iterable<String>> keys = context.sideInput(tonightsKeys);
      IndexEntry earlier = context.element();
      String night = earlier.getNight();
      Iterable<String> sameId = keys.get(idKey(earlier.getId()));
      if (sameId != null) {
        for (String id : sameId) {
          context.output(KV.of(id, "id " + id + " was indexed on night " + night));
        }
      }
      Iterable<String> sameText = keys.get(textKey(earlier.getOutlet(), earlier.getFingerprint()));
      if (sameText != null) {
        for (String id : sameText) {
          if (!id.equals(earlier.getId())) {
            context.output(
                KV.of(
                    id,
                    "same outlet and text as " + earlier.getId() + ", indexed on night " + night));
          }
        }
      }
    }
  }

  static class SetAsideIndexedFn extends DoFn<HashedDocument, HashedDocument> {
    private final Counter alreadyIndexed =
        Metrics.counter(SetAsideIndexedFn.class, Counters.ALREADY_INDEXED);
    private final PCollectionView<Map<String, String>> indexed;

    SetAsideIndexedFn(PCollectionView<Map<String, String>> indexed) {
      this.indexed = indexed;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      HashedDocument document = context.element();
      String why = context.sideInput(indexed).get(document.id());
      if (why == null) {
        context.output(document);
        return;
      }
      alreadyIndexed.inc();
      String path = document.getProfile().getClues().getMeta().getPath();
      context.output(
          REJECTS, Reject.create(path == null ? document.id() : path, ALREADY_INDEXED, why));
    }
  }
}
