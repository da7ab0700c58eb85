package dev.wiretrace.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code index.json} says: the index's format and its segments. A segment holds one night when
 * a nightly run commits it, several once compacted. A segment not listed here is not part of the
 * index, whatever files lie around: listing is committing.
 */
public final class IndexVersion {
  public static final String FORMAT = "wiretrace-index/2";

  /** The format of the first wiretrace indexes, one Avro file kind per segment. */
  static final String FIRST_FORMAT = "wiretrace-index/1";

  /** Postings are only comparable between runs that hash alike. */
  public static final String HASHING = "murmur3_128/0x5eed; sentences and 5-word shingles";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A file of a segment and its size, which a truncated copy no longer has. */
  public record IndexFile(String name, long bytes) {}

  /** A night in a segment: its documents and the digest its own segment had when committed. */
  public record Night(long documents, String digest) {}

  /**
   * Documents of one or more nights, in files under {@code path} (relative to the index folder).
   * {@code nights} lists the nights the segment still holds: a night run again after it was
   * compacted gets a segment of its own, and leaves the compacted one, whose documents of that
   * night are then skipped when read.
   */
  public record Segment(
      String path, String digest, List<IndexFile> files, SortedMap<String, Night> nights) {
    public Segment {
      files = List.copyOf(files);
      nights = new TreeMap<>(nights);
    }

    /** A segment of one night, as a nightly run writes it. */
    public static Segment ofNight(
        String night, String path, long documents, String digest, List<IndexFile> files) {
      return new Segment(
          path,
          digest,
          files,
          new TreeMap<>(java.util.Map.of(night, new Night(documents, digest))));
    }

    public String firstNight() {
      return nights.firstKey();
    }

    public long documents() {
      return nights.values().stream().mapToLong(Night::documents).sum();
    }

    /** The nights of this segment from {@code first} (inclusive) to {@code before} (exclusive). */
    public SortedMap<String, Night> nightsBetween(String first, String before) {
      SortedMap<String, Night> read = new TreeMap<>();
      nights.forEach(
          (night, n) -> {
            if (night.compareTo(first) >= 0 && night.compareTo(before) < 0) {
              read.put(night, n);
            }
          });
      return read;
    }

    public List<String> fileNames() {
      return files.stream().map(IndexFile::name).toList();
    }

    Segment without(String night) {
      SortedMap<String, Night> left = new TreeMap<>(nights);
      left.remove(night);
      return new Segment(path, digest, files, left);
    }
  }

  /** The size of a first-format file, which its index did not record. */
  static final long UNKNOWN_SIZE = -1;

  private final List<Segment> segments;
  private final boolean firstFormat;

  private IndexVersion(List<Segment> segments) {
    this(segments, false);
  }

  private IndexVersion(List<Segment> segments, boolean firstFormat) {
    List<Segment> sorted = new ArrayList<>(segments);
    sorted.sort(Comparator.comparing(Segment::firstNight).thenComparing(Segment::path));
    this.segments = List.copyOf(sorted);
    this.firstFormat = firstFormat;
  }

  /** Whether the segments are of the first format: whole documents in {@code part-} files. */
  boolean isFirstFormat() {
    return firstFormat;
  }

  public static IndexVersion empty() {
    return new IndexVersion(List.of());
  }

  /** Parses {@code index.json}; {@code where} names it in errors. */
  public static IndexVersion parse(String json, String where) {
    return parse(json, where, false);
  }

  /**
   * Parses {@code index.json} of either format, for compaction, which upgrades a first-format
   * index: its segments are one night each, of whole-document files whose sizes it did not record.
   */
  static IndexVersion parseAnyFormat(String json, String where) {
    return parse(json, where, true);
  }

