package dev.wiretrace.direction;

import dev.wiretrace.model.PairScore;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** For one document and all its copying pairs, what each pair looks like from its side. */
class FindExplainersFn extends DoFn<KV<String, Iterable<PairScore>>, KV<String, SideView>> {
  @ProcessElement
  public void process(ProcessContext context) {
    String document = context.element().getKey();
    List<PairScore> pairs = new ArrayList<>();
    context.element().getValue().forEach(pairs::add);
    List<SideView> views = SiblingExplainer.views(document, pairs);
    for (int i = 0; i < pairs.size(); i++) {
      context.output(KV.of(KeyByPair.of(pairs.get(i)), views.get(i)));
    }
  }
}
