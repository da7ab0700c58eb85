package dev.wiretrace.index;

import dev.wiretrace.io.ListedElements;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.SchemaCoders;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads the documents of earlier nights from the index's Avro files. A file that cannot be read
 * fails the run with {@link CorruptIndexException} naming it: an index read in part would give a
 * graph missing its sources, which looks like a true answer and is not.
 */
public class ReadIndex extends PTransform<PBegin, PCollection<HashedDocument>> {
  private final List<String> files;

  private ReadIndex(List<String> files) {
    this.files = List.copyOf(files);
  }

  /** Reads exactly these files, as listed by the committed index version. */
  public static ReadIndex files(List<String> files) {
    return new ReadIndex(files);
  }

  @Override
  public PCollection<HashedDocument> expand(PBegin input) {
    return input
        .apply("ListIndexFiles", ListedElements.of(files, StringUtf8Coder.of()))
        .apply(
            "MatchIndexFiles",
            FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
        .apply("OpenIndexFiles", FileIO.readMatches())
        .apply("ReadIndexFiles", ParDo.of(new ReadSegmentFileFn()))
        .setCoder(SchemaCoders.of(input.getPipeline(), HashedDocument.class));
  }
}
