package dev.wiretrace.match;

import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.SchemaCoders;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.transforms.View;
import java.util.List;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Joins documents through their shared hashes: postings grouped by hash give candidate pairs
 * (capped by a maximum document frequency), pairs sharing enough hashes are scored in full, and
 * those that pass the {@link CopyThreshold} come out as {@link PairScore}s.
 */
public class JoinDocuments extends PTransform<PCollectionTuple, PCollection<PairScore>> {
  public static final TupleTag<KV<Long, String>> POSTINGS = new TupleTag<KV<Long, String>>() {};
  public static final TupleTag<DocumentProfile> PROFILES = new TupleTag<DocumentProfile>() {};
  /** Hashes over the maximum document frequency: never evidence of copying, not even in scoring. */
  static final TupleTag<Long> COMMON_HASHES = new TupleTag<Long>() {};
  private static final TupleTag<KV<KV<String, String>, Long>> PAIR_HITS =
      new TupleTag<KV<KV<String, String>, Long>>() {};

  /** A reprint of one wire story by hundreds of outlets stays under this; a site footer does not. */
  public static final int DEFAULT_MAX_DOCUMENT_FREQUENCY = 200;
  /**
   * Postings are grouped by bucket of hashes, not by hash: a corpus has millions of distinct
   * hashes, and every group costs a runner something, whatever its size.
   */
  static final int BUCKET_BITS = 14;

  /** Fewer shared hashes than this cannot reach the copy threshold's shared run. */
  public static final int MIN_SHARED_HASHES = 3;

  private final int maxDocumentFrequency;
  private final CopyThreshold threshold;

  private JoinDocuments(int maxDocumentFrequency, CopyThreshold threshold) {
    this.maxDocumentFrequency = maxDocumentFrequency;
    this.threshold = threshold;
  }

  public static JoinDocuments create() {
    return new JoinDocuments(DEFAULT_MAX_DOCUMENT_FREQUENCY, CopyThreshold.defaults());
  }

  public JoinDocuments withMaxDocumentFrequency(int maxDocumentFrequency) {
    return new JoinDocuments(maxDocumentFrequency, threshold);
  }

  public JoinDocuments withThreshold(CopyThreshold threshold) {
    return new JoinDocuments(maxDocumentFrequency, threshold);
  }

  @Override
  public PCollection<PairScore> expand(PCollectionTuple input) {
    Pipeline pipeline = input.getPipeline();
    PCollectionTuple perHash =
        input
            .get(POSTINGS)
            .apply(
                "KeyPostingsByBucket",
                WithKeys.of((KV<Long, String> posting) -> bucket(posting.getKey()))
                    .withKeyType(TypeDescriptors.integers()))
            .setCoder(
                KvCoder.of(VarIntCoder.of(), KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of())))
            .apply("GroupPostingsByBucket", GroupByKey.create())
            .apply(
                "PairDocumentsPerHash",
                ParDo.of(new BuildPairsFn(maxDocumentFrequency))
                    .withOutputTags(PAIR_HITS, TupleTagList.of(COMMON_HASHES)));
    PCollectionView<List<Long>> commonHashes =
        perHash
            .get(COMMON_HASHES)
            .setCoder(VarLongCoder.of())
            .apply("ViewCommonHashes", View.asList());
    PCollection<KV<String, String>> candidates =
        perHash
            .get(PAIR_HITS)
            .setCoder(
                KvCoder.of(
                    KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()), VarLongCoder.of()))
            .apply("CountSharedHashes", Sum.longsPerKey())
            .apply("KeepCandidatePairs", ParDo.of(new KeepCandidatesFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));

    PCollection<KV<String, DocumentProfile>> profilesById =
        input
            .get(PROFILES)
            .apply("KeyProfilesById", WithKeys.of(DocumentProfile::id).withKeyType(TypeDescriptors.strings()))
            .setCoder(SchemaCoders.keyedByString(pipeline, DocumentProfile.class));

    TupleTag<String> partners = new TupleTag<String>() {};
    TupleTag<DocumentProfile> profiles = new TupleTag<DocumentProfile>() {};
    PCollection<KV<String, DocumentProfile>> firstProfilesByPartner =
        KeyedPCollectionTuple.of(partners, candidates)
            .and(profiles, profilesById)
            .apply("JoinFirstProfile", CoGroupByKey.create())
            .apply("KeyFirstProfileByPartner", ParDo.of(new AttachFirstProfileFn(partners, profiles)))
            .setCoder(SchemaCoders.keyedByString(pipeline, DocumentProfile.class));

    TupleTag<DocumentProfile> partnerProfiles = new TupleTag<DocumentProfile>() {};
    return KeyedPCollectionTuple.of(partnerProfiles, firstProfilesByPartner)
        .and(profiles, profilesById)
        .apply("JoinSecondProfile", CoGroupByKey.create())
        .apply(
            "ScorePairs",
            ParDo.of(new ScorePairsFn(partnerProfiles, profiles, threshold, commonHashes))
                .withSideInputs(commonHashes))
        .setCoder(SchemaCoders.of(pipeline, PairScore.class));
  }

  static int bucket(long hash) {
    return (int) (hash >>> (Long.SIZE - BUCKET_BITS));
  }

  /** Keeps pairs with enough shared hashes, keyed by their first document. */
  static class KeepCandidatesFn extends DoFn<KV<KV<String, String>, Long>, KV<String, String>> {
    private final Counter candidatePairs = Metrics.counter(KeepCandidatesFn.class, "candidatePairs");

    @ProcessElement
    public void process(ProcessContext context) {
      if (context.element().getValue() >= MIN_SHARED_HASHES) {
        candidatePairs.inc();
        context.output(context.element().getKey());
      }
    }
  }
}
