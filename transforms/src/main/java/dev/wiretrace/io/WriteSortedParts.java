package dev.wiretrace.io;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.GroupEncodedByKey;
import dev.wiretrace.shuffle.KeyByBucketFn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes lines (sort key, line) as the sorted parts of one file, a part per bucket of sort keys,
 * each sorted and written by the worker that holds the bucket; {@link SortedParts#merge} makes them
 * the one file.
 */
class WriteSortedParts extends PTransform<PCollection<KV<String, String>>, PDone> {
  private final String directory;
  private final String fileName;
  private final Buckets buckets;

  WriteSortedParts(String directory, String fileName, Buckets buckets) {
    this.directory = directory;
    this.fileName = fileName;
    this.buckets = buckets;
  }

  @Override
  public PDone expand(PCollection<KV<String, String>> lines) {
    lines
        .apply("KeyByBucket", ParDo.of(new KeyByBucketFn<String, String>(buckets)))
        .setCoder(
            KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply("GroupByBucket", GroupEncodedByKey.create())
        .apply("WritePart", ParDo.of(new WritePartFn(directory, fileName)));
    return PDone.in(lines.getPipeline());
  }

  /**
   * Sorts a bucket's lines and writes them as its part; a retried bucket rewrites the same part.
   */
  static class WritePartFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, Void> {
    private final Counter written = Metrics.counter(WritePartFn.class, Counters.LINES_WRITTEN);
    private final String directory;
    private final String fileName;

    WritePartFn(String directory, String fileName) {
      this.directory = directory;
      this.fileName = fileName;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> bucket)
        throws IOException {
      List<KV<String, String>> sorted = new ArrayList<>();
      bucket.getValue().forEach(sorted::add);
      sorted.sort(SortedParts.ORDER);
      OutputFiles.write(
          OutputFiles.resolveDirectory(directory, SortedParts.partsFolder(fileName)).toString(),
          SortedParts.partName(bucket.getKey()),
          out -> {
            for (KV<String, String> line : sorted) {
              out.write(SortedParts.encode(line));
              out.write('\n');
            }
          });
      written.inc(sorted.size());
    }
  }
}
