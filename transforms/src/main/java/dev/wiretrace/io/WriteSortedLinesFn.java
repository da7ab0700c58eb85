package dev.wiretrace.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;

/** Writes one file of lines in sort-key order, whatever order the runner delivered them in. */
class WriteSortedLinesFn extends DoFn<String, Void> {
  private final Counter written = Metrics.counter(WriteSortedLinesFn.class, "linesWritten");

  private final String directory;
  private final String fileName;
  private final PCollectionView<List<KV<String, String>>> lines;

  WriteSortedLinesFn(String directory, String fileName, PCollectionView<List<KV<String, String>>> lines) {
    this.directory = directory;
    this.fileName = fileName;
    this.lines = lines;
  }

  @ProcessElement
  public void process(ProcessContext context) throws IOException {
    List<KV<String, String>> sorted = new ArrayList<>(context.sideInput(lines));
    sorted.sort(Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue));
    OutputFiles.write(
        directory,
        fileName,
        out -> {
          for (KV<String, String> line : sorted) {
            out.write(line.getValue());
            out.write('\n');
          }
        });
    written.inc(sorted.size());
  }
}
