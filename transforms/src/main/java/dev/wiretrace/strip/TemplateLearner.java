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
 * words are shared with the outlet's other pages is another version of a story the outlet ran more
 * than once: its story lines are on as many pages as there are versions, so only margin lines on
 * more pages than that are template. Were such a page to keep its whole template instead, the
 * template would survive on a share of every outlet's pages, and the join would pair those pages
 * with each other in numbers that grow with the square of the corpus. A line shared in the middle
 * of a body, such as a quote two stories both carry, is not in a margin and stays.
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

  private static Set<Integer> marginTemplate(
      List<String> keys, Map<String, Integer> pagesWithLine) {
    int n = keys.size();
    int[] pagesOf = new int[n];
    int[] wordsOf = new int[n];
    int words = 0;
    int sharedWords = 0;
    for (int i = 0; i < n; i++) {
      if (keys.get(i).isEmpty()) {
        continue;
      }
      wordsOf[i] = keys.get(i).split(" ").length;
      pagesOf[i] = pagesWithLine.get(keys.get(i));
      words += wordsOf[i];
      sharedWords += pagesOf[i] >= MIN_PAGES ? wordsOf[i] : 0;
    }
    Set<Integer> template = new TreeSet<>();
    if (words == 0) {
      return template;
    }
    int minPages =
        sharedWords > MAX_SHARED_WORDS * words
            ? versionsOfStory(pagesOf, wordsOf, sharedWords) + 1
            : MIN_PAGES;
    for (int i = 0; i < n && (keys.get(i).isEmpty() || pagesOf[i] >= minPages); i++) {
      if (pagesOf[i] >= minPages) {
        template.add(i);
      }
    }
    for (int i = n - 1; i >= 0 && (keys.get(i).isEmpty() || pagesOf[i] >= minPages); i--) {
      if (pagesOf[i] >= minPages) {
        template.add(i);
      }
    }
    return template;
  }

  /**
   * On how many pages the story of a mostly shared page appears: the page count that half of its
   * shared words have or fall below. Its story is most of its words; the template is a few lines.
   */
  private static int versionsOfStory(int[] pagesOf, int[] wordsOf, int sharedWords) {
    List<int[]> shared = new ArrayList<>();
    for (int i = 0; i < pagesOf.length; i++) {
      if (pagesOf[i] >= MIN_PAGES) {
        shared.add(new int[] {pagesOf[i], wordsOf[i]});
      }
    }
    shared.sort((a, b) -> Integer.compare(a[0], b[0]));
    int words = 0;
    for (int[] line : shared) {
      words += line[1];
      if (2 * words >= sharedWords) {
        return line[0];
      }
    }
    throw new IllegalArgumentException("a mostly shared page has shared words");
  }
}
