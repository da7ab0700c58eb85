package dev.wiretrace.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated rule and catalog files that users can extend: one record per line, {@code
 * #} comments and blank lines skipped.
 */
public final class DataFile {
  /** One record with its location, for error messages. */
  public record Row(String location, String[] fields) {}

  private DataFile() {}

  /** Reads rows of exactly {@code fields} tab-separated fields (the last may hold tabs). */
  public static List<Row> read(Reader reader, String sourceName, int fields) throws IOException {
    List<Row> rows = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", fields);
      String location = sourceName + ":" + number;
      if (parts.length != fields) {
        throw new IOException(
            location + ": expected " + fields + " tab-separated fields, got: " + line);
      }
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].trim();
      }
      rows.add(new Row(location, parts));
    }
    return rows;
  }

  /** Reads a data file bundled beside {@code owner} on the class path. */
  public static List<Row> readBundled(Class<?> owner, String resource, int fields) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, fields);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + resource, e);
    }
  }
}
