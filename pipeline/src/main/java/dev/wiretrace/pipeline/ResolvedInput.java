package dev.wiretrace.pipeline;

import dev.wiretrace.model.Reject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where the corpus and its manifest are: a folder means its {@code *.txt} files and its {@code
 * manifest.csv}; a glob means the files it matches and the manifest in its folder.
 */
record ResolvedInput(
    String filepattern, @Nullable String manifest, List<Reject> unusableFiles, int files) {
  static final String MANIFEST_NAME = "manifest.csv";

  static ResolvedInput of(String input, @Nullable String manifest) throws UsageException {
    if (input == null || input.isBlank()) {
      throw new UsageException("--input is empty: give a folder or a glob of .txt files");
    }
    boolean glob = input.contains("*") || input.contains("?") || input.contains("[");
    String folder;
    String pattern;
    if (glob) {
      pattern = input;
      int wildcard = firstWildcard(input);
      int slash = input.lastIndexOf('/', wildcard);
      folder = slash < 0 ? "." : input.substring(0, slash);
    } else if (isLocalFile(input)) {
      pattern = input;
      Path parent = Path.of(input).toAbsolutePath().getParent();
      folder = parent == null ? "." : parent.toString();
    } else {
      folder = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
      pattern = folder + "/*.txt";
    }
    int files = countMatches(pattern, input);
    String resolvedManifest = manifest;
    if (resolvedManifest == null) {
      String candidate = folder + "/" + MANIFEST_NAME;
      resolvedManifest = exists(candidate) ? candidate : null;
    } else if (!exists(resolvedManifest)) {
      throw new UsageException("manifest not found: " + resolvedManifest);
    }
    return new ResolvedInput(
        pattern,
        resolvedManifest,
        glob || isLocalFile(input) ? List.of() : unusableFiles(folder),
        files);
  }

  /**
   * Entries of a local input folder named like articles that are not files Beam can read: a broken
   * symbolic link, a folder, a pipe or a device. Matching passes over them in silence, so they are
   * listed here to be reported: a user's file must never vanish without a word.
   */
  private static List<Reject> unusableFiles(String folder) {
    Path dir;
    try {
      dir = Path.of(folder);
    } catch (RuntimeException e) {
      return List.of(); // not a local path: cluster storage has no such entries
    }
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Reject> unusable = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.sorted().toList()) {
        if (!entry.getFileName().toString().endsWith(".txt") || Files.isRegularFile(entry)) {
          continue;
        }
        String detail =
            Files.isSymbolicLink(entry) && !Files.exists(entry)
                ? "a broken symbolic link (to " + readLink(entry) + ")"
                : Files.isDirectory(entry)
                    ? "a folder, not a file"
                    : "not a regular file (a pipe or a device)";
        unusable.add(Reject.create(entry.toAbsolutePath().toString(), "unreadable", detail));
      }
    } catch (IOException e) {
      return List.of();
    }
    return unusable;
  }

  private static String readLink(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "?";
    }
  }

  private static int firstWildcard(String input) {
    int best = input.length();
    for (char c : new char[] {'*', '?', '['}) {
      int at = input.indexOf(c);
      if (at >= 0) {
        best = Math.min(best, at);
      }
    }
    return best;
  }

  private static boolean isLocalFile(String input) {
    try {
      return Files.isRegularFile(Path.of(input));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** How many files the pattern matches; none is a usage error. */
  private static int countMatches(String pattern, String input) throws UsageException {
    try {
      MatchResult match = FileSystems.match(List.of(pattern), EmptyMatchTreatment.ALLOW).get(0);
      if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
        throw new UsageException(
            "no input files found at " + input + " (looked for " + pattern + ")");
      }
      return match.metadata().size();
    } catch (IOException e) {
      throw new UsageException("cannot list input " + input + ": " + e.getMessage(), e);
    }
  }

  private static boolean exists(String path) {
    try {
      MatchResult match = FileSystems.match(List.of(path), EmptyMatchTreatment.ALLOW).get(0);
      return match.status() == MatchResult.Status.OK && !match.metadata().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
