package dev.wiretrace.generate;

import dev.wiretrace.hash.HashedText;
import dev.wiretrace.read.DecodedText;
import dev.wiretrace.read.TextDecoder;
import dev.wiretrace.sentences.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's floor: one thread, no Beam, only what every run must do at least once per
 * article, namely read, decode, split, normalise and hash its sentences.
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar dev.wiretrace.generate.HashingFloor corpus-10k
 * </pre>
 */
public final class HashingFloor {
  private HashingFloor() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: HashingFloor <folder of .txt files>");
      System.exit(2);
    }
    List<Path> files = TextFiles.in(Path.of(args[0]));
    long start = System.nanoTime();
    long bytes = 0;
    long hashes = 0;
    for (Path file : files) {
      byte[] content = Files.readAllBytes(file);
      bytes += content.length;
      DecodedText text = TextDecoder.decode(content);
      if (!text.isRejected()) {
        hashes += HashedText.of(SentenceSplitter.sentences(text.text())).distinctHashes().length;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "floor: %d docs, %.1f MB in %.1f s: %.0f docs/s, %.2f MB/s (%d hashes)%n",
        files.size(),
        bytes / 1e6,
        seconds,
        files.size() / seconds,
        bytes / 1e6 / seconds,
        hashes);
  }
}
