package dev.wiretrace.direction;

import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.Reject;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.CoGroupByKeyInBuckets;
import dev.wiretrace.shuffle.CombinePerKeyInBuckets;
import dev.wiretrace.shuffle.ViewOfAll;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Turns copying pairs into directed document edges: siblings under a common source are set aside,
 * then each pair's direction comes from its evidence, each document's wire credits as candidate
 * parents, then per document its primary and secondary parents.
 */
public class DecideDirection extends PTransform<PCollection<PairScore>, PCollectionTuple> {
  /** The document and wire edges, one primary parent per document and its other sources. */
  public static final TupleTag<CopyEdge> EDGES = new TupleTag<CopyEdge>() {};

  /** Pairs the direction rules could not handle ({@code internal-error}). */
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private static final TupleTag<DocumentProfile> PROFILES = new TupleTag<DocumentProfile>() {};

  private final PCollection<DocumentProfile> profiles;
  private final Buckets buckets;

  private DecideDirection(PCollection<DocumentProfile> profiles, Buckets buckets) {
    this.profiles = profiles;
    this.buckets = buckets;
  }

  /** Orients copying pairs among these documents, whose credits also give wire edges. */
  public static DecideDirection among(PCollection<DocumentProfile> profiles) {
    return new DecideDirection(profiles, Buckets.of(Buckets.PER_WORKER));
  }

  /** Groups pairs and edges by bucket of document ids. */
  public DecideDirection withBuckets(Buckets buckets) {
    return new DecideDirection(profiles, buckets);
  }

  /** The documents' profiles are an input of this transform, beside the pairs. */
  @Override
  public Map<TupleTag<?>, PValue> getAdditionalInputs() {
    return Map.of(PROFILES, profiles);
  }

  @Override
  public PCollectionTuple expand(PCollection<PairScore> pairs) {
    Pipeline pipeline = pairs.getPipeline();
    PCollection<PairScore> unexplained =
        pairs.apply("ExplainSiblings", ExplainSiblings.in(buckets));
    PCollectionView<Map<String, Long>> partners =
        unexplained
            .apply(
                "ListPartners",
                FlatMapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.integers()))
                    .via(
                        (PairScore p) -> List.of(KV.of(p.getA().id(), 1), KV.of(p.getB().id(), 1))))
            .apply("CountPartners", CombinePerKeyInBuckets.of(buckets, Count.<Integer>combineFn()))
            .apply("ViewPartnerCounts", ViewOfAll.asMap());
    PCollectionTuple oriented =
        unexplained.apply(
            "OrientPairs",
            ParDo.of(new DecideDirectionFn(partners))
                .withSideInputs(partners)
                .withOutputTags(EDGES, TupleTagList.of(REJECTS)));
    oriented.get(REJECTS).setCoder(ModelCoders.of(pipeline, Reject.class));
    PCollection<CopyEdge> pairEdges =
        oriented.get(EDGES).setCoder(ModelCoders.of(pipeline, CopyEdge.class));
    PCollection<CopyEdge> creditEdges =
        profiles
            .apply(
                "EdgesFromCredits",
                FlatMapElements.into(TypeDescriptor.of(CopyEdge.class))
                    .via((DocumentProfile p) -> CreditEdges.of(p.getClues())))
            .setCoder(ModelCoders.of(pipeline, CopyEdge.class));
    PCollection<CopyEdge> candidates =
        PCollectionList.of(pairEdges)
            .and(creditEdges)
            .apply("CollectCandidates", Flatten.pCollections());
    PCollection<KV<String, KV<String, List<String>>>> sourcesOfCandidates =
        candidates.apply("FindSourcesOfCandidates", new FindSourcesOfCandidates(buckets));
    PCollection<KV<String, CopyEdge>> byTarget =
        candidates
            .apply(
                "KeyByTarget",
                WithKeys.of(CopyEdge::getTarget).withKeyType(TypeDescriptors.strings()))
            .setCoder(ModelCoders.keyedByString(pipeline, CopyEdge.class));
    // named tags, not anonymous subclasses, which would hold this transform and its inputs
    TupleTag<CopyEdge> candidateTag = new TupleTag<>("candidates");
    TupleTag<KV<String, List<String>>> sourcesTag = new TupleTag<>("sourcesOfCandidates");
    PCollection<CopyEdge> edges =
        KeyedPCollectionTuple.of(candidateTag, byTarget)
            .and(sourcesTag, sourcesOfCandidates)
            .apply("GroupByTarget", CoGroupByKeyInBuckets.of(buckets))
            .apply("SelectParents", ParDo.of(new SelectParentsFn(candidateTag, sourcesTag)))
            .setCoder(ModelCoders.of(pipeline, CopyEdge.class));
    return PCollectionTuple.of(EDGES, edges).and(REJECTS, oriented.get(REJECTS));
  }
}
