package dev.wiretrace.strip;

import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.SchemaCoders;
import dev.wiretrace.model.StrippedLine;
import dev.wiretrace.testing.Fixtures;
import dev.wiretrace.testing.TestPipelineExtension;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class StripBoilerplateTest {
  @Test
  void blanksBoilerplateAndReportsEachLine(TestPipeline pipeline) {
    Document page =
        Document.create(
            Fixtures.meta("d1", "Site"),
            "/corpus/d1.txt",
            "Headline here\n\nBody sentence one, which is kept.\nSHARE THIS ARTICLE\n© 2016 AFP",
            null);
    PCollectionTuple result =
        pipeline
            .apply(Create.of(page).withCoder(SchemaCoders.of(pipeline, Document.class)))
            .apply(StripBoilerplate.withRules(BoilerplateRules.defaults()));
    PAssert.that(result.get(StripBoilerplate.CLEAN_DOCUMENTS))
        .containsInAnyOrder(
            CleanDocument.create(
                Fixtures.meta("d1", "Site"),
                "Headline here\n\nBody sentence one, which is kept.\n\n",
                List.of("© 2016 AFP")));
    PAssert.that(result.get(StripBoilerplate.STRIPPED_LINES))
        .containsInAnyOrder(
            StrippedLine.create("d1", 4, "SHARE THIS ARTICLE", "share-widget"),
            StrippedLine.create("d1", 5, "© 2016 AFP", "copyright"));
    pipeline.run().waitUntilFinish();
  }
}
