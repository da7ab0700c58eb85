package dev.wiretrace.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.values.KV;

/**
 * A file of sorted lines written in parts, one per bucket, each sorted on its own worker, and
 * merged into the one file when the run commits. No worker ever holds all the lines, and the merge
 * reads each part once, holding one line of each.
 *
 * <p>A part line is the line's sort key as a JSON string, a tab, and the line: JSON escapes every
 * control character, so the first tab ends the key whatever the key holds.
 */
public final class SortedParts {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Lines sort by key, then by the line itself, as the single-file writer sorted them. */
  static final Comparator<KV<String, String>> ORDER =
      Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue);

  private SortedParts() {}

  static String partsFolder(String fileName) {
    return fileName + ".parts";
  }

  static String partName(int bucket) {
    return String.format(java.util.Locale.ROOT, "part-%05d", bucket);
  }

  static String encode(KV<String, String> line) {
    try {
      return JSON.writeValueAsString(line.getKey()) + '\t' + line.getValue();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a sort key", e);
    }
  }

  static KV<String, String> decode(String partLine) throws IOException {
    int tab = partLine.indexOf('\t');
    if (tab < 0) {
      throw new IOException(
          "a part line without its sort key: "
              + partLine.substring(0, Math.min(80, partLine.length())));
    }
    return KV.of(
        JSON.readValue(partLine.substring(0, tab), String.class), partLine.substring(tab + 1));
  }

  /**
   * Merges the parts of {@code fileName} in {@code directory} into the file itself, then deletes
   * them. No parts (nothing to write) gives an empty file.
   */
  public static void merge(String directory, String fileName) throws IOException {
    String parts = OutputFiles.resolveDirectory(directory, partsFolder(fileName)).toString();
    MatchResult match =
        FileSystems.match(List.of(parts + "part-*"), EmptyMatchTreatment.ALLOW).get(0);
    List<ResourceId> files = new ArrayList<>();
    if (match.status() == MatchResult.Status.OK) {
      for (MatchResult.Metadata file : match.metadata()) {
        files.add(file.resourceId());
      }
    }
    files.sort(Comparator.comparing(ResourceId::toString));
    List<BufferedReader> readers = new ArrayList<>();
    try {
      for (ResourceId file : files) {
        readers.add(
            new BufferedReader(
                Channels.newReader(FileSystems.open(file), StandardCharsets.UTF_8), 1 << 16));
      }
      PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> ORDER.compare(a.line, b.line));
      for (BufferedReader reader : readers) {
        Head head = Head.next(reader);
        if (head != null) {
          heads.add(head);
        }
      }
      OutputFiles.write(
          directory,
          fileName,
          out -> {
            while (!heads.isEmpty()) {
              Head head = heads.poll();
              out.write(head.line.getValue());
              out.write('\n');
              Head next = Head.next(head.reader);
              if (next != null) {
                heads.add(next);
              }
            }
          });
    } finally {
      for (BufferedReader reader : readers) {
        reader.close();
      }
    }
    OutputFiles.deleteMatching(parts + "**");
    OutputFiles.removeEmptyFolder(FileSystems.matchNewResource(parts, true));
  }

  private static final class Head {
    final KV<String, String> line;
    final BufferedReader reader;

    private Head(KV<String, String> line, BufferedReader reader) {
      this.line = line;
      this.reader = reader;
    }

    static Head next(BufferedReader reader) throws IOException {
      String partLine = reader.readLine();
      return partLine == null ? null : new Head(decode(partLine), reader);
    }
  }
}
