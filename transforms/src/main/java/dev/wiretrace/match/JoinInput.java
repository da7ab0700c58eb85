package dev.wiretrace.match;

import dev.wiretrace.model.HashedDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
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
  private static final TupleTag<HashedDocument> EARLIER = new TupleTag<HashedDocument>() {};

  private final PCollection<HashedDocument> tonight;
  private final @Nullable PCollection<HashedDocument> earlier;

  private JoinInput(
      PCollection<HashedDocument> tonight, @Nullable PCollection<HashedDocument> earlier) {
    this.tonight = tonight;
    this.earlier = earlier;
  }

  /** Tonight's documents alone: a run without an index. */
  public static JoinInput tonight(PCollection<HashedDocument> tonight) {
    return new JoinInput(tonight, null);
  }

  /** With the documents of earlier nights, read from the index, to match tonight's against. */
  public JoinInput withEarlier(PCollection<HashedDocument> earlier) {
    return new JoinInput(tonight, earlier);
  }

  public PCollection<HashedDocument> tonightsDocuments() {
    return tonight;
  }

  public Optional<PCollection<HashedDocument>> earlierDocuments() {
    return Optional.ofNullable(earlier);
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
    if (earlier != null) {
      values.put(EARLIER, earlier);
    }
    return values;
  }
}
