package dev.wiretrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is accounted for, never lost, and never stops the other files. */
class BadInputTest {
  /** A setting the transforms refuse is a bad call: exit 2, and nothing written. */
  @ParameterizedTest
  @ValueSource(strings = {"minSharedWords=0", "maxDocumentFrequency=1", "maxDocumentBytes=0"})
  void aSettingOutOfRangeIsABadCall(String setting, @TempDir Path output) throws IOException {
    WiretraceOptions options =
        SampleInputEndToEndTest.options(SampleInputEndToEndTest.SAMPLE_INPUT, output);
    String[] nameValue = setting.split("=");
    switch (nameValue[0]) {
      case "minSharedWords" -> options.setMinSharedWords(Integer.parseInt(nameValue[1]));
      case "maxDocumentFrequency" ->
          options.setMaxDocumentFrequency(Integer.parseInt(nameValue[1]));
      default -> options.setMaxDocumentBytes(Long.parseLong(nameValue[1]));
    }
    assertEquals(2, WiretracePipeline.run(options));
    assertTrue(Files.notExists(output.resolve("summary.json")));
    assertTrue(Files.notExists(output.resolve("edges.csv")));
  }

  @Test
  void everyFileIsInTheGraphOrInRejects(@TempDir Path input, @TempDir Path output)
      throws IOException {
    Files.copy(
        SampleInputEndToEndTest.SAMPLE_INPUT.resolve("003_5c9cc7032a8f1c3d.txt"),
        input.resolve("tass.txt"));
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    byte[] cp1252 = "Moscow\u2019s \u201cbest\u201d offer, Lavrov said.".getBytes("windows-1252");
    Files.write(input.resolve("cp1252.txt"), cp1252);
    Files.writeString(
        input.resolve("manifest.csv"), "id,outlet,url,published\ntass,TASS,,someday\n");

    assertEquals(0, WiretracePipeline.run(SampleInputEndToEndTest.options(input, output)));

    ObjectMapper json = new ObjectMapper();
    List<String> rejects = new ArrayList<>();
    for (String line : Files.readAllLines(output.resolve("rejects.jsonl"))) {
      JsonNode node = json.readTree(line);
      rejects.add(
          Path.of(node.get("input").asText()).getFileName() + ":" + node.get("reason").asText());
    }
    assertEquals(
        List.of("binary.txt:not-text", "empty.txt:empty-file", "manifest.csv:2:bad-published-date"),
        rejects);
    List<String> documents = new ArrayList<>();
    for (JsonNode node : json.readTree(output.resolve("graph.json").toFile()).get("nodes")) {
      if (node.get("type").asText().equals("document")) {
        documents.add(node.get("id").asText());
      }
    }
    assertEquals(List.of("cp1252", "tass"), documents);
  }

  /** Entries that file matching passes over in silence are still accounted for. */
  @Test
  void brokenLinksAndFoldersNamedLikeArticlesAreRejectedNotLost(
      @TempDir Path input, @TempDir Path output) throws IOException {
    Files.copy(
        SampleInputEndToEndTest.SAMPLE_INPUT.resolve("003_5c9cc7032a8f1c3d.txt"),
        input.resolve("tass.txt"));
    Files.createSymbolicLink(
        input.resolve("ghost.txt"), input.resolve("nowhere").resolve("gone.txt"));
    Files.createDirectories(input.resolve("folder.txt"));
    // a spreadsheet's manifest: byte-order mark, CRLF, a column of its own
    Files.write(
        input.resolve("manifest.csv"),
        "\uFEFFid,outlet,desk,url,published\r\ntass,Tass Wire,World,,2016-11-02\r\n"
            .getBytes(StandardCharsets.UTF_8));

    assertEquals(0, WiretracePipeline.run(SampleInputEndToEndTest.options(input, output)));

    ObjectMapper json = new ObjectMapper();
    List<String> rejects = new ArrayList<>();
    for (String line : Files.readAllLines(output.resolve("rejects.jsonl"))) {
      JsonNode node = json.readTree(line);
      rejects.add(
          Path.of(node.get("input").asText()).getFileName()
              + ":"
              + node.get("reason").asText()
              + ":"
              + node.get("detail").asText());
    }
    assertEquals(
        List.of(
            "folder.txt:unreadable:a folder, not a file",
            "ghost.txt:unreadable:a broken symbolic link (to "
                + input.resolve("nowhere").resolve("gone.txt")
                + ")"),
        rejects);
    JsonNode summary = json.readTree(output.resolve("summary.json").toFile());
    assertEquals(3, summary.get("documentsRead").asLong());
    assertEquals(1, summary.get("newDocuments").asLong());
    assertEquals(2, summary.get("documentsRejected").asLong());
    JsonNode tass = null;
    for (JsonNode node : json.readTree(output.resolve("graph.json").toFile()).get("nodes")) {
      if (node.get("id").asText().equals("tass")) {
        tass = node;
      }
    }
    assertEquals(
        "Tass Wire", tass.get("outlet").asText(), "the manifest's outlet, read through its BOM");
  }

  @Test
  void missingInputIsAOneLineErrorWithExitCode2(@TempDir Path output) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code =
          WiretracePipeline.run(SampleInputEndToEndTest.options(output.resolve("nowhere"), output));
    } finally {
      System.setErr(original);
    }
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.startsWith("wiretrace: no input files found at "), message);
    assertEquals(1, message.lines().count(), message);
  }
}
