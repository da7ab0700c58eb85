package dev.wiretrace.shuffle;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/** The key and value coders of a keyed collection, which grouping needs as GroupByKey does. */
final class KeyedCoders {
  private KeyedCoders() {}

  @SuppressWarnings("unchecked")
  static <K, V> KvCoder<K, V> of(PCollection<KV<K, V>> input) {
    Coder<KV<K, V>> coder = input.getCoder();
    if (!(coder instanceof KvCoder)) {
      throw new IllegalStateException(
          "grouping " + input.getName() + " in buckets needs a KvCoder, not " + coder);
    }
    return (KvCoder<K, V>) coder;
  }
}
