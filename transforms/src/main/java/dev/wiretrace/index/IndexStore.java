package dev.wiretrace.index;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The index folder, seen from the driver: which files hold earlier nights, where a run stages its
 * segment, and the commit that makes a staged segment part of the index.
 *
 * <pre>
 * index/
 *   index.json                         the committed version: segments of one night or more
 *   segments/2026-11-22/&lt;digest&gt;/keys-00-of-08.avro, profiles-00-of-08.avro ...
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
    return open(folder, IndexVersion::parse);
  }

  /** Opens an index of either format, for compaction, which rewrites the first format. */
  static IndexStore openAnyFormat(String folder) throws IOException {
    return open(folder, IndexVersion::parseAnyFormat);
  }

  private static IndexStore open(String folder, BiFunction<String, String, IndexVersion> parse)
      throws IOException {
    String path = OutputFiles.resolve(folder, VERSION_FILE).toString();
    String json;
    try {
      json = read(path);
    } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
      return new IndexStore(folder, IndexVersion.empty());
    }
    IndexStore store = new IndexStore(folder, parse.apply(json, path));
    store.checkFiles();
    return store;
  }

  private void checkFiles() throws IOException {
    for (IndexVersion.Segment segment : version.segments()) {
      List<String> paths = files(segment);
      for (int i = 0; i < paths.size(); i++) {
        String file = paths.get(i);
        byte[] head;
        try (InputStream in = openFile(file)) {
          head = in.readNBytes(AVRO_MAGIC.length);
        } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
          throw new CorruptIndexException(
              "index file " + file + " (nights " + describe(segment) + ") is missing");
        }
        if (!Arrays.equals(head, AVRO_MAGIC)) {
          throw new CorruptIndexException("index file " + file + " is corrupt: not an Avro file");
        }
        long expected = segment.files().get(i).bytes();
        long actual = FileSystems.matchSingleFileSpec(file).sizeBytes();
        if (expected != IndexVersion.UNKNOWN_SIZE && actual != expected) {
          throw new CorruptIndexException(
              String.format(
                  "index file %s is corrupt: %d bytes, index.json lists %d",
                  file, actual, expected));
        }
      }
    }
  }

  private static String describe(IndexVersion.Segment segment) {
    return segment.nights().size() == 1
        ? segment.firstNight()
        : segment.firstNight() + " to " + segment.nights().lastKey();
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

  /** The shards of the segments a night reads, each with the nights it keeps. */
  public List<ShardToRead> shardsRead(String night, int days) {
    List<ShardToRead> shards = new ArrayList<>();
    for (IndexVersion.Segment segment : segmentsRead(night, days)) {
      List<String> paths = files(segment);
      List<String> names = segment.fileNames();
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).startsWith("keys-")) {
          String profiles = paths.get(names.indexOf(names.get(i).replace("keys-", "profiles-")));
          shards.add(new ShardToRead(paths.get(i), profiles, segment.nights().keySet()));
        }
      }
    }
    return shards;
  }

  /**
   * The bytes of the keys files a night reads: what it pays for the archive. It reads the profiles
   * of the earlier documents it pairs with alone.
   */
  public long bytesRead(String night, int days) {
    long bytes = 0;
    for (IndexVersion.Segment segment : segmentsRead(night, days)) {
      for (IndexVersion.IndexFile file : segment.files()) {
        if (file.name().startsWith("keys-")) {
          bytes += file.bytes();
        }
      }
    }
    return bytes;
  }

  public long documentsRead(String night, int days) {
    return segmentsRead(night, days).stream().mapToLong(IndexVersion.Segment::documents).sum();
  }

  /** The committed version. */
  public IndexVersion version() {
    return version;
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
    SegmentSummary summary =
        SegmentSummary.parse(
            read(OutputFiles.resolve(staging, WriteIndexSegment.SEGMENT_FILE).toString()));
    String digest = summary.digest();
    IndexVersion.Segment segment =
        IndexVersion.Segment.ofNight(
            night,
            "segments/" + night + "/" + digest.substring(0, 16),
            summary.documents(),
            digest,
            summary.files());
    IndexVersion.Night previous =
        version.segmentFor(night).map(s -> s.nights().get(night)).orElse(null);
    IndexVersion next = version;
    // The same digest means the same documents: a rerun leaves the index as it was, even when the
    // night is now part of a compacted segment.
    if (previous == null || !previous.digest().equals(digest)) {
      next = install(segment, staging, version.with(segment));
    }
    List<String> leftovers = new ArrayList<>();
    leftovers.add(OutputFiles.resolve(staging, WriteIndexSegment.SEGMENT_FILE).toString());
    summary.files().forEach(f -> leftovers.add(OutputFiles.resolve(staging, f.name()).toString()));
    deleteQuietly(leftovers);
    removeStaging(staging);
    return next;
  }

  /** Removes a staging folder once its files have moved into the index. */
  void removeStaging(String staging) throws IOException {
    OutputFiles.removeEmptyFolder(FileSystems.matchNewResource(staging, true));
  }

  /**
   * Moves a staged segment's files into place, then makes {@code next} (which lists it) the
   * committed version, then deletes the files of segments {@code next} no longer lists. Killed
   * before {@code index.json} is replaced, the index is as it was; after, it is {@code next}.
   */
  IndexVersion install(IndexVersion.Segment segment, String staging, IndexVersion next)
      throws IOException {
    // A crashed commit may have left some of these files: the same digest means the same bytes.
    List<ResourceId> from = new ArrayList<>();
    List<ResourceId> to = new ArrayList<>();
    String segmentFolder = OutputFiles.resolveDirectory(folder, segment.path()).toString();
    for (String name : segment.fileNames()) {
      from.add(OutputFiles.resolve(staging, name));
      to.add(OutputFiles.resolve(segmentFolder, name));
    }
    FileSystems.delete(to, StandardMoveOptions.IGNORE_MISSING_FILES);
    FileSystems.rename(from, to);
    CrashPoints.reached(CrashPoints.SEGMENT_MOVED);
    OutputFiles.writeAtomically(folder, VERSION_FILE, next.render());
    CrashPoints.reached(CrashPoints.INDEX_JSON_REPLACED);
    for (IndexVersion.Segment dropped : version.droppedIn(next)) {
      if (!dropped.path().equals(segment.path())) {
        deleteQuietly(files(dropped));
        // The segment's folder, then its night's (segments/<night>/<digest>), if now empty.
        String path = dropped.path();
        OutputFiles.removeEmptyFolder(OutputFiles.resolveDirectory(folder, path));
        if (path.lastIndexOf('/') > 0) {
          OutputFiles.removeEmptyFolder(
              OutputFiles.resolveDirectory(folder, path.substring(0, path.lastIndexOf('/'))));
        }
      }
    }
    return next;
  }

  /**
   * Deletes the files under {@code segments/} that the committed version does not list: what a
   * commit killed after moving a segment, or before deleting the segments it replaced, left. Only
   * with the lock held: a running night's segment is staged elsewhere until it is listed.
   */
  int removeUnlisted() throws IOException {
    String segments = OutputFiles.resolveDirectory(folder, "segments").toString();
    MatchResult match =
        FileSystems.match(List.of(segments + "**"), EmptyMatchTreatment.ALLOW).get(0);
    if (match.status() != MatchResult.Status.OK) {
      return 0;
    }
    Set<String> listed = new HashSet<>();
    version.segments().forEach(s -> listed.addAll(files(s)));
    List<ResourceId> unlisted = new ArrayList<>();
    for (MatchResult.Metadata file : match.metadata()) {
      if (!listed.contains(file.resourceId().toString())) {
        unlisted.add(file.resourceId());
      }
    }
    FileSystems.delete(unlisted, StandardMoveOptions.IGNORE_MISSING_FILES);
    for (ResourceId file : unlisted) {
      ResourceId segmentFolder = file.getCurrentDirectory();
      OutputFiles.removeEmptyFolder(segmentFolder);
      String path = segmentFolder.toString();
      String parent = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
      OutputFiles.removeEmptyFolder(FileSystems.matchNewResource(parent, true));
    }
    return unlisted.size();
  }

  void writeVersion(IndexVersion next) throws IOException {
    OutputFiles.writeAtomically(folder, VERSION_FILE, next.render());
  }

  /** Removes what killed runs left in {@code staging/}; call before a run starts its own. */
  public void clearStaging() throws IOException {
    OutputFiles.deleteMatching(OutputFiles.resolveDirectory(folder, "staging") + "**");
  }

  List<String> files(IndexVersion.Segment segment) {
    String segmentFolder = OutputFiles.resolveDirectory(folder, segment.path()).toString();
    return segment.fileNames().stream()
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
