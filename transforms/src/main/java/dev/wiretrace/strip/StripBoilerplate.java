package dev.wiretrace.strip;

import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.SchemaCoders;
import dev.wiretrace.model.StrippedLine;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Removes page boilerplate line by line. The clean documents go to {@link #CLEAN_DOCUMENTS}; every
 * removed line, with the rule that removed it, to {@link #STRIPPED_LINES}.
 */
public class StripBoilerplate extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<CleanDocument> CLEAN_DOCUMENTS = new TupleTag<CleanDocument>() {};
  public static final TupleTag<StrippedLine> STRIPPED_LINES = new TupleTag<StrippedLine>() {};

  private final BoilerplateRules rules;

  private StripBoilerplate(BoilerplateRules rules) {
    this.rules = rules;
  }

  public static StripBoilerplate withRules(BoilerplateRules rules) {
    return new StripBoilerplate(rules);
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    Pipeline pipeline = documents.getPipeline();
    PCollectionTuple result =
        documents.apply(
            "ClassifyLines",
            ParDo.of(new StripBoilerplateFn(new LineClassifier(rules)))
                .withOutputTags(CLEAN_DOCUMENTS, TupleTagList.of(STRIPPED_LINES)));
    result.get(CLEAN_DOCUMENTS).setCoder(SchemaCoders.of(pipeline, CleanDocument.class));
    result.get(STRIPPED_LINES).setCoder(SchemaCoders.of(pipeline, StrippedLine.class));
    return result;
  }
}
