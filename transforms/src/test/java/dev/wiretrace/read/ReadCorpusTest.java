package dev.wiretrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.wiretrace.model.Document;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.model.Reject;
import dev.wiretrace.testing.TestPipelineExtension;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class ReadCorpusTest {
  @TempDir Path corpus;

  @Test
  void everyFileIsADocumentOrAReject(TestPipeline pipeline) throws IOException {
    Files.writeString(corpus.resolve("good.txt"), "A story.\r\nSecond line.");
    Files.write(
        corpus.resolve("latin.txt"),
        "Caf\u00e9 \u201cquote\u201d".getBytes(Charset.forName("windows-1252")));
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("binary.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0});
    Files.createDirectories(corpus.resolve("other"));
    Files.writeString(corpus.resolve("other/good.txt"), "Same id, another folder.");
    Files.writeString(
        corpus.resolve("manifest.csv"),
        "id,outlet,url,published\ngood,Press TV,,2016-11-02T10:00:00Z\nlatin,,https://www.example.org/a,not a date\n");

    PCollectionTuple read =
        pipeline.apply(
            ReadCorpus.from(corpus + "/**.txt", corpus.resolve("manifest.csv").toString()));

    PAssert.that(read.get(ReadCorpus.DOCUMENTS))
        .satisfies(
            documents -> {
              List<String> summary = new ArrayList<>();
              for (Document d : documents) {
                summary.add(
                    d.id()
                        + "|"
                        + d.getText()
                        + "|"
                        + d.getMeta().getOutlet()
                        + "|"
                        + d.getMeta().getPublished());
              }
              summary.sort(null);
              assertEquals(
                  List.of(
                      "good|A story.\nSecond line.|Press TV|2016-11-02T10:00:00Z",
                      "latin|Café “quote”|example.org|null"),
                  summary);
              return null;
            });
    PAssert.that(read.get(ReadCorpus.REJECTS))
        .satisfies(
            rejects -> {
              List<String> reasons = new ArrayList<>();
              for (Reject r : rejects) {
                reasons.add(Path.of(r.getInput()).getFileName() + ":" + r.getReason());
              }
              reasons.sort(null);
              assertEquals(
                  List.of(
                      "binary.txt:not-text",
                      "empty.txt:empty-file",
                      "good.txt:duplicate-id",
                      "manifest.csv:3:bad-published-date"),
                  reasons);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void documentIdIsTheFileNameWithoutTxt() {
    assertEquals("001_c9a9d147cc6472a9", DocumentIds.fromFileName("001_c9a9d147cc6472a9.txt"));
    assertEquals("notes.md", DocumentIds.fromFileName("notes.md"));
    assertNull(DocumentMetas.of("x", null, null).getOutlet());
  }

  @Test
  void worksWithoutAManifest(TestPipeline pipeline) throws IOException {
    Files.writeString(corpus.resolve("a.txt"), "Text.", StandardCharsets.UTF_8);
    PCollectionTuple read = pipeline.apply(ReadCorpus.from(corpus + "/*.txt", null));
    PAssert.that(read.get(ReadCorpus.REJECTS)).empty();
    PAssert.thatSingleton(read.get(ReadCorpus.DOCUMENTS))
        .satisfies(
            d -> {
              assertEquals(OutletSource.UNKNOWN, d.getMeta().outletSource());
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aFileOverTheSizeLimitIsRejectedAndTheNightIsRecorded(TestPipeline pipeline)
      throws IOException {
    Files.writeString(corpus.resolve("small.txt"), "A short story.", StandardCharsets.UTF_8);
    Files.write(corpus.resolve("dump.txt"), "word ".repeat(400).getBytes(StandardCharsets.UTF_8));
    PCollectionTuple read =
        pipeline.apply(
            ReadCorpus.from(corpus + "/*.txt", null)
                .forNight("2026-11-22")
                .withMaxDocumentBytes(1000));
    PAssert.thatSingleton(read.get(ReadCorpus.REJECTS))
        .satisfies(
            r -> {
              assertEquals("too-large", r.getReason());
              assertEquals(
                  "2,000 bytes, over the limit of 1,000 for one article (--maxDocumentBytes)",
                  r.getDetail());
              return null;
            });
    PAssert.thatSingleton(read.get(ReadCorpus.DOCUMENTS))
        .satisfies(
            d -> {
              assertEquals("small", d.id());
              assertEquals("2026-11-22", d.getMeta().getNight());
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