  private static IndexVersion parse(String json, String where, boolean firstFormatToo) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CorruptIndexException(where + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new CorruptIndexException(where + " is not a wiretrace index (no JSON object)");
    }
    String format = root.path("format").asText("");
    if (FIRST_FORMAT.equals(format) && firstFormatToo) {
      checkHashing(root, where);
      return parseFirstFormat(root, where);
    }
    if (FIRST_FORMAT.equals(format)) {
      throw new CorruptIndexException(
          where
              + " has format "
              + FIRST_FORMAT
              + ", written by an older wiretrace; upgrade it once with wiretrace-index compact"
              + " --index=<folder> (README, \"The index\")");
    }
    if (!FORMAT.equals(format)) {
      throw new CorruptIndexException(
          where + " has format \"" + format + "\"; this wiretrace reads " + FORMAT);
    }
    checkHashing(root, where);
    List<Segment> segments = new ArrayList<>();
    for (JsonNode s : root.path("segments")) {
      String path = s.path("path").asText("");
      List<IndexFile> files = new ArrayList<>();
      for (JsonNode f : s.path("files")) {
        if (f.path("name").asText("").isEmpty() || !f.path("bytes").canConvertToLong()) {
          throw new CorruptIndexException(where + " lists a file without name or bytes");
        }
        files.add(new IndexFile(f.path("name").asText(), f.path("bytes").asLong()));
      }
      SortedMap<String, Night> nights = new TreeMap<>();
      for (JsonNode n : s.path("nights")) {
        if (n.path("night").asText("").isEmpty() || !n.path("documents").canConvertToLong()) {
          throw new CorruptIndexException(where + " lists a night without a name or documents");
        }
        nights.put(
            n.path("night").asText(),
            new Night(n.path("documents").asLong(), n.path("digest").asText("")));
      }
      if (path.isEmpty() || nights.isEmpty()) {
        throw new CorruptIndexException(where + " lists a segment without path or nights");
      }
      segments.add(new Segment(path, s.path("digest").asText(""), files, nights));
    }
    return new IndexVersion(segments);
  }

  private static IndexVersion parseFirstFormat(JsonNode root, String where) {
    List<Segment> segments = new ArrayList<>();
    for (JsonNode s : root.path("segments")) {
      String night = s.path("night").asText("");
      String path = s.path("path").asText("");
      if (night.isEmpty() || path.isEmpty() || !s.path("documents").canConvertToLong()) {
        throw new CorruptIndexException(
            where + " lists a segment without night, path or documents");
      }
      List<IndexFile> files = new ArrayList<>();
      s.path("files").forEach(f -> files.add(new IndexFile(f.asText(), UNKNOWN_SIZE)));
      String digest = s.path("digest").asText("");
      segments.add(Segment.ofNight(night, path, s.path("documents").asLong(), digest, files));
    }
    return new IndexVersion(segments, true);
  }

  /** The first format's {@code index.json} names the same hashing; its segments are one night. */
  static void checkHashing(JsonNode root, String where) {
    String hashing = root.path("hashing").asText("");
    if (!HASHING.equals(hashing)) {
      throw new CorruptIndexException(
          where + " was hashed with \"" + hashing + "\"; this wiretrace hashes with " + HASHING);
    }
  }

  public String render() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("hashing", HASHING);
    ArrayNode list = root.putArray("segments");
    for (Segment segment : segments) {
      ObjectNode s = list.addObject();
      s.put("path", segment.path());
      s.put("digest", segment.digest());
      ArrayNode nights = s.putArray("nights");
      segment
          .nights()
          .forEach(
              (night, n) ->
                  nights
                      .addObject()
                      .put("night", night)
                      .put("documents", n.documents())
                      .put("digest", n.digest()));
      ArrayNode files = s.putArray("files");
      segment.files().forEach(f -> files.addObject().put("name", f.name()).put("bytes", f.bytes()));
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render index.json", e);
    }
  }

  public List<Segment> segments() {
    return segments;
  }

  /**
   * The segments holding nights from {@code first} (inclusive) to {@code night} (exclusive), each
   * with only those nights: what tonight's documents may have copied.
   */
  public List<Segment> segmentsBetween(String first, String night) {
    List<Segment> read = new ArrayList<>();
    for (Segment s : segments) {
      SortedMap<String, Night> nights = s.nightsBetween(first, night);
      if (!nights.isEmpty()) {
        read.add(new Segment(s.path(), s.digest(), s.files(), nights));
      }
    }
    return read;
  }

  public Optional<Segment> segmentFor(String night) {
    return segments.stream().filter(s -> s.nights().containsKey(night)).findFirst();
  }

  /**
   * This version with {@code segment} in place of its nights wherever they were: a segment left
   * with no nights goes, a compacted one keeps its other nights.
   */
  public IndexVersion with(Segment segment) {
    List<Segment> next = new ArrayList<>();
    for (Segment s : segments) {
      Segment left = s;
      for (String night : segment.nights().keySet()) {
        left = left.without(night);
      }
      if (!left.nights().isEmpty()) {
        next.add(left);
      }
    }
    next.add(segment);
    return new IndexVersion(next);
  }

  /**
   * This version with {@code compacted} in place of {@code replaced}: what compaction commits. The
   * result is of the current format, whatever this one's.
   */
  IndexVersion compacting(List<Segment> replaced, Segment compacted) {
    List<String> gone = replaced.stream().map(Segment::path).toList();
    List<Segment> next = new ArrayList<>();
    segments.stream().filter(s -> !gone.contains(s.path())).forEach(next::add);
    next.add(compacted);
    return new IndexVersion(next);
  }

  /** The segments no longer listed in {@code next}, whose files may go. */
  public List<Segment> droppedIn(IndexVersion next) {
    List<String> kept = next.segments.stream().map(Segment::path).toList();
    return segments.stream().filter(s -> !kept.contains(s.path())).toList();
  }

  public long documents() {
    return segments.stream().mapToLong(Segment::documents).sum();
  }
}
