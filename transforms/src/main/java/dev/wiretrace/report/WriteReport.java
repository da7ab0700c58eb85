package dev.wiretrace.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Throwables;
import dev.wiretrace.io.OutputFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes the run's report from its output files: {@code report/index.html}, a page per story under
 * {@code report/stories/}, and {@code graph.svg}. It streams: graph.json is read twice, first
 * without its evidence to find the stories, then edge by edge, each edge's evidence rendered and
 * spooled to a local file per group of stories; each group is then read back and its pages written.
 * Memory follows the largest group, not the corpus.
 */
public final class WriteReport {
  public static final String FOLDER = "report";
  public static final String GRAPH_SVG = "graph.svg";

  /** Evidence of about this many edges goes into one spool group. */
  private static final int EDGES_PER_SPOOL = 2000;

  private static final int MAX_SPOOLS = 256;

  /** Edges whose evidence is rendered at once, in parallel, then spooled in their order. */
  private static final int RENDER_BATCH = 256;

  private WriteReport() {}

  /**
   * Loads and runs the layout engine once on a background thread, so the classes and first
   * compilation that a run's first layout would wait for happen while the pipeline still works. A
   * small run's report then costs little more than writing its pages.
   */
  public static void warmUpInBackground() {
    Thread warmUp =
        new Thread(
            () -> {
              try {
                GraphLayout.warmUp();
              } catch (RuntimeException | LinkageError e) {
                // Only a head start; the report lays out its graphs either way.
              }
            },
            "wiretrace-report-warm-up");
    warmUp.setDaemon(true);
    warmUp.setPriority(Thread.MIN_PRIORITY);
    warmUp.start();
  }

  /** What was written, for the run's log and benchmarks. */
  public record Written(int stories, int documentEdges) {}

  /**
   * @param directory the folder holding graph.json, rejects.jsonl and stripped.jsonl; the report is
   *     written into it
   * @param summary the run's counts, label to value, in the order to show them
   */
  public static Written write(String directory, Map<String, String> summary) throws IOException {
    return write(directory, summary, EDGES_PER_SPOOL);
  }

