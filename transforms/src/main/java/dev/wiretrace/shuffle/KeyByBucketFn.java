package dev.wiretrace.shuffle;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Keys each keyed element by the {@link Buckets bucket} of its key, for one group per bucket. */
public class KeyByBucketFn<K, V> extends DoFn<KV<K, V>, KV<Integer, KV<K, V>>> {
  private final Buckets buckets;

  public KeyByBucketFn(Buckets buckets) {
    this.buckets = buckets;
  }

  @ProcessElement
  public void process(@Element KV<K, V> element, OutputReceiver<KV<Integer, KV<K, V>>> out) {
    out.output(KV.of(buckets.of(element.getKey()), element));
  }
}
