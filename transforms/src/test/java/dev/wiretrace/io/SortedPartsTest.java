package dev.wiretrace.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedPartsTest {
  @Test
  void partsMergeIntoTheOrderOfOneSortAndAreRemoved(@TempDir Path directory) throws IOException {
    List<KV<String, String>> lines = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      // keys with the NUL separators, tabs and newlines real sort keys and details may hold
      String key = "doc" + random.nextInt(40) + '\u0000' + (random.nextBoolean() ? "a\tb" : "c\nd");
      lines.add(KV.of(key, "{\"n\":" + random.nextInt(1000) + ",\"t\":\"x\\ty\"}"));
    }
    lines.add(KV.of("same", "{\"b\":1}"));
    lines.add(KV.of("same", "{\"a\":1}"));
    List<List<KV<String, String>>> parts =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < lines.size(); i++) {
      parts.get(i % 3).add(lines.get(i));
    }
    Path partsFolder = directory.resolve("out.jsonl.parts");
    Files.createDirectories(partsFolder);
    for (int p = 0; p < parts.size(); p++) {
      List<KV<String, String>> part = new ArrayList<>(parts.get(p));
      part.sort(SortedParts.ORDER);
      List<String> encoded = new ArrayList<>();
      part.forEach(line -> encoded.add(SortedParts.encode(line)));
      Files.write(partsFolder.resolve(SortedParts.partName(p)), encoded);
    }

    SortedParts.merge(directory.toString(), "out.jsonl");

    List<KV<String, String>> sorted = new ArrayList<>(lines);
    sorted.sort(SortedParts.ORDER);
    List<String> expected = new ArrayList<>();
    sorted.forEach(line -> expected.add(line.getValue()));
    assertEquals(expected, Files.readAllLines(directory.resolve("out.jsonl")));
    assertFalse(Files.exists(partsFolder), "the parts are gone once merged");
  }

  @Test
  void noPartsIsAnEmptyFile(@TempDir Path directory) throws IOException {
    SortedParts.merge(directory.toString(), "rejects.jsonl");
    assertEquals(0, Files.size(directory.resolve("rejects.jsonl")));
  }

  @Test
  void aPartLineKeepsItsKeyWhateverTheKeyHolds() throws IOException {
    KV<String, String> line = KV.of("a\u0000b\tc\nd\"e", "{\"x\":\"\\t\"}");
    assertEquals(line, SortedParts.decode(SortedParts.encode(line)));
  }
}
