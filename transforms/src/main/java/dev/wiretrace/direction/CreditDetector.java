package dev.wiretrace.direction;

import dev.wiretrace.io.DataFile;
import dev.wiretrace.model.Credit;
import dev.wiretrace.sentences.TextNormalizer;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds wire-agency credits where news puts them: datelines ({@code ATHENS (AFP) –}, {@code
 * /TASS/}), credit lines ({@code AFP, Athens :}), sign-offs ({@code — AFP}) and copyright footers
 * ({@code © AFP 2016}). The patterns come from {@code credit-patterns.tsv}.
 */
public final class CreditDetector implements Serializable {
  private static final String DEFAULTS = "credit-patterns.tsv";
  private static final int HEAD_LINES = 4;
  private static final int TAIL_LINES = 3;
  private static final int MAX_EVIDENCE = 120;

  private record CreditPattern(String name, String scope, NamePattern pattern)
      implements Serializable {}

  private final AgencyCatalog catalog;
  private final List<CreditPattern> patterns;

  private CreditDetector(AgencyCatalog catalog, List<DataFile.Row> rows) throws IOException {
    this.catalog = catalog;
    this.patterns = new ArrayList<>();
    for (DataFile.Row row : rows) {
      String scope = row.fields()[1];
      if (!List.of("head", "tail", "copyright").contains(scope)) {
        throw new IOException(
            row.location() + ": unknown scope '" + scope + "' (head, tail, copyright)");
      }
      patterns.add(
          new CreditPattern(
              row.fields()[0],
              scope,
              NamePattern.compile(row.fields()[2], "{agency}", catalog.aliasMap().keySet())));
    }
  }

  public static CreditDetector defaults(AgencyCatalog catalog) {
    try {
      return new CreditDetector(catalog, DataFile.readBundled(CreditDetector.class, DEFAULTS, 3));
    } catch (IOException e) {
      throw new IllegalStateException("bundled " + DEFAULTS + " is invalid: " + e.getMessage(), e);
    }
  }

  public static CreditDetector defaultsPlus(AgencyCatalog catalog, String extra, String sourceName)
      throws IOException {
    List<DataFile.Row> rows =
        new ArrayList<>(DataFile.readBundled(CreditDetector.class, DEFAULTS, 3));
    rows.addAll(DataFile.read(new StringReader(extra), sourceName, 3));
    return new CreditDetector(catalog, rows);
  }

  public AgencyCatalog catalog() {
    return catalog;
  }

  /**
   * The credits in an article, one per agency, in the order found.
   *
   * @param bodyLines the non-blank lines of the article after boilerplate stripping
   * @param copyrightLines stripped copyright footers
   */
  public List<Credit> detect(List<String> bodyLines, List<String> copyrightLines) {
    Map<String, Credit> credits = new LinkedHashMap<>();
    List<String> head = bodyLines.subList(0, Math.min(HEAD_LINES, bodyLines.size()));
    List<String> tail =
        bodyLines.subList(Math.max(0, bodyLines.size() - TAIL_LINES), bodyLines.size());
    for (CreditPattern p : patterns) {
      List<String> scope =
          switch (p.scope()) {
            case "head" -> head;
            case "tail" -> tail;
            default -> copyrightLines;
          };
      for (String line : scope) {
        String normalised = clipped(TextNormalizer.line(line));
        NamePattern.Match m = p.pattern().find(normalised);
        if (m != null) {
          String agency = catalog.nameOfAlias(m.name());
          credits.putIfAbsent(agency, Credit.create(agency, evidence(m), p.name()));
        }
      }
    }
    return new ArrayList<>(credits.values());
  }

  /** Whether a line is itself a credit line or dateline, such as a bare {@code AFP, Athens :}. */
  public boolean isCreditLine(String line) {
    String normalised = TextNormalizer.line(line);
    if (normalised.length() > MAX_CREDIT_LINE_CHARS || normalised.split(" ").length > 6) {
      return false;
    }
    for (CreditPattern p : patterns) {
      if (!p.scope().equals("copyright") && p.pattern().find(normalised) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A credit stands at a line's start (a dateline) or is the whole line (a sign-off, a credit line,
   * a copyright footer), so only a line's first characters are searched: a megabyte line costs no
   * more than a short one.
   */
  private static String clipped(String line) {
    return line.length() <= MAX_CREDIT_LINE_CHARS ? line : line.substring(0, MAX_CREDIT_LINE_CHARS);
  }

  private static final int MAX_CREDIT_LINE_CHARS = 1000;

  private static String evidence(NamePattern.Match m) {
    String text = m.text().strip();
    return text.length() <= MAX_EVIDENCE ? text : text.substring(0, MAX_EVIDENCE);
  }
}
