package dev.wiretrace.strip;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the first rule, in file order, that a line matches, trying each rule only on lines that
 * hold the text it requires ({@link RequiredText}): most lines hold none of a rule's pieces, and
 * finding which rules' pieces a line holds, all rules at once in one pass ({@link PieceAutomaton}),
 * costs far less than a matcher. Looking for each piece with {@code String.contains}, rule by rule,
 * scanned a line once per piece: stripping 10,000 articles took 4.8-5.0 s that way and 2.7-3.3 s
 * with the automaton (`StageCosts`, back to back).
 *
 * <p>Until 2026-12-04 the rules anchored at the line start were joined into one alternation, tried
 * once per line. With RE2/J that costs more than it saves: its NFA carries every rule's threads
 * along the line at once (counted repeats such as {@code .{0,80}} are dozens of states each), while
 * the filtered rules one by one rarely reach a matcher. Stripping 10,000 generated articles on one
 * thread took 8.8 s joined and 5.0 s one by one (`StageCosts`, BENCHMARKS "The algorithms alone").
 */
final class FirstMatchingRule implements Serializable {
  private final List<BoilerplateRule> rules;
  private final RequiredText[] required;

  /**
   * Built on first use, not carried in the serialised form: a runner deserialises the steps'
   * functions for every bundle, mostly to read their signatures, never to match with them.
   */
  private transient volatile PieceAutomaton pieces;

  FirstMatchingRule(List<BoilerplateRule> rules) {
    this.rules = List.copyOf(rules);
    this.required = new RequiredText[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      required[i] = RequiredText.of(rules.get(i).pattern());
    }
  }

  /** The first rule that matches {@code normalisedLine}, or null. */
  BoilerplateRule firstMatch(String normalisedLine) {
    BitSet found = null;
    for (int i = 0; i < rules.size(); i++) {
      if (required[i].filters()) {
        if (found == null) {
          found = pieces().rulesFoundIn(RequiredText.fold(normalisedLine));
        }
        if (!found.get(i)) {
          continue;
        }
      }
      if (rules.get(i).matches(normalisedLine)) {
        return rules.get(i);
      }
    }
    return null;
  }

  private PieceAutomaton pieces() {
    PieceAutomaton built = pieces;
    if (built == null) {
      List<List<String>> byRule = new ArrayList<>(required.length);
      for (RequiredText text : required) {
        byRule.add(text.pieces());
      }
      built = new PieceAutomaton(byRule);
      pieces = built;
    }
    return built;
  }
}
