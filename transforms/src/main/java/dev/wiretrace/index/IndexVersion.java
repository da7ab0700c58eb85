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

/**
 * What {@code index.json} says: the index's format and its segments, one per night. A segment not
 * listed here is not part of the index, whatever files lie around: listing is committing.
 */
public final class IndexVersion {
  public static final String FORMAT = "wiretrace-index/1";

  /** Postings are only comparable between runs that hash alike. */
  public static final String HASHING = "murmur3_128/0x5eed; sentences and 5-word shingles";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One night's documents: Avro files under {@code path}, relative to the index folder. */
  public record Segment(
      String night, String path, long documents, String digest, List<String> files) {
    public Segment {
      files = List.copyOf(files);
    }
  }

  private final List<Segment> segments;

  private IndexVersion(List<Segment> segments) {
    List<Segment> sorted = new ArrayList<>(segments);
    sorted.sort(Comparator.comparing(Segment::night));
    this.segments = List.copyOf(sorted);
  }

  public static IndexVersion empty() {
    return new IndexVersion(List.of());
  }

  /** Parses {@code index.json}; {@code where} names it in errors. */
  public static IndexVersion parse(String json, String where) {
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
    if (!FORMAT.equals(format)) {
      throw new CorruptIndexException(
          where + " has format \"" + format + "\"; this wiretrace reads " + FORMAT);
    }
    String hashing = root.path("hashing").asText("");
    if (!HASHING.equals(hashing)) {
      throw new CorruptIndexException(
          where + " was hashed with \"" + hashing + "\"; this wiretrace hashes with " + HASHING);
    }
    List<Segment> segments = new ArrayList<>();
    for (JsonNode s : root.path("segments")) {
      String night = s.path("night").asText("");
      String path = s.path("path").asText("");
      if (night.isEmpty() || path.isEmpty() || !s.path("documents").canConvertToLong()) {
        throw new CorruptIndexException(
            where + " lists a segment without night, path or documents");
      }
      List<String> files = new ArrayList<>();
      s.path("files").forEach(f -> files.add(f.asText()));
      segments.add(
          new Segment(
              night, path, s.path("documents").asLong(), s.path("digest").asText(""), files));
    }
    return new IndexVersion(segments);
  }

  public String render() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("hashing", HASHING);
    ArrayNode list = root.putArray("segments");
    for (Segment segment : segments) {
      ObjectNode s = list.addObject();
      s.put("night", segment.night());
      s.put("path", segment.path());
      s.put("documents", segment.documents());
      s.put("digest", segment.digest());
      ArrayNode files = s.putArray("files");
      segment.files().forEach(files::add);
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

  /** Segments of nights strictly before {@code night}: what tonight's documents may have copied. */
  /** The segments of the nights from {@code first} (inclusive) to {@code night} (exclusive). */
  public List<Segment> segmentsBetween(String first, String night) {
    return segments.stream()
        .filter(s -> s.night().compareTo(first) >= 0 && s.night().compareTo(night) < 0)
        .toList();
  }

  public Optional<Segment> segmentFor(String night) {
    return segments.stream().filter(s -> s.night().equals(night)).findFirst();
  }

  /** This version with {@code segment} in place of any earlier segment of its night. */
  public IndexVersion with(Segment segment) {
    List<Segment> next = new ArrayList<>();
    for (Segment s : segments) {
      if (!s.night().equals(segment.night())) {
        next.add(s);
      }
    }
    next.add(segment);
    return new IndexVersion(next);
  }

  public long documents() {
    return segments.stream().mapToLong(Segment::documents).sum();
  }
}
