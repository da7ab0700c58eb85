package dev.wiretrace.pipeline;

import dev.wiretrace.index.CorruptIndexException;
import dev.wiretrace.index.IndexCompactor;
import dev.wiretrace.index.IndexLock;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Maintenance of a nightly index, beside the nightly job:
 *
 * <pre>
 * java -cp wiretrace.jar dev.wiretrace.pipeline.WiretraceIndex compact --index=/data/index [--before=2026-11-01]
 * </pre>
 *
 * {@code compact} merges the index's segments (those whose nights all come before {@code --before},
 * by default all) into one, and rewrites an index of the first format in the current one. It takes
 * the index's lock, as a nightly run does, so the two never overlap; killed, it leaves the index as
 * it was. Exit codes: 0 done, 2 a bad call or the index in use, 3 a damaged index.
 */
public final class WiretraceIndex {
  private static final String USAGE =
      "usage: WiretraceIndex compact --index=<folder> [--before=<night>]";

  private WiretraceIndex() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) {
    if (args.length == 0 || !args[0].equals("compact")) {
      return fail(2, USAGE);
    }
    String index = null;
    String before = "";
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--index=")) {
        index = args[i].substring("--index=".length());
      } else if (args[i].startsWith("--before=")) {
        before = args[i].substring("--before=".length());
      } else {
        return fail(2, "unknown option " + args[i] + "; " + USAGE);
      }
    }
    if (index == null || index.isBlank()) {
      return fail(2, "--index is required; " + USAGE);
    }
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    Instant start = Instant.now();
    String runId = "compact-" + UUID.randomUUID();
    try (IndexLock lock = IndexLock.acquire(index, runId)) {
      IndexCompactor.Result result = IndexCompactor.open(index).compact(before, runId);
      out.printf(
          "wiretrace: compacted %d of %d segments into one: %d documents, %d duplicates dropped,"
              + " %d unlisted files removed; the index now has %d segments (%.1f s)%n",
          result.segmentsMerged(),
          result.segmentsBefore(),
          result.documents(),
          result.duplicatesDropped(),
          result.unlistedFilesRemoved(),
          result.version().segments().size(),
          (Instant.now().toEpochMilli() - start.toEpochMilli()) / 1000.0);
      return 0;
    } catch (IndexLock.HeldException e) {
      return fail(2, e.getMessage());
    } catch (CorruptIndexException e) {
      return fail(WiretracePipeline.INDEX_PROBLEM, e.getMessage() + "; the index is unchanged");
    } catch (IOException | RuntimeException e) {
      return fail(
          WiretracePipeline.INDEX_PROBLEM,
          "cannot compact the index at "
              + index
              + ": "
              + Failures.oneLine(e)
              + "; the index is unchanged");
    }
  }

  private static int fail(int code, String message) {
    System.err.println("wiretrace: " + message);
    return code;
  }
}
