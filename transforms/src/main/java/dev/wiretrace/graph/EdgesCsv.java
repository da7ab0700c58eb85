package dev.wiretrace.graph;

import dev.wiretrace.model.CopyEdge;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Renders {@code edges.csv}: one edge per row, document level first, then outlet level. */
public final class EdgesCsv {
  public static final String[] HEADER = {
    "level",
    "source",
    "target",
    "primary",
    "shared_words",
    "score",
    "confidence",
    "documents",
    "via",
    "reasons"
  };

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').build();

  private EdgesCsv() {}

  public static String render(CitationGraph graph) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (CopyEdge edge : graph.documentEdges()) {
        csv.printRecord(
            "document",
            edge.getSource(),
            edge.getTarget(),
            edge.getPrimary(),
            edge.getSharedWords(),
            score(edge.getScore()),
            edge.getConfidence().label(),
            "",
            String.join(" ", edge.getVia()),
            String.join(" | ", edge.getReasons()));
      }
      for (OutletEdge edge : graph.outletEdges()) {
        csv.printRecord(
            "outlet",
            edge.source(),
            edge.target(),
            edge.primary(),
            edge.sharedWords(),
            "",
            "",
            edge.documents(),
            "",
            String.join(" ", edge.documentEdges()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String score(double score) {
    return String.format(Locale.ROOT, "%.3f", score);
  }
}
