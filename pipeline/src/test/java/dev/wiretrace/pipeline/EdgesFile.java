package dev.wiretrace.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads edges.csv back, as a user's script would. */
final class EdgesFile {
  private EdgesFile() {}

  static List<Map<String, String>> read(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (CSVRecord record :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        rows.add(record.toMap());
      }
    }
    return rows;
  }
}
