package dev.wiretrace.strip;

import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.StrippedLine;
import dev.wiretrace.testing.Fixtures;
import dev.wiretrace.testing.TestPipelineExtension;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
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
            .apply(Create.of(page).withCoder(ModelCoders.of(pipeline, Document.class)))
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

  /** A page that breaks the classifier, however it breaks it, costs that page alone. */
  @Test
  void aPageThatBreaksTheClassifierIsRejectedAndTheOthersGoOn(TestPipeline pipeline) {
    LineClassifier rules = new LineClassifier(BoilerplateRules.defaults());
    PageClassifier breaksOnPoison =
        lines -> {
          if (lines.get(0).equals("POISON")) {
            throw new StackOverflowError();
          }
          if (lines.get(0).equals("BUG")) {
            throw new IllegalStateException("a bug\nwith a second line");
          }
          return rules.classifyPage(lines);
        };
    Document good =
        Document.create(Fixtures.meta("good", "Site"), "/corpus/good.txt", "Body.\nShare", null);
    Document poison =
        Document.create(Fixtures.meta("poison", "Site"), "/corpus/poison.txt", "POISON", null);
    Document bug = Document.create(Fixtures.meta("bug", "Site"), "/corpus/bug.txt", "BUG", null);
    PCollectionTuple result =
        pipeline
            .apply(Create.of(good, poison, bug).withCoder(ModelCoders.of(pipeline, Document.class)))
            .apply(
                ParDo.of(new StripBoilerplateFn(breaksOnPoison))
                    .withOutputTags(
                        StripBoilerplate.CLEAN_DOCUMENTS,
                        TupleTagList.of(StripBoilerplate.STRIPPED_LINES)
                            .and(StripBoilerplate.REJECTS)));
    result
        .get(StripBoilerplate.CLEAN_DOCUMENTS)
        .setCoder(ModelCoders.of(pipeline, CleanDocument.class));
    result
        .get(StripBoilerplate.STRIPPED_LINES)
        .setCoder(ModelCoders.of(pipeline, StrippedLine.class));
    result.get(StripBoilerplate.REJECTS).setCoder(ModelCoders.of(pipeline, Reject.class));
    PAssert.that(result.get(StripBoilerplate.CLEAN_DOCUMENTS))
        .containsInAnyOrder(
            CleanDocument.create(Fixtures.meta("good", "Site"), "Body.\n", List.of()));
    PAssert.that(result.get(StripBoilerplate.STRIPPED_LINES))
        .containsInAnyOrder(StrippedLine.create("good", 2, "Share", "share-widget"));
    PAssert.that(result.get(StripBoilerplate.REJECTS))
        .satisfies(
            rejects -> {
              List<String> seen = new java.util.ArrayList<>();
              rejects.forEach(
                  r -> seen.add(r.getInput() + " " + r.getReason() + " " + r.getDetail()));
              seen.sort(null);
              org.junit.jupiter.api.Assertions.assertEquals(2, seen.size(), seen.toString());
              org.junit.jupiter.api.Assertions.assertTrue(
                  seen.get(0)
                      .startsWith(
                          "/corpus/bug.txt internal-error StripBoilerplate: IllegalStateException: a bug (at dev.wiretrace.strip.StripBoilerplateTest"),
                  seen.get(0));
              org.junit.jupiter.api.Assertions.assertTrue(
                  seen.get(1)
                      .startsWith(
                          "/corpus/poison.txt internal-error StripBoilerplate: StackOverflowError"),
                  seen.get(1));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
