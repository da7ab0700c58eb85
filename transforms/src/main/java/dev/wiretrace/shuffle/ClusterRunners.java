package dev.wiretrace.shuffle;

import org.apache.beam.sdk.Pipeline;

/**
 * Whether a pipeline runs on a cluster runner (Flink, Spark, Dataflow), whose shuffles encode every
 * element, rather than the DirectRunner, which hands objects from step to step and copies the state
 * of its groups. The shuffles here choose their shape by it; the output is the same.
 */
final class ClusterRunners {
  private ClusterRunners() {}

  static boolean runs(Pipeline pipeline) {
    String runner = pipeline.getOptions().getRunner().getSimpleName();
    return runner.contains("Flink") || runner.contains("Spark") || runner.contains("Dataflow");
  }
}
