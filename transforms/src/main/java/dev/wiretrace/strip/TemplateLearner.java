package dev.wiretrace.strip;

import dev.wiretrace.sentences.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Learns a site's template from its own pages: a line found on several different stories of one
 * outlet, in the margins of the page (the run of lines at its top or bottom), is the site's
 * furniture, not its reporting.
 *
 * <p>Two guards keep this apart from copying. Only pages of the same outlet are compared, so text
 * shared by different outlets' versions of one story is never touched. And a page most of whose
 * words are shared with the outlet's other pages is another version of the same story, not a
 * different story: it neither teaches nor loses template lines. A line shared in the middle of a
 * body, such as a quote two stories both carry, is not in a margin and stays.
 */
public final class TemplateLearner {
  public static final String SITE_TEMPLATE = "site-template";

  /** A line must appear on at least this many of the outlet's pages. */
  static final int MIN_PAGES = 2;
  /** A page with more than this share of its words in shared lines is a version of a story. */
  static final double MAX_SHARED_WORDS = 0.5;

  private TemplateLearner() {}

  /**
   * For each page of one outlet, the 0-based indices of its template lines.
   *
   * @param pages each page's lines, with boilerplate already blanked
   */
  public static List<Set<Integer>> templateLines(List<List<String>> pages) {
    List<List<String>> keys = new ArrayList<>();
    Map<String, Integer> pagesWithLine = new HashMap<>();
    for (List<String> page : pages) {
      List<String> pageKeys = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String line : page) {
        String key = TextNormalizer.line(line).toLowerCase(Locale.ROOT);
        pageKeys.add(key);
        if (!key.isEmpty() && seen.add(key)) {
          pagesWithLine.merge(key, 1, Integer::sum);
        }
      }
      keys.add(pageKeys);
    }
    List<Set<Integer>> templates = new ArrayList<>();
    for (List<String> pageKeys : keys) {
      templates.add(marginTemplate(pageKeys, pagesWithLine));
    }
    return templates;
  }

  private static Set<Integer> marginTemplate(List<String> keys, Map<String, Integer> pagesWithLine) {
    boolean[] shared = new boolean[keys.size()];
    int words = 0;
    int sharedWords = 0;
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key.isEmpty()) {
        continue;
      }
      int lineWords = key.split(" ").length;
      words += lineWords;
      shared[i] = pagesWithLine.getOrDefault(key, 0) >= MIN_PAGES;
      if (shared[i]) {
        sharedWords += lineWords;
      }
    }
    Set<Integer> template = new TreeSet<>();
    if (words == 0 || sharedWords > MAX_SHARED_WORDS * words) {
      return template;
    }
    for (int i = 0; i < keys.size() && (keys.get(i).isEmpty() || shared[i]); i++) {
      if (shared[i]) {
        template.add(i);
      }
    }
    for (int i = keys.size() - 1; i >= 0 && (keys.get(i).isEmpty() || shared[i]); i--) {
      if (shared[i]) {
        template.add(i);
      }
    }
    return template;
  }
}
