package dev.wiretrace.shuffle;

import java.util.Iterator;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * {@link GroupByKey} whose values, on the DirectRunner, cross the shuffle as their encoded bytes
 * and are decoded one at a time as the group is read; the output is the same. The DirectRunner
 * keeps a key's values gathered so far as state and copies that state, through the value coder,
 * each time another bundle brings values for the key (28% of a 10,000-article run's samples,
 * BENCHMARKS.md): a copy of bytes is a fraction of a copy of documents. Cluster runners encode
 * every value for their shuffle anyway and get a plain {@link GroupByKey}: encoding first made
 * Flink 10% slower.
 */
public class GroupEncodedByKey<K, V>
    extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> {
  private GroupEncodedByKey() {}

  public static <K, V> GroupEncodedByKey<K, V> create() {
    return new GroupEncodedByKey<>();
  }

  @Override
  public PCollection<KV<K, Iterable<V>>> expand(PCollection<KV<K, V>> input) {
    if (ClusterRunners.runs(input.getPipeline())) {
      return input.apply("GroupByKey", GroupByKey.create());
    }
    KvCoder<K, V> coder = KeyedCoders.of(input);
    Coder<V> valueCoder = coder.getValueCoder();
    return input
        .apply("EncodeValues", ParDo.of(new EncodeValuesFn<K, V>(valueCoder)))
        .setCoder(KvCoder.of(coder.getKeyCoder(), ByteArrayCoder.of()))
        .apply("GroupByKey", GroupByKey.create())
        .apply("DecodeValues", ParDo.of(new DecodeValuesFn<K, V>(valueCoder)))
        .setCoder(KvCoder.of(coder.getKeyCoder(), IterableCoder.of(valueCoder)));
  }

  static class EncodeValuesFn<K, V> extends DoFn<KV<K, V>, KV<K, byte[]>> {
    private final Coder<V> valueCoder;

    EncodeValuesFn(Coder<V> valueCoder) {
      this.valueCoder = valueCoder;
    }

    @ProcessElement
    public void process(@Element KV<K, V> element, OutputReceiver<KV<K, byte[]>> out)
        throws CoderException {
      out.output(
          KV.of(element.getKey(), CoderUtils.encodeToByteArray(valueCoder, element.getValue())));
    }
  }

  static class DecodeValuesFn<K, V> extends DoFn<KV<K, Iterable<byte[]>>, KV<K, Iterable<V>>> {
    private final Coder<V> valueCoder;

    DecodeValuesFn(Coder<V> valueCoder) {
      this.valueCoder = valueCoder;
    }

    @ProcessElement
    public void process(
        @Element KV<K, Iterable<byte[]>> group, OutputReceiver<KV<K, Iterable<V>>> out) {
      out.output(KV.of(group.getKey(), new Decoding<>(group.getValue(), valueCoder)));
    }
  }

  /** A group's values decoded as they are read, so a large group is never held twice. */
  private static final class Decoding<V> implements Iterable<V> {
    private final Iterable<byte[]> encoded;
    private final Coder<V> coder;

    Decoding(Iterable<byte[]> encoded, Coder<V> coder) {
      this.encoded = encoded;
      this.coder = coder;
    }

    @Override
    public Iterator<V> iterator() {
      Iterator<byte[]> bytes = encoded.iterator();
      return new Iterator<V>() {
        @Override
        public boolean hasNext() {
          return bytes.hasNext();
        }

        @Override
        public V next() {
          try {
            return CoderUtils.decodeFromByteArray(coder, bytes.next());
          } catch (CoderException e) {
            throw new IllegalStateException("a grouped value did not decode: " + e.getMessage(), e);
          }
        }
      };
    }
  }
}
