package dev.wiretrace.direction;

import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Keys each copying pair by its two document ids, the key under which what its documents saw of it
 * joins it again.
 */
public class KeyByPair
    extends PTransform<PCollection<PairScore>, PCollection<KV<String, PairScore>>> {
  /** The key of a pair: its two ids, in the pair's order. */
  public static String of(PairScore pair) {
    return pair.getA().id() + '\u0000' + pair.getB().id();
  }

  @Override
  public PCollection<KV<String, PairScore>> expand(PCollection<PairScore> pairs) {
    return pairs
        .apply("KeyByIds", WithKeys.of(KeyByPair::of).withKeyType(TypeDescriptors.strings()))
        .setCoder(ModelCoders.keyedByString(pairs.getPipeline(), PairScore.class));
  }
}
