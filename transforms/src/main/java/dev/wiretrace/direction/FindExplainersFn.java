package dev.wiretrace.direction;

import dev.wiretrace.model.PairScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * For one document and all its copying pairs, told both sides' outside-shared words of each: what
 * each pair looks like from its side.
 */
class FindExplainersFn extends DoFn<KV<String, CoGbkResult>, KV<String, SideView>> {
  private final TupleTag<PairScore> pairsOfDocument;
  private final TupleTag<OutsideShared> figuresOfDocument;

  FindExplainersFn(TupleTag<PairScore> pairsOfDocument, TupleTag<OutsideShared> figuresOfDocument) {
    this.pairsOfDocument = pairsOfDocument;
    this.figuresOfDocument = figuresOfDocument;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    String document = context.element().getKey();
    CoGbkResult joined = context.element().getValue();
    Map<String, List<OutsideShared>> figures = new HashMap<>();
    for (OutsideShared figure : joined.getAll(figuresOfDocument)) {
      figures.computeIfAbsent(figure.getPairKey(), k -> new ArrayList<>()).add(figure);
    }
    List<PairScore> pairs = new ArrayList<>();
    for (PairScore pair : joined.getAll(pairsOfDocument)) {
      pairs.add(OutsideShared.annotate(pair, figures.getOrDefault(KeyByPair.of(pair), List.of())));
    }
    if (pairs.isEmpty()) {
      return;
    }
    List<SideView> views = SiblingExplainer.views(document, pairs);
    for (int i = 0; i < pairs.size(); i++) {
      context.output(KV.of(KeyByPair.of(pairs.get(i)), views.get(i)));
    }
  }
}
