package dev.wiretrace.strip;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.wiretrace.io.DataFile;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ordered list of boilerplate line rules: the bundled defaults, plus any a user adds. See
 * {@code boilerplate-rules.tsv} for the format.
 */
public final class BoilerplateRules implements Serializable {
  private static final String DEFAULTS = "boilerplate-rules.tsv";

  private final List<BoilerplateRule> rules;
  private final FirstMatchingRule first;

  private BoilerplateRules(List<BoilerplateRule> rules) {
    this.rules = List.copyOf(rules);
    this.first = new FirstMatchingRule(this.rules);
  }

  /** The rules bundled with wiretrace. */
  public static BoilerplateRules defaults() {
    try {
      return new BoilerplateRules(
          compile(DataFile.readBundled(BoilerplateRules.class, DEFAULTS, 3)));
    } catch (IOException e) {
      throw new IllegalStateException("bundled " + DEFAULTS + " is invalid: " + e.getMessage(), e);
    }
  }

  /** The defaults followed by the rules in {@code extraRules} (same TSV format). */
  public static BoilerplateRules defaultsPlus(String extraRules, String sourceName)
      throws IOException {
    List<BoilerplateRule> all = new ArrayList<>(defaults().rules);
    all.addAll(compile(DataFile.read(new StringReader(extraRules), sourceName, 3)));
    return new BoilerplateRules(all);
  }

  public List<BoilerplateRule> rules() {
    return rules;
  }

  /** The first rule, in order, that {@code normalisedLine} matches; null if none does. */
  public BoilerplateRule firstMatch(String normalisedLine) {
    return first.firstMatch(normalisedLine);
  }

  private static List<BoilerplateRule> compile(List<DataFile.Row> rows) throws IOException {
    List<BoilerplateRule> compiled = new ArrayList<>();
    for (DataFile.Row row : rows) {
      String[] f = row.fields();
      BoilerplateRule.Kind kind;
      try {
        kind = BoilerplateRule.Kind.valueOf(f[0].replace('-', '_').toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IOException(
            row.location() + ": unknown kind '" + f[0] + "' (line, section-start, block-header)");
      }
      try {
        compiled.add(
            new BoilerplateRule(kind, f[1], Pattern.compile(f[2], Pattern.CASE_INSENSITIVE)));
      } catch (PatternSyntaxException e) {
        throw new IOException(row.location() + ": bad regex: " + e.getMessage(), e);
      }
    }
    return compiled;
  }
}
