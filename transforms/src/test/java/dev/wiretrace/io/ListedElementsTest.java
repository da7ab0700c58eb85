package dev.wiretrace.io;

import dev.wiretrace.testing.TestPipelineExtension;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class ListedElementsTest {
  @Test
  void emitsEveryListedElementOnce(TestPipeline pipeline) {
    List<String> files =
        List.of("segments/a/part-00.avro", "segments/a/part-01.avro", "ünïcode, with comma");
    PCollection<String> listed =
        pipeline.apply("Several", ListedElements.of(files, StringUtf8Coder.of()));
    PAssert.that(listed).containsInAnyOrder(files);
    PCollection<String> none =
        pipeline.apply("None", ListedElements.of(List.<String>of(), StringUtf8Coder.of()));
    PAssert.that(none).empty();
    pipeline.run();
  }
}
