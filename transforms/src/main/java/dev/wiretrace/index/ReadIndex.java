package dev.wiretrace.index;

import dev.wiretrace.io.ListedElements;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.SchemaCoders;
import dev.wiretrace.shuffle.Buckets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads the documents of earlier nights from the index's Avro files. A file that cannot be read
 * fails the run with {@link CorruptIndexException} naming it: an index read in part would give a
 * graph missing its sources, which looks like a true answer and is not.
 */
public class ReadIndex extends PTransform<PBegin, PCollection<HashedDocument>> {
  private final List<String> files;
  private final Buckets buckets;

  private ReadIndex(List<String> files, Buckets buckets) {
    this.files = List.copyOf(files);
    this.buckets = buckets;
  }

  /** Reads exactly these files, as listed by the committed index version. */
  public static ReadIndex files(List<String> files) {
    return new ReadIndex(files, Buckets.of(1));
  }

  /** Spreads the files over these buckets, each read on whichever worker holds it. */
  public ReadIndex withBuckets(Buckets buckets) {
    return new ReadIndex(files, buckets);
  }

  @Override
  public PCollection<HashedDocument> expand(PBegin input) {
    // The files are known when the job is built: listed with their bucket, grouped, and read,
    // with no file matching step (FileIO.matchAll's reshuffle) in between.
    List<KV<Integer, String>> keyed = new ArrayList<>();
    for (String file : files) {
      keyed.add(KV.of(buckets.of(file), file));
    }
    return input
        .apply(
            "ListIndexFiles",
            ListedElements.of(keyed, KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())))
        .apply("GroupIndexFiles", GroupByKey.create())
        .apply("ReadIndexFiles", ParDo.of(new ReadSegmentFileFn()))
        .setCoder(SchemaCoders.of(input.getPipeline(), HashedDocument.class));
  }
}
