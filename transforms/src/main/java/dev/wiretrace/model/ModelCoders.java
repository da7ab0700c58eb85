package dev.wiretrace.model;

import dev.wiretrace.model.coders.CleanDocumentCoder;
import dev.wiretrace.model.coders.CopyEdgeCoder;
import dev.wiretrace.model.coders.DocumentCluesCoder;
import dev.wiretrace.model.coders.DocumentCoder;
import dev.wiretrace.model.coders.DocumentMetaCoder;
import dev.wiretrace.model.coders.DocumentProfileCoder;
import dev.wiretrace.model.coders.HashedDocumentCoder;
import dev.wiretrace.model.coders.PairScoreCoder;
import dev.wiretrace.model.coders.SharedPassageCoder;
import dev.wiretrace.model.coders.StrippedLineCoder;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.values.KV;

/**
 * The coder for each of the model's value types. The types that carry a document's text or travel
 * in every shuffle (documents, profiles, hashes, pairs, edges, stripped lines) have hand-written
 * coders: a schema coder turns each value into a {@code Row} and back, which was a quarter of a
 * Flink run's time (BENCHMARKS.md). The rest keep the schema coder their annotation gives them.
 *
 * <p>Beam infers a schema coder before it asks the coder registry, so a collection of these types
 * gets its coder from here through {@code setCoder}; {@code CompactCodersInJobTest} checks that no
 * collection in a built pipeline was left with a schema coder for them.
 */
public final class ModelCoders {
  private static final Map<Class<?>, Coder<?>> COMPACT =
      Map.of(
          Document.class, DocumentCoder.of(),
          DocumentMeta.class, DocumentMetaCoder.of(),
          CleanDocument.class, CleanDocumentCoder.of(),
          DocumentClues.class, DocumentCluesCoder.of(),
          DocumentProfile.class, DocumentProfileCoder.of(),
          HashedDocument.class, HashedDocumentCoder.of(),
          StrippedLine.class, StrippedLineCoder.of(),
          SharedPassage.class, SharedPassageCoder.of(),
          PairScore.class, PairScoreCoder.of(),
          CopyEdge.class, CopyEdgeCoder.of());

  private ModelCoders() {}

  public static <T> Coder<T> of(Pipeline pipeline, Class<T> type) {
    @SuppressWarnings("unchecked") // COMPACT maps each class to a coder of that class
    Coder<T> compact = (Coder<T>) COMPACT.get(type);
    if (compact != null) {
      return compact;
    }
    try {
      return pipeline.getSchemaRegistry().getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type.getName() + " has no schema; annotate it", e);
    }
  }

  /** Whether {@code type} has a hand-written coder, which a collection of it should carry. */
  public static boolean hasCompactCoder(Class<?> type) {
    return COMPACT.containsKey(type);
  }

  public static <T> Coder<KV<String, T>> keyedByString(Pipeline pipeline, Class<T> type) {
    return KvCoder.of(StringUtf8Coder.of(), of(pipeline, type));
  }
}
