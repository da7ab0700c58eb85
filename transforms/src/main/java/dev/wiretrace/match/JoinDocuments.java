package dev.wiretrace.match;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.SchemaCoders;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.CoGroupByKeyInBuckets;
import dev.wiretrace.shuffle.CombinePerKeyInBuckets;
import dev.wiretrace.shuffle.DistinctInBuckets;
import dev.wiretrace.shuffle.ViewOfAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Joins documents through their shared hashes: postings grouped by hash give candidate pairs
 * (capped by a maximum document frequency), pairs sharing enough hashes are scored in full, and
 * those that pass the {@link CopyThreshold} come out as {@link PairScore}s.
 *
 * <p>With earlier documents ({@link JoinInput#withEarlier}, the index of earlier nights), every
 * earlier document is a candidate partner of tonight's, but only pairs that a tonight's document
 * takes part in, or that share a hash with one, are built: the archive is scanned, never joined
 * whole.
 */
public class JoinDocuments extends PTransform<JoinInput, PCollectionTuple> {
  /** The copying pairs. */
  public static final TupleTag<PairScore> SCORED_PAIRS = new TupleTag<PairScore>() {};

  /** Pairs scoring could not handle ({@code internal-error}), named by their two inputs. */
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  /** Hashes over the maximum document frequency: never evidence of copying, not even in scoring. */
  static final TupleTag<Long> COMMON_HASHES = new TupleTag<Long>() {};

  static final TupleTag<KV<DocumentPair, Long>> PAIR_HITS =
      new TupleTag<KV<DocumentPair, Long>>() {};

  /**
   * A reprint of one wire story by hundreds of outlets stays under this; a site footer does not.
   */
  public static final int DEFAULT_MAX_DOCUMENT_FREQUENCY = 200;

  /** Fewer shared hashes than this cannot reach the copy threshold's shared run. */
  public static final int MIN_SHARED_HASHES = 3;

  private final int maxDocumentFrequency;
  private final CopyThreshold threshold;
  private final Buckets buckets;

  private JoinDocuments(int maxDocumentFrequency, CopyThreshold threshold, Buckets buckets) {
    this.maxDocumentFrequency = maxDocumentFrequency;
    this.threshold = threshold;
    this.buckets = buckets;
  }

  public static JoinDocuments create() {
    return new JoinDocuments(
        DEFAULT_MAX_DOCUMENT_FREQUENCY, CopyThreshold.defaults(), Buckets.of(Buckets.PER_WORKER));
  }

  /** At least 2: a hash in one document alone pairs nothing, so a lower bound drops every hash. */
  public JoinDocuments withMaxDocumentFrequency(int maxDocumentFrequency) {
    if (maxDocumentFrequency < 2) {
      throw new IllegalArgumentException(
          "maxDocumentFrequency must be 2 or more, not " + maxDocumentFrequency);
    }
    return new JoinDocuments(maxDocumentFrequency, threshold, buckets);
  }

  public JoinDocuments withThreshold(CopyThreshold threshold) {
    return new JoinDocuments(maxDocumentFrequency, threshold, buckets);
  }

  /**
   * Groups postings by bucket of hashes, and pairs and profiles by bucket of document ids: a corpus
   * has millions of distinct hashes and pairs, and every group costs a runner something, whatever
   * its size.
   */
  public JoinDocuments withBuckets(Buckets buckets) {
    return new JoinDocuments(maxDocumentFrequency, threshold, buckets);
  }

  @Override
  public PCollectionTuple expand(JoinInput input) {
    Pipeline pipeline = input.getPipeline();
    PCollection<HashedDocument> tonight = input.tonightsDocuments();
    PCollection<HashedDocument> earlier = input.earlierDocuments().orElse(null);
    boolean withEarlier = earlier != null;
    Coder<KV<Integer, PostingBlock>> postingCoder =
        KvCoder.of(VarIntCoder.of(), PostingBlock.Coder.of());

    PCollection<KV<Integer, PostingBlock>> postings =
        tonight
            .apply("EmitPostings", ParDo.of(EmitPostingsFn.tonights(buckets)))
            .setCoder(postingCoder);
    if (withEarlier) {
      PCollectionView<Map<Integer, TonightsHashes>> tonightsHashes =
          tonight
              .apply("ShardTonightsHashes", ParDo.of(new ShardHashesFn()))
              .setCoder(KvCoder.of(VarIntCoder.of(), ListCoder.of(VarLongCoder.of())))
              .apply(
                  "SummariseTonightsHashes",
                  CombinePerKeyInBuckets.of(buckets, new TonightsHashes.CombineFn()))
              .apply("ViewTonightsHashes", ViewOfAll.asMap());
      PCollection<KV<Integer, PostingBlock>> earlierPostings =
          earlier
              .apply(
                  "EmitEarlierPostings",
                  ParDo.of(EmitPostingsFn.earlier(buckets, tonightsHashes))
                      .withSideInputs(tonightsHashes))
              .setCoder(postingCoder);
      postings =
          PCollectionList.of(postings)
              .and(earlierPostings)
              .apply("CollectPostings", Flatten.pCollections());
    }

    PCollectionTuple perHash =
        postings
            .apply("GroupPostingsByBucket", GroupByKey.create())
            .apply(
                "PairDocumentsPerHash",
                ParDo.of(new BuildPairsFn(maxDocumentFrequency))
                    .withOutputTags(PAIR_HITS, TupleTagList.of(COMMON_HASHES)));
    PCollectionView<List<Long>> commonHashes =
        perHash
            .get(COMMON_HASHES)
            .setCoder(VarLongCoder.of())
            .apply("ViewCommonHashes", ViewOfAll.asList());
    PCollection<KV<String, String>> candidates =
        perHash
            .get(PAIR_HITS)
            .setCoder(KvCoder.of(DocumentPair.Coder.of(), VarLongCoder.of()))
            .apply("CountSharedHashes", CombinePerKeyInBuckets.of(buckets, Sum.ofLongs()))
            .apply("KeepCandidatePairs", ParDo.of(new KeepCandidatesFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));

    PCollection<DocumentProfile> profiles = profilesOf(tonight, "Tonight");
    if (withEarlier) {
      PCollectionView<List<String>> candidateIds =
          candidates
              .apply(
                  "ListCandidateIds",
                  FlatMapElements.into(TypeDescriptors.strings())
                      .via((KV<String, String> pair) -> List.of(pair.getKey(), pair.getValue())))
              .apply("DistinctCandidateIds", DistinctInBuckets.of(buckets))
              .apply("ViewCandidateIds", ViewOfAll.asList());
      PCollection<HashedDocument> earlierCandidates =
          earlier
              .apply(
                  "KeepEarlierCandidates",
                  ParDo.of(new KeepListedDocumentsFn(candidateIds)).withSideInputs(candidateIds))
              .setCoder(SchemaCoders.of(pipeline, HashedDocument.class));
      profiles =
          PCollectionList.of(profiles)
              .and(profilesOf(earlierCandidates, "Earlier"))
              .apply("CollectProfiles", Flatten.pCollections());
    }

    PCollection<KV<String, DocumentProfile>> profilesById =
        profiles
            .apply(
                "KeyProfilesById",
                WithKeys.of(DocumentProfile::id).withKeyType(TypeDescriptors.strings()))
            .setCoder(SchemaCoders.keyedByString(pipeline, DocumentProfile.class));

    TupleTag<String> partners = new TupleTag<String>() {};
    TupleTag<DocumentProfile> profileTag = new TupleTag<DocumentProfile>() {};
    PCollection<KV<String, DocumentProfile>> firstProfilesByPartner =
        KeyedPCollectionTuple.of(partners, candidates)
            .and(profileTag, profilesById)
            .apply("JoinFirstProfile", CoGroupByKeyInBuckets.of(buckets))
            .apply(
                "KeyFirstProfileByPartner",
                ParDo.of(new AttachFirstProfileFn(partners, profileTag)))
            .setCoder(SchemaCoders.keyedByString(pipeline, DocumentProfile.class));

    TupleTag<DocumentProfile> partnerProfiles = new TupleTag<DocumentProfile>() {};
    PCollectionTuple scored =
        KeyedPCollectionTuple.of(partnerProfiles, firstProfilesByPartner)
            .and(profileTag, profilesById)
            .apply("JoinSecondProfile", CoGroupByKeyInBuckets.of(buckets))
            .apply(
                "ScorePairs",
                ParDo.of(new ScorePairsFn(partnerProfiles, profileTag, threshold, commonHashes))
                    .withSideInputs(commonHashes)
                    .withOutputTags(SCORED_PAIRS, TupleTagList.of(REJECTS)));
    scored.get(SCORED_PAIRS).setCoder(SchemaCoders.of(pipeline, PairScore.class));
    scored.get(REJECTS).setCoder(SchemaCoders.of(pipeline, Reject.class));
    return scored;
  }

  private static PCollection<DocumentProfile> profilesOf(
      PCollection<HashedDocument> documents, String which) {
    return documents
        .apply(
            "Profile" + which,
            MapElements.into(TypeDescriptor.of(DocumentProfile.class))
                .via(HashedDocument::getProfile))
        .setCoder(SchemaCoders.of(documents.getPipeline(), DocumentProfile.class));
  }

  /**
   * One posting (hash, document id, tonight's) per distinct hash of a document, gathered over the
   * bundle into one block per bucket ({@link PendingPostings}). An earlier night's document posts
   * only the hashes tonight's documents may share: the filter lets a few others through, and
   * pairing drops them, as they meet no tonight's document.
   */
  static class EmitPostingsFn extends DoFn<HashedDocument, KV<Integer, PostingBlock>> {
    private final Counter kept =
        Metrics.counter(EmitPostingsFn.class, Counters.EARLIER_POSTINGS_KEPT);
    private final Buckets buckets;

    /** Null for tonight's documents, which post every hash. */
    private final @Nullable PCollectionView<Map<Integer, TonightsHashes>> tonightsHashes;

    private transient PendingPostings pending;

    private EmitPostingsFn(
        Buckets buckets, @Nullable PCollectionView<Map<Integer, TonightsHashes>> tonightsHashes) {
      this.buckets = buckets;
      this.tonightsHashes = tonightsHashes;
    }

    static EmitPostingsFn tonights(Buckets buckets) {
      return new EmitPostingsFn(buckets, null);
    }

    static EmitPostingsFn earlier(
        Buckets buckets, PCollectionView<Map<Integer, TonightsHashes>> tonightsHashes) {
      return new EmitPostingsFn(buckets, tonightsHashes);
    }

    @StartBundle
    public void startBundle() {
      pending = new PendingPostings(buckets);
    }

    @ProcessElement
    public void process(ProcessContext context) {
      HashedDocument document = context.element();
      if (tonightsHashes == null) {
        for (Long hash : document.getHashes()) {
          pending.add(hash, document.id(), true);
        }
      } else {
        Map<Integer, TonightsHashes> filters = context.sideInput(tonightsHashes);
        for (Long hash : document.getHashes()) {
          TonightsHashes shard = filters.get(TonightsHashes.shard(hash));
          if (shard != null && shard.mightContain(hash)) {
            kept.inc();
            pending.add(hash, document.id(), false);
          }
        }
      }
      if (pending.isFull()) {
        pending.sendTo(context::output);
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      pending.sendTo(
          block ->
              context.output(block, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }
  }

  /** A document's hashes, split by the shard of {@link TonightsHashes} each belongs to. */
  static class ShardHashesFn extends DoFn<HashedDocument, KV<Integer, List<Long>>> {
    @ProcessElement
    public void process(ProcessContext context) {
      Map<Integer, List<Long>> shards = new TreeMap<>();
      for (Long hash : context.element().getHashes()) {
        shards.computeIfAbsent(TonightsHashes.shard(hash), s -> new ArrayList<>()).add(hash);
      }
      shards.forEach((shard, hashes) -> context.output(KV.of(shard, hashes)));
    }
  }

  /** Keeps pairs with enough shared hashes, keyed by their first document. */
  static class KeepCandidatesFn extends DoFn<KV<DocumentPair, Long>, KV<String, String>> {
    private final Counter candidatePairs =
        Metrics.counter(KeepCandidatesFn.class, Counters.CANDIDATE_PAIRS);

    @ProcessElement
    public void process(ProcessContext context) {
      if (context.element().getValue() >= MIN_SHARED_HASHES) {
        candidatePairs.inc();
        context.output(context.element().getKey().asKv());
      }
    }
  }
}
