package dev.wiretrace.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A written segment's {@code segment.json}: its files with their sizes, how many documents it holds
 * (its keys files count them), and one digest over the files' digests, which names its folder.
 */
record SegmentSummary(long documents, String digest, List<IndexVersion.IndexFile> files) {
  static SegmentSummary of(List<ShardFile> written) {
    List<ShardFile> files = new ArrayList<>(written);
    files.sort(Comparator.comparing(ShardFile::name));
    MessageDigest digest = SegmentShardWriter.sha256();
    List<IndexVersion.IndexFile> listed = new ArrayList<>();
    long documents = 0;
    for (ShardFile file : files) {
      digest.update((file.name() + ":" + file.digest() + "\n").getBytes(StandardCharsets.UTF_8));
      listed.add(new IndexVersion.IndexFile(file.name(), file.bytes()));
      if (file.name().startsWith("keys-")) {
        documents += file.documents();
      }
    }
    return new SegmentSummary(documents, HexFormat.of().formatHex(digest.digest()), listed);
  }

  String render() {
    ObjectNode root = new ObjectMapper().createObjectNode();
    ArrayNode names = root.putArray("files");
    files.forEach(f -> names.addObject().put("name", f.name()).put("bytes", f.bytes()));
    root.put("documents", documents);
    root.put("digest", digest);
    return root.toString() + "\n";
  }

  static SegmentSummary parse(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<IndexVersion.IndexFile> files = new ArrayList<>();
    root.path("files")
        .forEach(
            f ->
                files.add(
                    new IndexVersion.IndexFile(f.path("name").asText(), f.path("bytes").asLong())));
    return new SegmentSummary(root.path("documents").asLong(), root.path("digest").asText(), files);
  }
}
