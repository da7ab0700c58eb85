package dev.wiretrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.model.ModelCoders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PValue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every collection of a type with a hand-written coder carries it, in the whole job as built, with
 * and without an index: Beam would otherwise infer the slower schema coder for a step's output that
 * was not given one, and nothing else would notice.
 */
class CompactCodersInJobTest {
  @TempDir Path output;
  @TempDir Path index;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void noCollectionFallsBackToASchemaCoderForACompactType(boolean indexed) throws Exception {
    WiretraceOptions options =
        SampleInputEndToEndTest.options(SampleInputEndToEndTest.SAMPLE_INPUT, output);
    if (indexed) {
      options.setIndex(index.toString());
      options.setNight("2026-11-22");
    }
    List<String> schemaCoded = new ArrayList<>();
    List<String> compactCoded = new ArrayList<>();
    try (RunPlan plan = RunPlan.prepare(options)) {
      Pipeline pipeline = Pipeline.create(options);
      WiretracePipeline.buildPipeline(pipeline, options, plan);
      pipeline.traverseTopologically(
          new Pipeline.PipelineVisitor.Defaults() {
            @Override
            public void visitValue(PValue value, TransformHierarchy.Node producer) {
              if (value instanceof PCollection<?> collection) {
                findCoders(collection.getCoder(), collection.getName(), schemaCoded, compactCoded);
              }
            }
          });
    }
    assertTrue(compactCoded.size() > 20, compactCoded.size() + " collections with compact coders");
    assertEquals(List.of(), schemaCoded);
  }

  /** Walks a coder and its components: a KV's value, an iterable's element, a union's branches. */
  private static void findCoders(
      Coder<?> coder, String collection, List<String> schemaCoded, List<String> compactCoded) {
    Class<?> type = coder.getEncodedTypeDescriptor().getRawType();
    if (ModelCoders.hasCompactCoder(type)) {
      (coder instanceof SchemaCoder<?> ? schemaCoded : compactCoded)
          .add(collection + ": " + type.getSimpleName());
    }
    for (Coder<?> component : coder.getCoderArguments()) {
      findCoders(component, collection, schemaCoded, compactCoded);
    }
    if (coder instanceof UnionCoder union) {
      for (Coder<?> element : union.getElementCoders()) {
        findCoders(element, collection, schemaCoded, compactCoded);
      }
    }
  }
}
