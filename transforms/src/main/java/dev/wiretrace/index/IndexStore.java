package dev.wiretrace.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wiretrace.io.CrashPoints;
import dev.wiretrace.io.OutputFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The index folder, seen from the driver: which files hold earlier nights, where a run stages its
 * segment, and the commit that makes a staged segment part of the index.
 *
 * <pre>
 * index/
 *   index.json                         the committed version: segments, one per night
 *   segments/2026-11-22/&lt;digest&gt;/part-00-of-08.avro ...
 *   staging/&lt;run id&gt;/                   a run's segment until it commits
 * </pre>
 *
 * Committing moves the staged files to a folder named after their digest, then replaces {@code
 * index.json} by writing a temporary file and renaming it over the old one: a run killed at any
 * point leaves the previous {@code index.json}, and so the previous index, in force.
 */
public final class IndexStore {
  public static final String VERSION_FILE = "index.json";
  private static final byte[] AVRO_MAGIC = {'O', 'b', 'j', 1};

  private final String folder;
  private final IndexVersion version;

  private IndexStore(String folder, IndexVersion version) {
    this.folder = folder;
    this.version = version;
  }

  /**
   * Opens the index at {@code folder}: an absent or empty folder is an empty index; a damaged
   * {@code index.json} or a listed file that is missing or not Avro is a {@link
   * CorruptIndexException}.
   */
  public static IndexStore open(String folder) throws IOException {
    String path = OutputFiles.resolve(folder, VERSION_FILE).toString();
    String json;
    try {
      json = read(path);
    } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
      return new IndexStore(folder, IndexVersion.empty());
    }
    IndexStore store = new IndexStore(folder, IndexVersion.parse(json, path));
    store.checkFiles();
    return store;
  }

  private void checkFiles() throws IOException {
    for (IndexVersion.Segment segment : version.segments()) {
      for (String file : files(segment)) {
        byte[] head;
        try (InputStream in = openFile(file)) {
          head = in.readNBytes(AVRO_MAGIC.length);
        } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
          throw new CorruptIndexException(
              "index file " + file + " (night " + segment.night() + ") is missing");
        }
        if (!Arrays.equals(head, AVRO_MAGIC)) {
          throw new CorruptIndexException("index file " + file + " is corrupt: not an Avro file");
        }
      }
    }
  }

  /**
   * The earlier nights a night reads: every night before {@code night}, or with a look-back of
   * {@code days} (above 0) the nights dated no more than that many days before it.
   */
  public List<IndexVersion.Segment> segmentsRead(String night, int days) {
    return version.segmentsBetween(firstNightRead(night, days), night);
  }

  /** The first night, as text, that a night with this look-back reads; "" for all. */
  static String firstNightRead(String night, int days) {
    if (days <= 0) {
      return "";
    }
    return LocalDate.parse(night.substring(0, 10)).minusDays(days).toString();
  }

  /** The files of the nights a night reads. */
  public List<String> filesRead(String night, int days) {
    List<String> files = new ArrayList<>();
    segmentsRead(night, days).forEach(s -> files.addAll(files(s)));
    return files;
  }

  /** The bytes a night reads from the index: the size of every file of the nights it reads. */
  public long bytesRead(String night, int days) throws IOException {
    List<String> files = filesRead(night, days);
    if (files.isEmpty()) {
      return 0;
    }
    long bytes = 0;
    for (org.apache.beam.sdk.io.fs.MatchResult match : FileSystems.match(files)) {
      for (org.apache.beam.sdk.io.fs.MatchResult.Metadata file : match.metadata()) {
        bytes += file.sizeBytes();
      }
    }
    return bytes;
  }

  public long documentsRead(String night, int days) {
    return segmentsRead(night, days).stream().mapToLong(IndexVersion.Segment::documents).sum();
  }

  /** Where a run with this id writes its segment before committing it. */
  public String stagingFolder(String runId) {
    return OutputFiles.resolveDirectory(folder, "staging/" + runId).toString();
  }

  /**
   * Makes the segment staged in {@code staging} the index's segment for {@code night}, replacing
   * any earlier run's segment of that night, and returns the new version.
   */
  public IndexVersion commit(String night, String staging) throws IOException {
    JsonNode summary =
        new ObjectMapper()
            .readTree(
                read(OutputFiles.resolve(staging, WriteIndexSegment.SEGMENT_FILE).toString()));
    String digest = summary.path("digest").asText();
    List<String> names = new ArrayList<>();
    summary.path("files").forEach(f -> names.add(f.asText()));
    IndexVersion.Segment segment =
        new IndexVersion.Segment(
            night,
            "segments/" + night + "/" + digest.substring(0, 16),
            summary.path("documents").asLong(),
            digest,
            names);
    IndexVersion.Segment previous = version.segmentFor(night).orElse(null);
    if (!segment.equals(previous)) {
      // A crashed commit may have left some of these files: the same digest means the same bytes.
      List<ResourceId> from = new ArrayList<>();
      List<ResourceId> to = new ArrayList<>();
      for (String name : names) {
        from.add(OutputFiles.resolve(staging, name));
        to.add(
            OutputFiles.resolve(
                OutputFiles.resolveDirectory(folder, segment.path()).toString(), name));
      }
      FileSystems.delete(to, StandardMoveOptions.IGNORE_MISSING_FILES);
      FileSystems.rename(from, to);
      CrashPoints.reached(CrashPoints.SEGMENT_MOVED);
      IndexVersion next = version.with(segment);
      OutputFiles.writeAtomically(folder, VERSION_FILE, next.render());
      CrashPoints.reached(CrashPoints.INDEX_JSON_REPLACED);
      if (previous != null && !previous.path().equals(segment.path())) {
        deleteQuietly(files(previous));
      }
    }
    List<String> leftovers = new ArrayList<>();
    leftovers.add(OutputFiles.resolve(staging, WriteIndexSegment.SEGMENT_FILE).toString());
    // An unchanged segment stays where it is; its staged twin is not needed.
    names.forEach(name -> leftovers.add(OutputFiles.resolve(staging, name).toString()));
    deleteQuietly(leftovers);
    OutputFiles.removeEmptyFolder(FileSystems.matchNewResource(staging, true));
    return version.with(segment);
  }

  /** Removes what killed runs left in {@code staging/}; call before a run starts its own. */
  public void clearStaging() throws IOException {
    OutputFiles.deleteMatching(OutputFiles.resolveDirectory(folder, "staging") + "**");
  }

  private List<String> files(IndexVersion.Segment segment) {
    String segmentFolder = OutputFiles.resolveDirectory(folder, segment.path()).toString();
    return segment.files().stream()
        .map(f -> OutputFiles.resolve(segmentFolder, f).toString())
        .toList();
  }

  private static void deleteQuietly(List<String> paths) throws IOException {
    List<ResourceId> ids = new ArrayList<>();
    paths.forEach(p -> ids.add(FileSystems.matchNewResource(p, false)));
    FileSystems.delete(ids, StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  private static InputStream openFile(String path) throws IOException {
    return Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)));
  }

  private static String read(String path) throws IOException {
    try (InputStream in = openFile(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
