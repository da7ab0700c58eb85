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
 * Learns a site's template from its own pages: a line found on several pages of one outlet, in the
 * margins of the page (the run of lines at its top or bottom), is the site's furniture, not its
 * reporting.
 *
 * <p>Two guards keep this apart from copying. Only pages of the same outlet are compared, so text
 * shared by different outlets' versions of one story is never touched. And a page most of whose
 * words are shared with the outlet's other pages is another version of the same story, not a
 * different story: it loses nothing. A line shared in the middle of a body, such as a quote two
 * stories both carry, is not in a margin and stays.
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
      for (String line : page) {
        pageKeys.add(TextNormalizer.line(line).toLowerCase(Locale.ROOT));
      }
      keys.add(pageKeys);
      for (String key : new HashSet<>(pageKeys)) {
        if (!key.isEmpty()) {
          pagesWithLine.merge(key, 1, Integer::sum);
        }
      }
    }
    List<Set<Integer>> templates = new ArrayList<>();
    for (List<String> pageKeys : keys) {
      templates.add(marginTemplate(pageKeys, pagesWithLine));
    }
    return templates;
  }

  private static Set<Integer> marginTemplate(List<String> keys, Map<String, Integer> pagesWithLine) {
    int n = keys.size();
    boolean[] shared = new boolean[n];
    int words = 0;
    int sharedWords = 0;
    for (int i = 0; i < n; i++) {
      if (keys.get(i).isEmpty()) {
        continue;
      }
      int lineWords = keys.get(i).split(" ").length;
      shared[i] = pagesWithLine.get(keys.get(i)) >= MIN_PAGES;
      words += lineWords;
      sharedWords += shared[i] ? lineWords : 0;
    }
    Set<Integer> template = new TreeSet<>();
    if (words == 0 || sharedWords > MAX_SHARED_WORDS * words) {
      return template;
    }
    for (int i = 0; i < n && (keys.get(i).isEmpty() || shared[i]); i++) {
      if (shared[i]) {
        template.add(i);
      }
    }
    for (int i = n - 1; i >= 0 && (keys.get(i).isEmpty() || shared[i]); i--) {
      if (shared[i]) {
        template.add(i);
      }
    }
    return template;
  }
}
