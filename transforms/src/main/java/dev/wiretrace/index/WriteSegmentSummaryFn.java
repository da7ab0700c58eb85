package dev.wiretrace.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wiretrace.io.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.TupleTag;

/** Writes {@code segment.json}: the segment's files, document count and content digest. */
class WriteSegmentSummaryFn extends DoFn<CoGbkResult, Void> {
  /** The lines {@link WriteSegmentShardFn} wrote, one per shard file. */
  static final TupleTag<String> SHARD_FILES = new TupleTag<>("shardFiles");

  private final String folder;

  WriteSegmentSummaryFn(String folder) {
    this.folder = folder;
  }

  @ProcessElement
  public void process(@Element CoGbkResult all) throws IOException {
    List<ShardFile> files = new ArrayList<>();
    all.getAll(SHARD_FILES).forEach(line -> files.add(ShardFile.parse(line)));
    files.sort(Comparator.comparing(ShardFile::name));
    MessageDigest digest = WriteSegmentShardFn.sha256();
    ObjectNode root = new ObjectMapper().createObjectNode();
    ArrayNode names = root.putArray("files");
    long documents = 0;
    for (ShardFile file : files) {
      digest.update((file.name() + ":" + file.digest() + "\n").getBytes(StandardCharsets.UTF_8));
      names.add(file.name());
      documents += file.documents();
    }
    root.put("documents", documents);
    root.put("digest", HexFormat.of().formatHex(digest.digest()));
    OutputFiles.write(folder, WriteIndexSegment.SEGMENT_FILE, root.toString() + "\n");
  }
}
