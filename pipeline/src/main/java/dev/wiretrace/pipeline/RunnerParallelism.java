package dev.wiretrace.pipeline;

import java.lang.reflect.Method;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * How many workers the chosen runner will run the steps on, read from its own options when its jar
 * is on the class path: Flink's {@code --parallelism}, Spark's {@code --sparkMaster=local[N]}, the
 * DirectRunner's {@code --targetParallelism}. Elsewhere, the cores of this machine.
 */
final class RunnerParallelism {
  private static final Pattern LOCAL_MASTER = Pattern.compile("local\\[(\\d+|\\*)\\]");

  private RunnerParallelism() {}

  static int of(PipelineOptions options) {
    int cores = Runtime.getRuntime().availableProcessors();
    String runner = options.getRunner() == null ? "" : options.getRunner().getSimpleName();
    switch (runner) {
      case "FlinkRunner":
        {
          Object parallelism =
              option(
                  options, "org.apache.beam.runners.flink.FlinkPipelineOptions", "getParallelism");
          return parallelism instanceof Integer && (Integer) parallelism > 0
              ? (Integer) parallelism
              : cores;
        }
      case "SparkRunner":
        {
          Object master =
              option(
                  options, "org.apache.beam.runners.spark.SparkPipelineOptions", "getSparkMaster");
          Matcher local = LOCAL_MASTER.matcher(master == null ? "" : master.toString());
          return local.matches() && !local.group(1).equals("*")
              ? Integer.parseInt(local.group(1))
              : cores;
        }
      case "DirectRunner":
        {
          Object target =
              option(
                  options, "org.apache.beam.runners.direct.DirectOptions", "getTargetParallelism");
          return target instanceof Integer && (Integer) target > 0 ? (Integer) target : cores;
        }
      default:
        return cores;
    }
  }

  @SuppressWarnings("unchecked")
  private static Object option(PipelineOptions options, String interfaceName, String getter) {
    try {
      Class<? extends PipelineOptions> type =
          (Class<? extends PipelineOptions>) Class.forName(interfaceName);
      PipelineOptions view = options.as(type);
      Method method = type.getMethod(getter);
      return method.invoke(view);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
