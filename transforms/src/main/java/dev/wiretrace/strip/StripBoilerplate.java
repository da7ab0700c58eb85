package dev.wiretrace.strip;

import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.OutletKey;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.StrippedLine;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.GroupByKeyInBuckets;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Partition;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Removes page boilerplate line by line: first by rules that hold on any site, then by each
 * outlet's own template, learnt from its pages across the corpus ({@link TemplateLearner}). The
 * clean documents go to {@link #CLEAN_DOCUMENTS}; every removed line, with the rule that removed
 * it, to {@link #STRIPPED_LINES}.
 */
public class StripBoilerplate extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<CleanDocument> CLEAN_DOCUMENTS = new TupleTag<CleanDocument>() {};
  public static final TupleTag<StrippedLine> STRIPPED_LINES = new TupleTag<StrippedLine>() {};

  /** Pages a step could not handle ({@code internal-error}); the other pages go on. */
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private final BoilerplateRules rules;
  private final Buckets buckets;

  private StripBoilerplate(BoilerplateRules rules, Buckets buckets) {
    this.rules = rules;
    this.buckets = buckets;
  }

  public static StripBoilerplate withRules(BoilerplateRules rules) {
    return new StripBoilerplate(rules, Buckets.of(Buckets.PER_WORKER));
  }

  /** Groups the pages by bucket of outlets to learn the site templates. */
  public StripBoilerplate withBuckets(Buckets buckets) {
    return new StripBoilerplate(rules, buckets);
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    Pipeline pipeline = documents.getPipeline();
    PCollectionTuple byRule =
        documents.apply(
            "ClassifyLines",
            ParDo.of(new StripBoilerplateFn(new LineClassifier(rules)))
                .withOutputTags(CLEAN_DOCUMENTS, TupleTagList.of(STRIPPED_LINES).and(REJECTS)));
    byRule.get(CLEAN_DOCUMENTS).setCoder(ModelCoders.of(pipeline, CleanDocument.class));
    byRule.get(STRIPPED_LINES).setCoder(ModelCoders.of(pipeline, StrippedLine.class));
    byRule.get(REJECTS).setCoder(ModelCoders.of(pipeline, Reject.class));

    // Only pages with a known outlet can teach or lose a site template.
    PCollectionList<CleanDocument> byOutletKnown =
        byRule
            .get(CLEAN_DOCUMENTS)
            .apply(
                "SplitByOutletKnown",
                Partition.of(
                    2, (CleanDocument d, int n) -> d.getMeta().getOutlet() != null ? 0 : 1));
    PCollection<CleanDocument> withOutlet = byOutletKnown.get(0);
    PCollection<CleanDocument> withoutOutlet = byOutletKnown.get(1);
    PCollectionTuple byTemplate =
        withOutlet
            .apply(
                "KeyByOutlet",
                WithKeys.of((CleanDocument d) -> OutletKey.of(d.getMeta().getOutlet()))
                    .withKeyType(TypeDescriptors.strings()))
            .setCoder(ModelCoders.keyedByString(pipeline, CleanDocument.class))
            .apply("GroupByOutlet", GroupByKeyInBuckets.of(buckets))
            .apply(
                "LearnSiteTemplates",
                ParDo.of(new LearnTemplatesFn())
                    .withOutputTags(CLEAN_DOCUMENTS, TupleTagList.of(STRIPPED_LINES).and(REJECTS)));
    byTemplate.get(CLEAN_DOCUMENTS).setCoder(ModelCoders.of(pipeline, CleanDocument.class));
    byTemplate.get(STRIPPED_LINES).setCoder(ModelCoders.of(pipeline, StrippedLine.class));
    byTemplate.get(REJECTS).setCoder(ModelCoders.of(pipeline, Reject.class));

    return PCollectionTuple.of(
            CLEAN_DOCUMENTS,
            PCollectionList.of(byTemplate.get(CLEAN_DOCUMENTS))
                .and(withoutOutlet)
                .apply("CollectCleanDocuments", Flatten.pCollections()))
        .and(
            STRIPPED_LINES,
            PCollectionList.of(byRule.get(STRIPPED_LINES))
                .and(byTemplate.get(STRIPPED_LINES))
                .apply("CollectStrippedLines", Flatten.pCollections()))
        .and(
            REJECTS,
            PCollectionList.of(byRule.get(REJECTS))
                .and(byTemplate.get(REJECTS))
                .apply("CollectRejects", Flatten.pCollections()));
  }
}
