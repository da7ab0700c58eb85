package dev.wiretrace.read;

import dev.wiretrace.model.ManifestEntry;
import dev.wiretrace.model.Reject;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the manifest CSV ({@code id,outlet,url,published}). */
public final class ManifestParser {
  public static final String BAD_ROW = "bad-manifest-row";
  public static final String BAD_DATE = "bad-published-date";
  public static final String DUPLICATE_ROW = "duplicate-manifest-row";

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .setIgnoreEmptyLines(true)
          .setAllowMissingColumnNames(true)
          .build();

  /** What the manifest holds: usable entries and the rows that were not fully usable. */
  public record Result(List<ManifestEntry> entries, List<Reject> problems) {}

  private ManifestParser() {}

  /**
   * Parses a manifest. A row without an id is a problem; a row with a bad date is kept without its
   * date and also reported, so the document is still processed; a second row for an id is reported
   * and ignored. A byte-order mark, CRLF line ends, quoted fields and extra columns are all read as
   * spreadsheets write them.
   *
   * @throws IOException if the CSV is malformed or has no {@code id} column
   */
  public static Result parse(Reader reader, String sourceName) throws IOException {
    List<ManifestEntry> entries = new ArrayList<>();
    List<Reject> problems = new ArrayList<>();
    Map<String, Long> rowOfId = new HashMap<>();
    try (CSVParser parser = FORMAT.parse(withoutByteOrderMark(reader))) {
      if (!parser.getHeaderMap().containsKey("id")) {
        throw new IOException(
            sourceName + " has no 'id' column; expected the header id,outlet,url,published");
      }
      for (CSVRecord record : parser) {
        String input = sourceName + ":" + (record.getRecordNumber() + 1);
        String id = DocumentIds.fromFileName(get(record, "id"));
        if (id == null) {
          problems.add(Reject.create(input, BAD_ROW, "manifest row has no id; row ignored"));
          continue;
        }
        Long first = rowOfId.putIfAbsent(id, record.getRecordNumber() + 1);
        if (first != null) {
          problems.add(
              Reject.create(
                  input,
                  DUPLICATE_ROW,
                  "a second row for " + id + " (the first is row " + first + "); row ignored"));
          continue;
        }
        String published = get(record, "published");
        String instant = null;
        if (published != null) {
          Optional<String> parsed = PublishedTime.parseIso(published);
          if (parsed.isPresent()) {
            instant = parsed.get();
          } else {
            problems.add(
                Reject.create(
                    input,
                    BAD_DATE,
                    "published '"
                        + published
                        + "' for "
                        + id
                        + " is not ISO-8601; the document is processed without a date"));
          }
        }
        entries.add(
            ManifestEntry.create(
                id, get(record, "outlet"), get(record, "url"), instant, record.getRecordNumber()));
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new IOException(sourceName + " is not valid CSV: " + e.getMessage(), e);
    }
    return new Result(entries, problems);
  }

  /** Spreadsheets save CSV with a byte-order mark, which would otherwise be part of "id". */
  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  private static String get(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String value = record.get(column).trim();
    return value.isEmpty() ? null : value;
  }
}
