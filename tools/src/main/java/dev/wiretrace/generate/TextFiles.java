package dev.wiretrace.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The articles of a corpus folder, in name order, as the timing tools read them. */
final class TextFiles {
  private TextFiles() {}

  static List<Path> in(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
