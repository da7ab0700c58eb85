package dev.wiretrace.direction;

import static dev.wiretrace.testing.Fixtures.attributing;
import static dev.wiretrace.testing.Fixtures.clues;
import static dev.wiretrace.testing.Fixtures.crediting;
import static dev.wiretrace.testing.Fixtures.meta;
import static dev.wiretrace.testing.Fixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.testing.TestPipelineExtension;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class DecideDirectionTest {
  private static PairScore pair(DocumentClues a, DocumentClues b, int sharedB, int from) {
    return PairScore.builder()
        .setA(a)
        .setB(b)
        .setSharedWordsA(sharedB)
        .setSharedWordsB(sharedB)
        .setLongestRun(sharedB)
        .setIdenticalSentences(0)
        .setCoverageA(List.of(from, from + sharedB))
        .setCoverageB(List.of(from, from + sharedB))
        .setPassages(List.of())
        .build();
  }

  @Test
  void chainComesOutAsAChain(TestPipeline pipeline) {
    DocumentClues reprint = crediting(meta("a-reprint", "Daily"), "AFP", 400);
    DocumentClues rewrite = clues(meta("b-rewrite", "Press TV"), 400);
    DocumentClues copy = attributing(meta("c-copy", "FNA"), "Press TV", 300);
    List<PairScore> pairs =
        List.of(
            pair(reprint, rewrite, 50, 0), pair(reprint, copy, 40, 0), pair(rewrite, copy, 200, 0));
    List<DocumentProfile> profiles =
        List.of(profile(reprint, "x"), profile(rewrite, "y"), profile(copy, "z"));
    PCollection<CopyEdge> edges =
        pipeline
            .apply("Pairs", Create.of(pairs).withCoder(ModelCoders.of(pipeline, PairScore.class)))
            .apply(
                DecideDirection.among(
                    pipeline.apply(
                        "Profiles",
                        Create.of(profiles)
                            .withCoder(ModelCoders.of(pipeline, DocumentProfile.class)))))
            .get(DecideDirection.EDGES);
    PAssert.that(edges)
        .satisfies(
            all -> {
              List<String> found = new ArrayList<>();
              all.forEach(
                  e ->
                      found.add(
                          e.getSource() + "->" + e.getTarget() + (e.getPrimary() ? "" : "?")));
              found.sort(null);
              assertEquals(
                  List.of("b-rewrite->c-copy", "wire:AFP->a-reprint", "wire:AFP->b-rewrite"),
                  found);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