  static Written write(String directory, Map<String, String> summary, int edgesPerSpool)
      throws IOException {
    StoryIndex index = StoryIndex.read(directory);
    String reportFolder = OutputFiles.resolveDirectory(directory, FOLDER).toString();
    String storiesFolder = OutputFiles.resolveDirectory(directory, FOLDER + "/stories").toString();

    Path spoolFolder = Files.createTempDirectory("wiretrace-report");
    // Edges' evidence and stories' pages are independent of each other: every core the finished
    // pipeline has left takes a share.
    ExecutorService workers =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    OutletGraph.Picture picture;
    try {
      // The outlet graph needs only the index: it is laid out while the evidence is read.
      Future<OutletGraph.Picture> outletGraph = workers.submit(() -> OutletGraph.draw(index));
      int spools = Math.max(1, Math.min(MAX_SPOOLS, index.edges.size() / edgesPerSpool));
      spoolEvidence(directory, index, spoolFolder, spools, workers);
      for (int spool = 0; spool < spools; spool++) {
        writeStoryPages(storiesFolder, index, spoolFolder.resolve(spool + ".bin"), workers);
      }
      picture = await(outletGraph);
    } finally {
      workers.shutdownNow();
      try (Stream<Path> files = Files.walk(spoolFolder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }

    OutputFiles.write(directory, GRAPH_SVG, picture.svg());
    OutputFiles.write(
        reportFolder,
        "index.html",
        out -> IndexPage.write(out, directory, index, picture, summary));
    if (index.stories.size() > IndexPage.STORIES_ON_INDEX) {
      for (int page = 1; page <= IndexPage.listPages(index.stories.size()); page++) {
        OutputFiles.write(
            storiesFolder, IndexPage.listPageName(page), IndexPage.listPage(index, page));
      }
    }
    return new Written(index.stories.size(), index.edges.size());
  }

  private static void spoolEvidence(
      String directory, StoryIndex index, Path folder, int spools, ExecutorService workers)
      throws IOException {
    int[] numberInStory = new int[index.edges.size()];
    for (StoryIndex.Story story : index.stories) {
      for (int i = 0; i < story.edges().size(); i++) {
        numberInStory[story.edges().get(i)] = i + 1;
      }
    }
    List<DataOutputStream> outs = new ArrayList<>();
    try {
      for (int spool = 0; spool < spools; spool++) {
        OutputStream file = Files.newOutputStream(folder.resolve(spool + ".bin"));
        outs.add(new DataOutputStream(new BufferedOutputStream(file, 1 << 16)));
      }
      int[] edgeNumber = {0};
      List<JsonNode> batch = new ArrayList<>();
      List<Integer> batchEdges = new ArrayList<>();
      OutputReader.readGraph(
          directory,
          node -> {},
          (JsonNode edge) -> {
            if ("outlet".equals(OutputReader.text(edge, "level"))) {
              return;
            }
            int e = edgeNumber[0]++;
            if (index.storyOfEdge[e] == 0) {
              return;
            }
            batch.add(edge);
            batchEdges.add(e);
            if (batch.size() == RENDER_BATCH) {
              spoolBatch(batch, batchEdges, numberInStory, index, outs, workers);
            }
          });
      spoolBatch(batch, batchEdges, numberInStory, index, outs, workers);
    } finally {
      for (DataOutputStream out : outs) {
        out.close();
      }
    }
  }

  private static void spoolBatch(
      List<JsonNode> batch,
      List<Integer> batchEdges,
      int[] numberInStory,
      StoryIndex index,
      List<DataOutputStream> outs,
      ExecutorService workers)
      throws IOException {
    List<Future<byte[]>> rendered = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      JsonNode edge = batch.get(i);
      int number = numberInStory[batchEdges.get(i)];
      rendered.add(
          workers.submit(
              () -> EdgeEvidence.render(edge, number, index).getBytes(StandardCharsets.UTF_8)));
    }
    for (int i = 0; i < batch.size(); i++) {
      int e = batchEdges.get(i);
      byte[] html = await(rendered.get(i));
      DataOutputStream out = outs.get(index.storyOfEdge[e] % outs.size());
      out.writeInt(index.storyOfEdge[e]);
      out.writeInt(numberInStory[e]);
      out.writeInt(html.length);
      out.write(html);
    }
    batch.clear();
    batchEdges.clear();
  }

  private static <T> T await(Future<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the report", e);
    } catch (ExecutionException e) {
      Throwables.throwIfInstanceOf(e.getCause(), IOException.class);
      Throwables.throwIfUnchecked(e.getCause());
      throw new IOException(e.getCause());
    }
  }

  private static void writeStoryPages(
      String storiesFolder, StoryIndex index, Path spool, ExecutorService workers)
      throws IOException {
    Map<Integer, TreeMap<Integer, String>> evidence = new TreeMap<>();
    try (InputStream file = Files.newInputStream(spool);
        DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16))) {
      while (true) {
        int story;
        try {
          story = in.readInt();
        } catch (EOFException end) {
          break;
        }
        int number = in.readInt();
        byte[] html = new byte[in.readInt()];
        in.readFully(html);
        evidence
            .computeIfAbsent(story, s -> new TreeMap<>())
            .put(number, new String(html, StandardCharsets.UTF_8));
      }
    }
    List<Future<?>> pages = new ArrayList<>();
    for (Map.Entry<Integer, TreeMap<Integer, String>> story : evidence.entrySet()) {
      StoryIndex.Story details = index.stories.get(story.getKey() - 1);
      List<List<String>> parts = StoryPage.pages(new ArrayList<>(story.getValue().values()));
      for (int part = 1; part <= parts.size(); part++) {
        List<String> sections = parts.get(part - 1);
        int number = part;
        pages.add(
            workers.submit(
                () -> {
                  OutputFiles.write(
                      storiesFolder,
                      StoryPage.fileName(details.number(), number),
                      StoryPage.render(details, index, sections, number, parts.size()));
                  return null;
                }));
      }
    }
    for (Future<?> page : pages) {
      await(page);
    }
  }
}
