package dev.wiretrace.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Folders of nightly runs for the tests: a night's corpus from the seeds, and a folder's digest.
 */
final class NightFolders {
  /** The seeds' document ids (sample-input/), by outlet. */
  static final String PRESS_TV = "000_a2e008155ecb385d";

  static final String FNA = "001_c9a9d147cc6472a9";
  static final String BLOG = "002_ec9929c4bf913ded";
  static final String TASS = "003_5c9cc7032a8f1c3d";
  static final String PAPER = "004_b9754c49934786a1";

  private NightFolders() {}

  /** Lays out {@code corpus/night} with the seeds {@code ids} and their manifest rows. */
  static Path night(Path corpus, String night, String... ids) throws IOException {
    Path folder = Files.createDirectories(corpus.resolve(night));
    List<String> manifest =
        Files.readAllLines(SampleInputEndToEndTest.SAMPLE_INPUT.resolve("manifest.csv"));
    StringBuilder rows = new StringBuilder(manifest.get(0)).append('\n');
    for (String id : ids) {
      Files.copy(
          SampleInputEndToEndTest.SAMPLE_INPUT.resolve(id + ".txt"), folder.resolve(id + ".txt"));
      manifest.stream()
          .filter(l -> l.startsWith(id + ","))
          .forEach(l -> rows.append(l).append('\n'));
    }
    Files.writeString(folder.resolve("manifest.csv"), rows);
    return folder;
  }

  /**
   * Copies the folder {@code from}, with everything under it, to {@code to}; returns {@code to}.
   */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  /** Each file under {@code folder}, by relative path, with the SHA-256 of its bytes. */
  static Map<String, String> tree(Path folder) throws IOException, NoSuchAlgorithmException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        files.put(folder.relativize(p).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return files;
  }
}
