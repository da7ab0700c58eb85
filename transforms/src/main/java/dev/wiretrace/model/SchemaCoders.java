package dev.wiretrace.model;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.values.KV;

/**
 * Coders for value types inside {@link KV}s, where Beam does not infer schema coders on its own.
 */
public final class SchemaCoders {
  private SchemaCoders() {}

  public static <T> Coder<T> of(Pipeline pipeline, Class<T> type) {
    try {
      return pipeline.getSchemaRegistry().getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type.getName() + " has no schema; annotate it", e);
    }
  }

  public static <T> Coder<KV<String, T>> keyedByString(Pipeline pipeline, Class<T> type) {
    return KvCoder.of(StringUtf8Coder.of(), of(pipeline, type));
  }
}
