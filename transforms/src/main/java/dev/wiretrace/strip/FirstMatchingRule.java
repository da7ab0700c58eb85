package dev.wiretrace.strip;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the first rule, in file order, that a line matches. Trying some sixty rules one by one made
 * a matcher per rule per line and was most of the cost of stripping a page, so the rules anchored
 * at the line start are joined into one alternation, tried once per line: at the start of a line an
 * alternation takes its alternatives in order, which is exactly "the first rule that matches".
 * Rules that search the whole line keep their own patterns and are tried only where they come
 * before the anchored rule that matched, and only on lines holding the text they require ({@link
 * RequiredText}).
 *
 * <p>A rule with a named group cannot be renamed inside a larger pattern; with one of those, every
 * rule is tried on its own, as before.
 */
final class FirstMatchingRule implements Serializable {
  private static final Pattern RENUMBERING_HAZARD = Pattern.compile("\\(\\?P?<[a-zA-Z]");

  private final List<BoilerplateRule> rules;
  private final RequiredText[] required;

  /** The anchored rules as one pattern, or null when they cannot be joined. */
  private final Pattern anchored;

  /** For each rule, its wrapping group in {@link #anchored}, or 0 for a rule tried on its own. */
  private final int[] groupOfRule;

  FirstMatchingRule(List<BoilerplateRule> rules) {
    this.rules = List.copyOf(rules);
    this.groupOfRule = new int[rules.size()];
    this.anchored = join(this.rules, groupOfRule);
    this.required = new RequiredText[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      required[i] = RequiredText.of(rules.get(i).pattern());
    }
  }

  /** The first rule that matches {@code normalisedLine}, or null. */
  BoilerplateRule firstMatch(String normalisedLine) {
    int anchoredMatch = rules.size();
    if (anchored != null) {
      Matcher m = anchored.matcher(normalisedLine);
      if (m.lookingAt()) {
        anchoredMatch = ruleOfMatch(m);
      }
    }
    String folded = null;
    for (int i = 0; i < anchoredMatch; i++) {
      if (groupOfRule[i] != 0) {
        continue;
      }
      if (required[i].filters()) {
        folded = folded == null ? RequiredText.fold(normalisedLine) : folded;
        if (!required[i].foundIn(folded)) {
          continue;
        }
      }
      if (rules.get(i).matches(normalisedLine)) {
        return rules.get(i);
      }
    }
    return anchoredMatch < rules.size() ? rules.get(anchoredMatch) : null;
  }

  private int ruleOfMatch(Matcher m) {
    for (int i = 0; i < groupOfRule.length; i++) {
      if (groupOfRule[i] != 0 && m.start(groupOfRule[i]) >= 0) {
        return i;
      }
    }
    throw new IllegalStateException("a joined rule matched but no rule's group did");
  }

  private static Pattern join(List<BoilerplateRule> rules, int[] groupOfRule) {
    int flags = -1;
    for (BoilerplateRule rule : rules) {
      if (RENUMBERING_HAZARD.matcher(rule.pattern().pattern()).find()
          || (flags != -1 && flags != rule.pattern().flags())) {
        return null;
      }
      flags = rule.pattern().flags();
    }
    List<String> alternatives = new ArrayList<>();
    int group = 1;
    for (int i = 0; i < rules.size(); i++) {
      Pattern pattern = rules.get(i).pattern();
      if (!BoilerplateRule.isAnchored(pattern)) {
        continue;
      }
      groupOfRule[i] = group;
      alternatives.add("(" + pattern.pattern() + ")");
      group += 1 + pattern.matcher("").groupCount();
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile(String.join("|", alternatives), flags);
    } catch (PatternSyntaxException e) {
      Arrays.fill(groupOfRule, 0);
      return null;
    }
  }
}
