package dev.wiretrace.read;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.ManifestEntry;
import dev.wiretrace.model.Reject;
import java.io.IOException;
import java.io.StringReader;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/** Parses the manifest file; rows it cannot use go to the rejects with their reason. */
class ParseManifestFn extends DoFn<FileIO.ReadableFile, ManifestEntry> {
  private final Counter rows = Metrics.counter(ParseManifestFn.class, Counters.MANIFEST_ROWS);
  private final Counter problems =
      Metrics.counter(ParseManifestFn.class, Counters.MANIFEST_PROBLEMS);

  @ProcessElement
  public void process(ProcessContext context) {
    FileIO.ReadableFile file = context.element();
    String name = file.getMetadata().resourceId().getFilename();
    ManifestParser.Result result;
    try {
      result = ManifestParser.parse(new StringReader(file.readFullyAsUTF8String()), name);
    } catch (IOException e) {
      problems.inc();
      context.output(
          ReadCorpus.REJECTS,
          Reject.create(
              file.getMetadata().resourceId().toString(),
              "bad-manifest",
              String.valueOf(e.getMessage()).replaceAll("\\s+", " ")
                  + "; documents are processed without manifest metadata"));
      return;
    }
    for (ManifestEntry entry : result.entries()) {
      rows.inc();
      context.output(entry);
    }
    for (Reject problem : result.problems()) {
      problems.inc();
      context.output(ReadCorpus.REJECTS, problem);
    }
  }
}
