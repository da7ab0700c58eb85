package dev.wiretrace.index;

import static dev.wiretrace.testing.Fixtures.clues;
import static dev.wiretrace.testing.Fixtures.crediting;
import static dev.wiretrace.testing.Fixtures.meta;
import static dev.wiretrace.testing.Fixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.SchemaCoders;
import dev.wiretrace.testing.TestPipelineExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class IndexRoundTripTest {
  @TempDir Path index;

  private static final List<HashedDocument> DOCUMENTS =
      List.of(
          HashedDocument.create(
              profile(
                  clues(
                      meta("a", "Site A", "2026-11-21T08:00:00Z").toBuilder()
                          .setNight("2026-11-21")
                          .setPath("/c/a.txt")
                          .build(),
                      7),
                  "The minister resigned on Monday.",
                  "Talks resume next week."),
              List.of(-5L, 3L, 99L),
              42L),
          HashedDocument.create(
              profile(
                  crediting(meta("b", null).toBuilder().setNight("2026-11-21").build(), "AFP", 4),
                  "ATHENS (AFP) - Talks resume."),
              List.of(7L),
              -1L));

  @Test
  void aCommittedSegmentReadsBackAsTheSameDocuments(TestPipeline pipeline) throws Exception {
    IndexStore empty = IndexStore.open(index.toString());
    String staging = empty.stagingFolder("run-1");
    Pipeline write = Pipeline.create();
    write
        .apply(Create.of(DOCUMENTS).withCoder(SchemaCoders.of(write, HashedDocument.class)))
        .apply(WriteIndexSegment.to(staging));
    write.run().waitUntilFinish();

    IndexVersion committed = empty.commit("2026-11-21", staging);
    assertEquals(2, committed.documents());
    IndexStore reopened = IndexStore.open(index.toString());
    assertEquals(List.of(), reopened.filesRead("2026-11-21", 0));
    List<String> files = reopened.filesRead("2026-11-22", 0);
    assertEquals(committed.segments().get(0).files().size(), files.size());
    files.forEach(f -> assertEquals(true, Files.exists(Path.of(f)), f));

    PAssert.that(pipeline.apply(ReadIndex.files(files))).containsInAnyOrder(DOCUMENTS);
    pipeline.run().waitUntilFinish();
  }
}
