package dev.wiretrace.match;

import dev.wiretrace.hash.HashedText;
import dev.wiretrace.io.SideInputSet;
import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.Pairs;
import dev.wiretrace.model.Reject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/** Scores document {@code b} against each candidate partner {@code a}; keeps the copies. */
class ScorePairsFn extends DoFn<KV<String, CoGbkResult>, PairScore> {
  private final Counter scored =
      Metrics.counter(ScorePairsFn.class, Counters.CANDIDATE_PAIRS_SCORED);
  private final Counter copies = Metrics.counter(ScorePairsFn.class, Counters.COPY_PAIRS);
  private final Counter internalErrors =
      Metrics.counter(ScorePairsFn.class, Counters.INTERNAL_ERRORS);

  private final TupleTag<DocumentProfile> partnerProfiles;
  private final TupleTag<DocumentProfile> profiles;
  private final CopyThreshold threshold;
  private final PCollectionView<List<Long>> commonHashes;

  /**
   * A partner with many copies is scored against each of them; its hashes are kept a while, by id,
   * which names one document in a run: duplicate and already-indexed ids are rejected before the
   * join.
   */
  static final int PARTNER_TEXTS_KEPT = 1_000;

  private transient SideInputSet<Long> commonSet;
  private transient Map<String, HashedText> partnerTexts;

  ScorePairsFn(
      TupleTag<DocumentProfile> partnerProfiles,
      TupleTag<DocumentProfile> profiles,
      CopyThreshold threshold,
      PCollectionView<List<Long>> commonHashes) {
    this.partnerProfiles = partnerProfiles;
    this.profiles = profiles;
    this.threshold = threshold;
    this.commonHashes = commonHashes;
  }

  @Setup
  public void setUp() {
    commonSet = new SideInputSet<>();
  }

  @StartBundle
  public void startBundle() {
    partnerTexts =
        new LinkedHashMap<>(PARTNER_TEXTS_KEPT * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, HashedText> eldest) {
            return size() > PARTNER_TEXTS_KEPT;
          }
        };
  }

  @ProcessElement
  public void process(ProcessContext context) {
    Set<Long> common = commonSet.of(context.sideInput(commonHashes));
    CoGbkResult joined = context.element().getValue();
    DocumentProfile b = joined.getOnly(profiles, null);
    if (b == null) {
      return;
    }
    HashedText tb = null;
    for (DocumentProfile a : joined.getAll(partnerProfiles)) {
      scored.inc();
      PairScore score;
      try {
        tb = tb == null ? HashedText.of(b.getSentences()) : tb;
        HashedText ta = partnerTexts.computeIfAbsent(a.id(), id -> HashedText.of(a.getSentences()));
        score = PairScorer.score(a, ta, b, tb, common::contains);
        if (!threshold.isCopy(score)) {
          score = PairScorer.withParaphrase(score, ta, tb);
        }
      } catch (RuntimeException | StackOverflowError e) {
        internalErrors.inc();
        context.output(
            JoinDocuments.REJECTS,
            Reject.internalError(Pairs.name(a.getClues(), b.getClues()), "ScorePairs", e));
        continue;
      }
      if (threshold.isCopy(score)) {
        copies.inc();
        context.output(score);
      }
    }
  }
}
