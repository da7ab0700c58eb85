package dev.wiretrace.match;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.Reject;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.CoGroupByKeyInBuckets;
import dev.wiretrace.shuffle.CombinePerKeyInBuckets;
import dev.wiretrace.shuffle.DistinctInBuckets;
import dev.wiretrace.shuffle.GroupEncodedByKey;
import dev.wiretrace.shuffle.ViewOfAll;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
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

/**
 * Joins documents through their shared hashes: postings grouped by hash give candidate pairs
 * (capped by a maximum document frequency), pairs sharing enough hashes are scored in full, and
 * those that pass the {@link CopyThreshold} come out as {@link PairScore}s.
 *
 * <p>With earlier nights ({@link JoinInput#withEarlier}, from the index), the postings of earlier
 * documents join tonight's, and only pairs that a tonight's document takes part in, or that share a
 * hash with one, are built; the profiles of the earlier documents in candidate pairs alone are
 * read, and come out as {@link #EARLIER_CANDIDATES}.
 */
public class JoinDocuments extends PTransform<JoinInput, PCollectionTuple> {
  /** The copying pairs. */
  public static final TupleTag<PairScore> SCORED_PAIRS = new TupleTag<PairScore>() {};

  /** Pairs scoring could not handle ({@code internal-error}), named by their two inputs. */
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  /** Hashes over the maximum document frequency: never evidence of copying, not even in scoring. */
  static final TupleTag<Long> COMMON_HASHES = new TupleTag<Long>() {};

  /** With earlier nights: the profiles of the earlier documents paired with tonight's. */
  public static final TupleTag<DocumentProfile> EARLIER_CANDIDATES =
      new TupleTag<DocumentProfile>() {};

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
    PCollection<KV<Integer, PostingBlock>> earlierPostings = input.earlierPostings().orElse(null);
    EarlierProfiles earlierProfiles = input.earlierProfiles().orElse(null);
    Coder<KV<Integer, PostingBlock>> postingCoder =
        KvCoder.of(VarIntCoder.of(), PostingBlock.Coder.of());

    PCollection<KV<Integer, PostingBlock>> postings =
        tonight.apply("EmitPostings", ParDo.of(new EmitPostingsFn(buckets))).setCoder(postingCoder);
    if (earlierPostings != null) {
      postings =
          PCollectionList.of(postings)
              .and(earlierPostings)
              .apply("CollectPostings", Flatten.pCollections());
    }

    PCollectionTuple perHash =
        postings
            .apply("GroupPostingsByBucket", GroupEncodedByKey.create())
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

    PCollection<DocumentProfile> profiles = profilesOf(tonight);
    PCollection<DocumentProfile> earlierCandidates = null;
    if (earlierProfiles != null) {
      PCollection<String> candidateIds =
          candidates
              .apply(
                  "ListCandidateIds",
                  FlatMapElements.into(TypeDescriptors.strings())
                      .via((KV<String, String> pair) -> List.of(pair.getKey(), pair.getValue())))
              .apply("DistinctCandidateIds", DistinctInBuckets.of(buckets));
      earlierCandidates = earlierProfiles.read(candidateIds);
      profiles =
          PCollectionList.of(profiles)
              .and(earlierCandidates)
              .apply("CollectProfiles", Flatten.pCollections());
    }

    PCollection<KV<String, DocumentProfile>> profilesById =
        profiles
            .apply(
                "KeyProfilesById",
                WithKeys.of(DocumentProfile::id).withKeyType(TypeDescriptors.strings()))
            .setCoder(ModelCoders.keyedByString(pipeline, DocumentProfile.class));

    TupleTag<String> partners = new TupleTag<String>() {};
    TupleTag<DocumentProfile> profileTag = new TupleTag<DocumentProfile>() {};
    PCollection<KV<String, DocumentProfile>> firstProfilesByPartner =
        KeyedPCollectionTuple.of(partners, candidates)
            .and(profileTag, profilesById)
            .apply("JoinFirstProfile", CoGroupByKeyInBuckets.of(buckets))
            .apply(
                "KeyFirstProfileByPartner",
                ParDo.of(new AttachFirstProfileFn(partners, profileTag)))
            .setCoder(ModelCoders.keyedByString(pipeline, DocumentProfile.class));

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
    scored.get(SCORED_PAIRS).setCoder(ModelCoders.of(pipeline, PairScore.class));
    scored.get(REJECTS).setCoder(ModelCoders.of(pipeline, Reject.class));
    return earlierCandidates == null ? scored : scored.and(EARLIER_CANDIDATES, earlierCandidates);
  }

  private static PCollection<DocumentProfile> profilesOf(PCollection<HashedDocument> documents) {
    return documents
        .apply(
            "ProfileTonight",
            MapElements.into(TypeDescriptor.of(DocumentProfile.class))
                .via(HashedDocument::getProfile))
        .setCoder(ModelCoders.of(documents.getPipeline(), DocumentProfile.class));
  }

  /**
   * One posting (hash, document id) per distinct hash of a tonight's document, gathered over the
   * bundle into one block per bucket ({@link PendingPostings}).
   */
  static class EmitPostingsFn extends DoFn<HashedDocument, KV<Integer, PostingBlock>> {
    private final Buckets buckets;
    private transient PendingPostings pending;

    EmitPostingsFn(Buckets buckets) {
      this.buckets = buckets;
    }

    @StartBundle
    public void startBundle() {
      pending = new PendingPostings(buckets);
    }

    @ProcessElement
    public void process(ProcessContext context) {
      HashedDocument document = context.element();
      for (Long hash : document.getHashes()) {
        pending.add(hash, document.id(), true);
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
