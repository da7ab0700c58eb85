package dev.wiretrace.read;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.GroupEncodedByKey;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * The files a pattern matches, spread over {@link Buckets}. {@link FileIO#match} spreads them one
 * random key per file, which makes the DirectRunner run every step of every file as a bundle of its
 * own; a bucket of files is one bundle there, and one unit of work on a cluster.
 */
class MatchFiles extends PTransform<PBegin, PCollection<MatchResult.Metadata>> {
  private final String filepattern;
  private final EmptyMatchTreatment emptyMatchTreatment;
  private final Buckets buckets;

  MatchFiles(String filepattern, EmptyMatchTreatment emptyMatchTreatment, Buckets buckets) {
    this.filepattern = filepattern;
    this.emptyMatchTreatment = emptyMatchTreatment;
    this.buckets = buckets;
  }

  @Override
  public PCollection<MatchResult.Metadata> expand(PBegin input) {
    return input
        .apply("Start", Impulse.create())
        .apply("MatchFilepattern", ParDo.of(new MatchFn(filepattern, emptyMatchTreatment, buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), MetadataCoder.of()))
        .apply("GroupByBucket", GroupEncodedByKey.create())
        .apply("UngroupFiles", ParDo.of(new UngroupFn()))
        .setCoder(MetadataCoder.of());
  }

  /** Matches the pattern and keys each file by the bucket of its path. */
  static class MatchFn extends DoFn<byte[], KV<Integer, MatchResult.Metadata>> {
    private final Counter matched = Metrics.counter(MatchFn.class, Counters.FILES_MATCHED);
    private final String filepattern;
    private final EmptyMatchTreatment emptyMatchTreatment;
    private final Buckets buckets;

    MatchFn(String filepattern, EmptyMatchTreatment emptyMatchTreatment, Buckets buckets) {
      this.filepattern = filepattern;
      this.emptyMatchTreatment = emptyMatchTreatment;
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(OutputReceiver<KV<Integer, MatchResult.Metadata>> out) throws IOException {
      for (MatchResult result : FileSystems.match(List.of(filepattern), emptyMatchTreatment)) {
        for (MatchResult.Metadata file : result.metadata()) {
          matched.inc();
          out.output(KV.of(buckets.of(file.resourceId().toString()), file));
        }
      }
    }
  }

  static class UngroupFn
      extends DoFn<KV<Integer, Iterable<MatchResult.Metadata>>, MatchResult.Metadata> {
    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<MatchResult.Metadata>> bucket,
        OutputReceiver<MatchResult.Metadata> out) {
      bucket.getValue().forEach(out::output);
    }
  }
}
