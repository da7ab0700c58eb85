package dev.wiretrace.pipeline;

import dev.wiretrace.io.CrashPoints;
import dev.wiretrace.io.OutputFiles;
import dev.wiretrace.report.WriteReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The run's output folder. The pipeline writes into a staging folder inside it; only a run that
 * succeeds moves its files into place, {@code summary.json} last. A folder without {@code
 * summary.json} holds no finished run, whatever else it holds.
 */
final class OutputFolder {
  static final String STAGING = ".wiretrace-staging";
  static final String SUMMARY = "summary.json";
  static final List<String> FILES =
      List.of("edges.csv", "graph.json", "graph.dot", "stripped.jsonl", "rejects.jsonl");

  /** Written when the report is: moved with the other files, and removed by a run without one. */
  static final String GRAPH_SVG = WriteReport.GRAPH_SVG;

  private final String folder;
  private final String staging;

  private OutputFolder(String folder, String staging) {
    this.folder = folder;
    this.staging = staging;
  }

  /**
   * Clears what killed runs left in the staging area and checks the folder can be written, so a
   * read-only folder fails before the night's work rather than after it.
   */
  static OutputFolder prepare(String folder, String runId) throws UsageException {
    String staging = OutputFiles.resolveDirectory(folder, STAGING + "/" + runId).toString();
    try {
      OutputFiles.deleteMatching(OutputFiles.resolveDirectory(folder, STAGING) + "**");
      OutputFiles.write(staging, ".probe", "");
      OutputFiles.deleteMatching(OutputFiles.resolve(staging, ".probe").toString());
    } catch (IOException | RuntimeException e) {
      throw new UsageException(
          "cannot write to the output folder " + folder + ": " + Failures.oneLine(e), e);
    }
    return new OutputFolder(folder, staging);
  }

  String staging() {
    return staging;
  }

  /** Moves the staged files into the folder, and the summary after them. */
  void commit(String summaryJson) throws IOException {
    OutputFiles.write(staging, SUMMARY, summaryJson);
    FileSystems.delete(
        List.of(OutputFiles.resolve(folder, SUMMARY)), StandardMoveOptions.IGNORE_MISSING_FILES);
    // A report of an earlier run in this folder would otherwise keep story pages this run lacks.
    OutputFiles.deleteMatching(OutputFiles.resolveDirectory(folder, WriteReport.FOLDER) + "**");
    FileSystems.delete(
        List.of(OutputFiles.resolve(folder, GRAPH_SVG)), StandardMoveOptions.IGNORE_MISSING_FILES);
    List<ResourceId> from = new ArrayList<>();
    List<ResourceId> to = new ArrayList<>();
    for (String name : FILES) {
      from.add(OutputFiles.resolve(staging, name));
      to.add(OutputFiles.resolve(folder, name));
    }
    String stagedReport = OutputFiles.resolveDirectory(staging, WriteReport.FOLDER).toString();
    for (ResourceId file : OutputFiles.listFiles(stagedReport + "**")) {
      from.add(file);
      to.add(
          OutputFiles.resolvePath(
              folder, WriteReport.FOLDER + "/" + file.toString().substring(stagedReport.length())));
    }
    if (!OutputFiles.listFiles(OutputFiles.resolve(staging, GRAPH_SVG).toString()).isEmpty()) {
      from.add(OutputFiles.resolve(staging, GRAPH_SVG));
      to.add(OutputFiles.resolve(folder, GRAPH_SVG));
    }
    FileSystems.rename(from, to);
    CrashPoints.reached(CrashPoints.OUTPUTS_MOVED);
    FileSystems.rename(
        List.of(OutputFiles.resolve(staging, SUMMARY)),
        List.of(OutputFiles.resolve(folder, SUMMARY)));
    CrashPoints.reached(CrashPoints.SUMMARY_MOVED);
    OutputFiles.deleteMatching(OutputFiles.resolveDirectory(folder, STAGING) + "**");
    OutputFiles.removeEmptyFolder(
        OutputFiles.resolveDirectory(staging, WriteReport.FOLDER + "/stories"));
    OutputFiles.removeEmptyFolder(OutputFiles.resolveDirectory(staging, WriteReport.FOLDER));
    OutputFiles.removeEmptyFolder(FileSystems.matchNewResource(staging, true));
    OutputFiles.removeEmptyFolder(OutputFiles.resolveDirectory(folder, STAGING));
  }
}
