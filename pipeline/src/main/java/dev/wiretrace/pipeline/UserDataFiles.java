package dev.wiretrace.pipeline;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.strip.BoilerplateRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.beam.sdk.io.FileSystems;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The bundled rules and catalogues, each extended by the user's own file when an option names one
 * ({@code --boilerplateRules}, {@code --agencies}, {@code --creditPatterns}); a bad file is a usage
 * error naming the option and the file's line.
 */
final class UserDataFiles {
  private UserDataFiles() {}

  static BoilerplateRules boilerplateRules(WiretraceOptions options) throws UsageException {
    return defaultsPlusFile(
        "boilerplateRules",
        options.getBoilerplateRules(),
        BoilerplateRules::defaults,
        BoilerplateRules::defaultsPlus);
  }

  static AgencyCatalog agencies(WiretraceOptions options) throws UsageException {
    return defaultsPlusFile(
        "agencies", options.getAgencies(), AgencyCatalog::defaults, AgencyCatalog::defaultsPlus);
  }

  static CreditDetector creditDetector(WiretraceOptions options, AgencyCatalog agencies)
      throws UsageException {
    return defaultsPlusFile(
        "creditPatterns",
        options.getCreditPatterns(),
        () -> CreditDetector.defaults(agencies),
        (text, source) -> CreditDetector.defaultsPlus(agencies, text, source));
  }

  /** Parses bundled data plus a user's file, naming its source in any error. */
  @FunctionalInterface
  private interface DataFileParser<T> {
    T parse(String text, String source) throws IOException;
  }

  /** The bundled data, plus the user's file named by {@code --flag} when one is given. */
  private static <T> T defaultsPlusFile(
      String flag, @Nullable String path, Supplier<T> defaults, DataFileParser<T> plus)
      throws UsageException {
    if (path == null) {
      return defaults.get();
    }
    try {
      return plus.parse(readSmallFile(path), path);
    } catch (IOException e) {
      throw new UsageException("bad --" + flag + ": " + Failures.oneLine(e), e);
    }
  }

  /** Reads a small data file from any Beam filesystem. */
  private static String readSmallFile(String path) throws IOException {
    try (InputStream in =
        Channels.newInputStream(
            FileSystems.open(FileSystems.matchSingleFileSpec(path).resourceId()))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
