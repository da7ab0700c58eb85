package dev.wiretrace.io;

import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.StrippedLine;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.GatherAll;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes the run's files into one directory: {@code edges.csv}, {@code graph.json}, {@code
 * graph.dot}, {@code stripped.jsonl} and {@code rejects.jsonl}, each in a content-defined order.
 */
public class WriteOutputs extends PTransform<RunOutputs, PDone> {
  /** The graph's two collections, gathered to be written together ({@link WriteGraphFn}). */
  static final TupleTag<GraphNode> NODES = new TupleTag<GraphNode>() {};

  static final TupleTag<CopyEdge> EDGES = new TupleTag<CopyEdge>() {};

  private final String directory;
  private final Buckets buckets;

  private WriteOutputs(String directory, Buckets buckets) {
    this.directory = directory;
    this.buckets = buckets;
  }

  public static WriteOutputs to(String directory) {
    return new WriteOutputs(directory, Buckets.of(1));
  }

  /**
   * Writes the stripped lines and rejects in a part per bucket, on the workers that hold them;
   * {@link #finish} merges the parts once the pipeline has run.
   */
  public WriteOutputs withBuckets(Buckets buckets) {
    return new WriteOutputs(directory, buckets);
  }

  /** Completes the files written in parts: called by the driver after the pipeline succeeded. */
  public static void finish(String directory) throws java.io.IOException {
    SortedParts.merge(directory, STRIPPED_FILE);
    SortedParts.merge(directory, REJECTS_FILE);
  }

  static final String STRIPPED_FILE = "stripped.jsonl";
  static final String REJECTS_FILE = "rejects.jsonl";

  @Override
  public PDone expand(RunOutputs input) {
    PCollectionTuple.of(NODES, input.nodes())
        .and(EDGES, input.edges())
        .apply("GatherGraph", GatherAll.together())
        .apply("WriteGraphFiles", ParDo.of(new WriteGraphFn(directory)));

    writeSorted(
        input
            .stripped()
            .apply(
                "RenderStrippedLines",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                    .via((StrippedLine l) -> KV.of(JsonLines.sortKey(l), JsonLines.of(l)))),
        STRIPPED_FILE,
        "Stripped");
    writeSorted(
        input
            .rejects()
            .apply(
                "RenderRejects",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                    .via((Reject r) -> KV.of(JsonLines.sortKey(r), JsonLines.of(r)))),
        REJECTS_FILE,
        "Rejects");
    return PDone.in(input.getPipeline());
  }

  private void writeSorted(PCollection<KV<String, String>> lines, String fileName, String label) {
    lines
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("Write" + label + "File", new WriteSortedParts(directory, fileName, buckets));
  }
}
