package dev.wiretrace.direction;

import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import java.util.List;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Every copying pair under each of its two documents, to be gathered by document. */
public class KeyByEachDocument
    extends PTransform<PCollection<PairScore>, PCollection<KV<String, PairScore>>> {
  @Override
  public PCollection<KV<String, PairScore>> expand(PCollection<PairScore> pairs) {
    return pairs
        .apply(
            "KeyByBothIds",
            FlatMapElements.into(
                    TypeDescriptors.kvs(
                        TypeDescriptors.strings(), TypeDescriptor.of(PairScore.class)))
                .via((PairScore p) -> List.of(KV.of(p.getA().id(), p), KV.of(p.getB().id(), p))))
        .setCoder(ModelCoders.keyedByString(pairs.getPipeline(), PairScore.class));
  }
}
