package dev.wiretrace.match;

import dev.wiretrace.model.HashedDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What {@link JoinDocuments} joins: tonight's documents, and, on a night with an index, those of
 * the earlier nights. Typed, so the join's optional input is a method, not a tag to look for.
 */
public final class JoinInput implements PInput {
  private static final TupleTag<HashedDocument> TONIGHT = new TupleTag<HashedDocument>() {};
  private static final TupleTag<KV<Integer, PostingBlock>> EARLIER_POSTINGS =
      new TupleTag<KV<Integer, PostingBlock>>() {};
  private static final TupleTag<Object> EARLIER_PROFILES = new TupleTag<Object>() {};

  private final PCollection<HashedDocument> tonight;
  private final @Nullable PCollection<KV<Integer, PostingBlock>> earlierPostings;
  private final @Nullable EarlierProfiles earlierProfiles;

  private JoinInput(
      PCollection<HashedDocument> tonight,
      @Nullable PCollection<KV<Integer, PostingBlock>> earlierPostings,
      @Nullable EarlierProfiles earlierProfiles) {
    this.tonight = tonight;
    this.earlierPostings = earlierPostings;
    this.earlierProfiles = earlierProfiles;
  }

  /** Tonight's documents alone: a run without an index. */
  public static JoinInput tonight(PCollection<HashedDocument> tonight) {
    return new JoinInput(tonight, null, null);
  }

  /**
   * With earlier nights, from the index: the postings of earlier documents whose hashes tonight's
   * may share, and where to read the profiles of those it pairs with.
   */
  public JoinInput withEarlier(
      PCollection<KV<Integer, PostingBlock>> postings, EarlierProfiles profiles) {
    return new JoinInput(tonight, postings, profiles);
  }

  public PCollection<HashedDocument> tonightsDocuments() {
    return tonight;
  }

  public Optional<PCollection<KV<Integer, PostingBlock>>> earlierPostings() {
    return Optional.ofNullable(earlierPostings);
  }

  public Optional<EarlierProfiles> earlierProfiles() {
    return Optional.ofNullable(earlierProfiles);
  }

  /** Applies {@code transform} to this input, as {@code PCollection.apply} does. */
  public <OutputT extends POutput> OutputT apply(
      String name, PTransform<JoinInput, OutputT> transform) {
    return Pipeline.applyTransform(name, this, transform);
  }

  @Override
  public Pipeline getPipeline() {
    return tonight.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    Map<TupleTag<?>, PValue> values = new LinkedHashMap<>();
    values.put(TONIGHT, tonight);
    if (earlierPostings != null && earlierProfiles != null) {
      values.put(EARLIER_POSTINGS, earlierPostings);
      values.put(EARLIER_PROFILES, earlierProfiles.source());
    }
    return values;
  }
}
