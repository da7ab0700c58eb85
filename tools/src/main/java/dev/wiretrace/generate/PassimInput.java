package dev.wiretrace.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wiretrace.model.ManifestEntry;
import dev.wiretrace.read.DecodedText;
import dev.wiretrace.read.DocumentIds;
import dev.wiretrace.read.TextDecoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a corpus folder as passim reads one, for the peer benchmark ({@code bench/passim.sh}): one
 * JSON object per line with {@code id}, {@code series} (the outlet, from the manifest, as passim
 * compares only texts of different series) and {@code text}, the raw text as wiretrace reads it,
 * boilerplate and all.
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar:tools/target/wiretrace-tools.jar \
 *     dev.wiretrace.generate.PassimInput corpus-10k corpus-10k.json
 * </pre>
 */
public final class PassimInput {
  private PassimInput() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PassimInput <folder of .txt files, with manifest.csv> <out.json>");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    Map<String, ManifestEntry> manifest = StageCosts.manifestOf(folder);
    List<Path> files = TextFiles.in(folder);
    ObjectMapper json = new ObjectMapper();
    int written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Path file : files) {
        DecodedText text = TextDecoder.decode(Files.readAllBytes(file));
        if (text.isRejected()) {
          continue;
        }
        String id = DocumentIds.fromFileName(file.getFileName().toString());
        ManifestEntry entry = manifest.get(id);
        ObjectNode line = json.createObjectNode();
        line.put("id", id);
        line.put("series", entry != null && entry.getOutlet() != null ? entry.getOutlet() : id);
        line.put("text", text.text());
        out.write(json.writeValueAsString(line));
        out.newLine();
        written++;
      }
    }
    System.out.printf("wrote %d of %d articles to %s%n", written, files.size(), args[1]);
  }
}
