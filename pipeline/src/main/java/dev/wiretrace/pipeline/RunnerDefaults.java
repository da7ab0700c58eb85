package dev.wiretrace.pipeline;

import java.util.ArrayList;
import java.util.List;

/** The runner settings wiretrace adds to a user's arguments, and the runner a jar runs on. */
final class RunnerDefaults {
  private RunnerDefaults() {}

  /**
   * Runner settings that cost a user's run much and buy it nothing, switched off unless the user
   * sets them. The DirectRunner checks that no element is mutated and every element survives its
   * coder by copying each element: tests keep those checks, and they are how we know the transforms
   * never mutate their elements. That is also why Flink need not copy every element between chained
   * steps through its coder ({@code fasterCopy}).
   */
  static String[] added(String[] args) {
    List<String> all = new ArrayList<>(List.of(args));
    // A jar built for one runner runs on it without --runner; Beam's own default is the
    // DirectRunner.
    if (!onClassPath("org.apache.beam.runners.direct.DirectRunner")) {
      if (onClassPath("org.apache.beam.runners.flink.FlinkRunner")) {
        addUnlessSet(all, "--runner", "FlinkRunner");
      } else if (onClassPath("org.apache.beam.runners.spark.SparkRunner")) {
        addUnlessSet(all, "--runner", "SparkRunner");
      }
    }
    if (onClassPath("org.apache.beam.runners.direct.DirectOptions")) {
      // run() returns while the job works, so its progress can be printed; we wait for it.
      addUnlessSet(all, "--blockOnRun", "false");
      addUnlessSet(all, "--enforceImmutability", "false");
      addUnlessSet(all, "--enforceEncodability", "false");
    }
    if (onClassPath("org.apache.beam.runners.flink.FlinkPipelineOptions")) {
      addUnlessSet(all, "--fasterCopy", "true");
    }
    return all.toArray(new String[0]);
  }

  private static boolean onClassPath(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void addUnlessSet(List<String> args, String flag, String value) {
    if (args.stream().noneMatch(a -> a.startsWith(flag))) {
      args.add(flag + "=" + value);
    }
  }
}
