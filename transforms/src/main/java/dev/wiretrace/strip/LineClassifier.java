package dev.wiretrace.strip;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.wiretrace.sentences.TextNormalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, line by line, what in a scraped page is boilerplate. Three passes: blocks of machine
 * data; line rules (a user-extensible data file, then shape rules from shallow features); and
 * context, where a short fragment between boilerplate lines is boilerplate too.
 */
public final class LineClassifier implements PageClassifier {
  public static final String AMID_BOILERPLATE = "amid-boilerplate";
  public static final String COPYRIGHT = "copyright";
  public static final String OUTSIDE_MAIN_TEXT = "outside-main-text";
  public static final String REPEATED_ON_PAGE = "repeated-on-page";
  public static final String PHOTO_GALLERY = "photo-gallery";
  private static final int MIN_REPEATS = 3;
  private static final int MAX_LABEL_WORDS = 8;

  /** Lines shorter than this many 4-grams are never judged repeats: short sentences recur. */
  private static final int MIN_REPEATED_GRAMS = 8;

  private static final int MIN_REPEATED_SOURCES = 3;

  /** A line of prose: at least this many words and a sentence's end, or a run-on paragraph. */
  private static final int PROSE_MIN_WORDS = 10;

  private static final int PROSE_RUN_ON_WORDS = 25;

  /** Less prose than this in the best stretch, and the page is too short to judge. */
  private static final int MIN_MAIN_TEXT_WORDS = 40;

  private static final int HEAD_LOOKBACK_LINES = 5;

  /** A page keeping less than one part in this many of its prose words would lose its article. */
  private static final int KEPT_PROSE_FLOOR_PARTS = 10;

  /** A repeated title shorter than this could be a section name. */
  private static final int MIN_HEADLINE_CHARS = 20;

  private static final int MAX_BOILERPLATE_INSIDE = 12;

  /** A line this long that ends as a sentence does is running text, even if too short for prose. */
  private static final int MIN_TEXT_LINE_WORDS = 4;

  /** A box inside an article (a related link, a player) holds at most this many kept lines. */
  private static final int MAX_BOX_LINES = 2;

  /** A list closing an article: this many items at least, each of a few words, one separator. */
  private static final int MIN_LIST_ITEMS = 3;

  private static final int MIN_LIST_ITEM_WORDS = 3;
  private static final int MAX_LIST_ITEM_WORDS = 25;
  private static final int MAX_LIST_TITLE_WORDS = 8;
  private static final List<String> LIST_SEPARATORS =
      List.of(" -- ", " – ", " — ", ": ", " @ ", " | ", " - ");

  /** A line repeated at once is a caption and its picture's title when it is this long. */
  private static final int MIN_REPEATED_CAPTION_WORDS = 8;

  /**
   * Lines longer than this are not searched by the regex rules: no menu, share bar or footer runs
   * to four thousand characters, and a megabyte line (a tracking blob, a page without line breaks)
   * must not cost a megabyte of searching per rule. Such a line is kept as text unless it reads as
   * machine data.
   */
  public static final int MAX_RULE_LINE_CHARS = 4096;

  /** A line this long whose characters are mostly not letters, with code's punctuation, is data. */
  private static final int MIN_MACHINE_DATA_CHARS = 20;

  private static final double MAX_MACHINE_DATA_LETTER_SHARE = 0.5;

  /** Each part of a breadcrumb ("World / Europe / France") is a short label. */
  private static final int MAX_BREADCRUMB_PART_WORDS = 4;

  private static final int MAX_BREADCRUMB_PART_CHARS = 30;

  /** A related-stories list is not expected to run longer than this. */
  private static final int MAX_RELATED_LINES = 20;

  private static final Pattern URL =
      Pattern.compile(
          "^((https?://|www\\.)\\S+|[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}(/\\S*)?)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_TOGGLE =
      Pattern.compile("\\s*(\\.\\.\\.|…)?\\s*\\b(more|less)$|\\s*(\\.\\.\\.|…)$");
  private static final Pattern NUMBERED_CAPTION = Pattern.compile("^(\\d{1,3}) of (\\d{1,3}) \\S");
  private static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$");
  private static final FilteredPattern BREADCRUMB_SEPARATOR =
      FilteredPattern.compile("\\s+(/|>|»|›|\\||::|→)\\s+");
  private static final Pattern ARROW = Pattern.compile("\\s(>|»|›|→)\\s");
  private static final FilteredPattern CAPTION =
      FilteredPattern.compile(
          "(\\((\\p{L}[\\p{L} ]{0,20}\\s)?(photo|photograph|image|picture|pic|file photo|video|credit|illustration)s?\\b[^)]{0,100}\\)\\s*$)"
              + "|(^(photo|image|picture|file photo|credit|illustration)s?\\s*(:|by\\b))"
              + "|(^©\\s*[^|]{1,60}\\|)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A photographer credit closing a caption: "REUTERS/Alexandros Avramidis", "AP Photo/Jane Roe".
   */
  private static final FilteredPattern PHOTO_CREDIT =
      FilteredPattern.compile(
          "\\b(AP Photo|\\p{Lu}{2,}( \\p{Lu}{2,})?)\\s?/\\s?\\p{Lu}[\\p{L}.'-]+( \\p{Lu}[\\p{L}.'-]+){0,3}\\s*$");

  private static final FilteredPattern PLACEHOLDER =
      FilteredPattern.compile("(^|\\s)%[sd](\\s|:|$)");
  private static final FilteredPattern CODE_LINE =
      FilteredPattern.compile(
          "(^(var|let|const)\\s+\\w+\\s*=)|(\\bfunction\\s*\\w*\\s*\\()|(\\bdocument\\.(getElementById|write|querySelector|createElement))"
              + "|(\\bwindow\\.\\w+\\s*=)|(^</?[a-z][\\w-]*(\\s[^>]*)?/?>)|(^[.#][\\w-]+\\s*\\{)|(^[^{}]{1,80}\\{\\s*[\\w-]+\\s*:[^{}]*;\\s*\\}?$)|(^[\\w-]+\\s*:\\s*[^;]{1,60};$)|(\\}\\s*\\)\\s*;?$)",
          Pattern.CASE_INSENSITIVE);

  /** Apart from {@link #CODE_LINE} because it needs no particular text, only these characters. */
  private static final Pattern CODE_PUNCTUATION_LINE = Pattern.compile("^[{}\\[\\]();,]+$");

  private static final Pattern MACHINE_PUNCTUATION = Pattern.compile("[{}\\[\\]<>=;\\\\]|\":");

  private final BoilerplateRules rules;

  public LineClassifier(BoilerplateRules rules) {
    this.rules = rules;
  }

  /**
   * Returns, for each line, the reason it is boilerplate, or null for a line to keep. Blank lines
   * are kept: they are paragraph breaks.
   */
  public String[] classify(List<String> lines) {
    return classifyPage(lines).reasons();
  }

  /** {@link #classify}, and whether the page's prose had to be kept whole. */
  @Override
  public PageVerdicts classifyPage(List<String> lines) {
    int n = lines.size();
    String[] reasons = new String[n];
    String[] norm = new String[n];
    for (int i = 0; i < n; i++) {
      // Blank as Java sees it (form feeds, line separators) is a paragraph break, whatever NFKC
      // makes of it.
      norm[i] = lines.get(i).isBlank() ? "" : TextNormalizer.line(lines.get(i));
    }
    // Prose words in lines [0, i): one pass, so a page of many section markers stays linear.
    long[] proseBefore = new long[n + 1];
    for (int i = 0; i < n; i++) {
      proseBefore[i + 1] = proseBefore[i] + proseWords(norm[i]);
    }
    MachineData machineData = new MachineData(lines);
    for (int i = 0; i < n; i++) {
      if (reasons[i] != null || norm[i].isEmpty()) {
        continue;
      }
      if (norm[i].length() > MAX_RULE_LINE_CHARS) {
        reasons[i] = machineDataShape(norm[i]);
        continue;
      }
      MachineData.Block block = machineData.blockAt(i);
      if (block != null) {
        for (int j = i; j <= block.lastLine(); j++) {
          reasons[j] = norm[j].isEmpty() ? null : block.reason();
        }
        i = block.lastLine();
        continue;
      }
      BoilerplateRule rule = firstRule(norm[i]);
      if (rule != null) {
        reasons[i] = rule.reason();
        switch (rule.kind()) {
          case SECTION_START -> {
            boolean articleAbove = proseBefore[i] >= MIN_MAIN_TEXT_WORDS;
            boolean moreProseBelow = proseBefore[n] - proseBefore[i + 1] > proseBefore[i];
            boolean bareWord = LineShape.of(norm[i]).words <= 2;
            if (moreProseBelow && (!articleAbove || bareWord)) {
              // A comment count above the headline, or a bare "Comments" button in a share bar
              // with the article still to come: the marker line goes, the page does not.
              continue;
            }
            for (int j = i + 1; j < n; j++) {
              if (!norm[j].isEmpty()) {
                BoilerplateRule specific = firstRule(norm[j]);
                reasons[j] = specific != null ? specific.reason() : rule.reason();
              }
            }
            i = n;
          }
          case BLOCK_HEADER -> i = markHeadlineRun(norm, reasons, i, rule.reason());
          case LINE -> {}
        }
        continue;
      }
      reasons[i] = shapeReason(norm[i]);
    }
    markRepeatedLabels(norm, reasons);
    markImmediateRepeats(norm, reasons);
    markNumberedCaptions(norm, reasons);
    markFragmentsAmidBoilerplate(norm, reasons);
    markTextSeenAbove(norm, reasons);
    markOutsideMainText(norm, reasons);
    boolean keptWhole = keepProseIfNearlyAllStripped(norm, reasons);
    return new PageVerdicts(reasons, keptWhole);
  }

  /**
   * No rule may take a page's article: where the verdicts would strip nearly all of a page's prose
   * (a story about cookie policies, a page whose every paragraph names a paywall), its prose lines
   * are kept, and the page is counted so a user can look at it.
   */
  private static boolean keepProseIfNearlyAllStripped(String[] norm, String[] reasons) {
    long prose = 0;
    long kept = 0;
    for (int i = 0; i < norm.length; i++) {
      int words = proseWords(norm[i]);
      prose += words;
      kept += reasons[i] == null ? words : 0;
    }
    // A short article above a long comment section keeps its own words: that is no loss.
    if (prose < MIN_MAIN_TEXT_WORDS
        || kept >= MIN_MAIN_TEXT_WORDS
        || kept * KEPT_PROSE_FLOOR_PARTS >= prose) {
      return false;
    }
    for (int i = 0; i < norm.length; i++) {
      if (reasons[i] != null && proseWords(norm[i]) > 0 && !isMachineData(reasons[i])) {
        reasons[i] = null;
      }
    }
    return true;
  }

  private static boolean isMachineData(String reason) {
    return reason.equals(MachineData.JSON)
        || reason.equals(MachineData.CODE)
        || reason.equals(MachineData.PHP_DUMP);
  }

  /**
   * A short line that is not prose and stands three times or more on one page is the page's own
   * furniture (a share bar under every teaser, a "Read more" under every item), learnt from the
   * page itself as site templates are learnt from an outlet's pages.
   */
  private static void markRepeatedLabels(String[] norm, String[] reasons) {
    Map<String, Integer> count = new HashMap<>();
    for (int i = 0; i < norm.length; i++) {
      if (!norm[i].isEmpty() && isLabel(norm[i])) {
        count.merge(norm[i], 1, Integer::sum);
      }
    }
    for (int i = 0; i < norm.length; i++) {
      if (reasons[i] == null
          && !norm[i].isEmpty()
          && count.getOrDefault(norm[i], 0) >= MIN_REPEATS) {
        reasons[i] = REPEATED_ON_PAGE;
      }
    }
  }

  /**
   * A long line standing twice on consecutive lines, with no paragraph break between, is a
   * picture's caption and its title or alternative text, both scraped: an article does not repeat a
   * paragraph at once. Both go, as {@code repeated-on-page}. A page whose every paragraph came
   * twice would keep its prose all the same ({@link #keepProseIfNearlyAllStripped}).
   */
  private static void markImmediateRepeats(String[] norm, String[] reasons) {
    for (int i = 1; i < norm.length; i++) {
      // Cheap tests first: most pairs of lines start differently or are short.
      if (norm[i].isEmpty()
          || norm[i - 1].isEmpty()
          || norm[i].charAt(0) != norm[i - 1].charAt(0)
          || LineShape.of(norm[i]).words < MIN_REPEATED_CAPTION_WORDS) {
        continue;
      }
      String a = withoutToggle(norm[i - 1]);
      String b = withoutToggle(norm[i]);
      boolean aShorter = a.length() <= b.length();
      String shorter = aShorter ? a : b;
      String longer = aShorter ? b : a;
      // A line that merely starts like the next (a headline above its lead) is no repeat: the
      // shorter must be the same line, or one visibly cut short.
      boolean cutShort = !(aShorter ? norm[i - 1] : norm[i]).equals(shorter);
      if ((shorter.equals(longer) || (cutShort && longer.startsWith(shorter)))
          && LineShape.of(shorter).words >= MIN_REPEATED_CAPTION_WORDS) {
        reasons[i - 1] = REPEATED_ON_PAGE;
        reasons[i] = REPEATED_ON_PAGE;
      }
    }
  }

  /** A caption without its "... more" / "less" toggle or the ellipsis that cut it short. */
  private static String withoutToggle(String line) {
    return CAPTION_TOGGLE.matcher(line).replaceFirst("");
  }

  /**
   * A gallery's captions numbered "1 of 4 ...", "2 of 4 ...": two or more lines counting through
   * one total. An article's sentence may start "3 of 4", but not a run of them that counts.
   */
  private static void markNumberedCaptions(String[] norm, String[] reasons) {
    Map<String, Set<String>> numbersByTotal = new HashMap<>();
    for (String line : norm) {
      if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
        continue;
      }
      Matcher m = NUMBERED_CAPTION.matcher(line);
      if (m.lookingAt()) {
        numbersByTotal.computeIfAbsent(m.group(2), t -> new HashSet<>()).add(m.group(1));
      }
    }
    if (numbersByTotal.values().stream().noneMatch(numbers -> numbers.size() >= 2)) {
      return;
    }
    for (int i = 0; i < norm.length; i++) {
      if (reasons[i] != null || norm[i].isEmpty() || !Character.isDigit(norm[i].charAt(0))) {
        continue;
      }
      Matcher m = NUMBERED_CAPTION.matcher(norm[i]);
      if (m.lookingAt() && numbersByTotal.get(m.group(2)).size() >= 2) {
        reasons[i] = PHOTO_GALLERY;
      }
    }
  }

  /**
   * The article again, run together into one line (a data block's copy of the body, a summary made
   * of the lead's paragraphs), adds nothing but length, and its length would draw the main-text
   * stretch to it: it goes as {@code repeated-on-page}. The test is on word 4-grams: nearly all of
   * the line's 4-grams stood in kept lines above it, spread over three or more of them. A paragraph
   * repeated on its own (a page scraped twice over) is left to the rest of the pipeline, which
   * counts a repeated sentence once.
   */
  private static void markTextSeenAbove(String[] norm, String[] reasons) {
    Map<Long, Integer> firstLineOf = new HashMap<>();
    for (int i = 0; i < norm.length; i++) {
      if (reasons[i] != null || norm[i].isEmpty()) {
        continue;
      }
      long[] grams = wordGrams(norm[i]);
      if (grams.length >= MIN_REPEATED_GRAMS) {
        int known = 0;
        Set<Integer> sources = new HashSet<>();
        for (long gram : grams) {
          Integer line = firstLineOf.get(gram);
          if (line != null) {
            known++;
            sources.add(line);
          }
        }
        if (known * 10 >= grams.length * 8 && sources.size() >= MIN_REPEATED_SOURCES) {
          reasons[i] = REPEATED_ON_PAGE;
          continue;
        }
      }
      for (long gram : grams) {
        firstLineOf.putIfAbsent(gram, i);
      }
    }
  }

  /** Hashes of a line's word 4-grams, case folded. */
  private static long[] wordGrams(String normalisedLine) {
    String[] words = normalisedLine.toLowerCase(java.util.Locale.ROOT).split(" ");
    if (words.length < 4) {
      return new long[0];
    }
    long[] grams = new long[words.length - 3];
    for (int i = 0; i < grams.length; i++) {
      long h = 1125899906842597L;
      for (int k = 0; k < 4; k++) {
        h = 31 * h + words[i + k].hashCode();
      }
      grams[i] = h;
    }
    return grams;
  }

  private static boolean isLabel(String normalisedLine) {
    LineShape shape = LineShape.of(normalisedLine);
    return shape.words <= MAX_LABEL_WORDS && !shape.endsLikeSentence;
  }

  /** Words of running text, the kind an article is made of; 0 for a label, a menu or a title. */
  static int proseWords(String normalisedLine) {
    if (normalisedLine.isEmpty()) {
      return 0;
    }
    LineShape shape = LineShape.of(normalisedLine);
    return (shape.words >= PROSE_MIN_WORDS && shape.endsLikeSentence)
            || shape.words >= PROSE_RUN_ON_WORDS
        ? shape.words
        : 0;
  }

  /**
   * A page seen once has no template to learn, but its article is still the densest stretch of
   * running text, as boilerpipe and jusText find it: each line scores its words if it is prose and
   * a small loss if it is a label, a link or a menu entry; the stretch with the highest sum is the
   * article (the maximum-sum run), and what lies outside it (menus above, link lists, footers and
   * teasers below) is boilerplate. The nearest title-like line above the stretch is kept: copiers
   * copy headlines too. Pages with little prose, or with as much prose outside the stretch as in it
   * (a list of stories, a live blog), are left as they are.
   *
   * <p>Prose is first weighed without its teasers ({@link #teaserFreeProse}), so that a list of
   * stories below a short article neither draws the stretch to it nor outweighs it; a page with no
   * stretch that way is weighed again with every paragraph counted.
   */
  private static void markOutsideMainText(String[] norm, String[] reasons) {
    int n = norm.length;
    int headline = repeatedTitle(norm);
    int[] prose = new int[n];
    for (int i = 0; i < n; i++) {
      prose[i] = reasons[i] == null ? proseWords(norm[i]) : 0;
    }
    int[] stretch = mainStretch(norm, teaserFreeProse(norm, reasons, prose), headline);
    if (stretch == null) {
      stretch = mainStretch(norm, prose, headline);
    }
    if (stretch == null) {
      return;
    }
    int start = headAbove(norm, reasons, stretch[0], headline);
    int end = closingSentencesBelow(norm, reasons, stretch[1]);
    int stray = strayParagraphBelow(norm, reasons, prose, end);
    if (stray >= 0) {
      end = closingSentencesBelow(norm, reasons, stray);
    }
    end = listBelow(norm, reasons, end);
    for (int i = 0; i < n; i++) {
      if ((i < start || i > end) && reasons[i] == null && !norm[i].isEmpty()) {
        reasons[i] = OUTSIDE_MAIN_TEXT;
      }
    }
  }

  /**
   * The maximum-sum stretch of {@code prose} (first line, last line), or null when it holds too
   * little prose or less than half of the page's.
   */
  private static int[] mainStretch(String[] norm, int[] prose, int headline) {
    int n = norm.length;
    long best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    long run = 0;
    int runStart = 0;
    for (int i = headline + 1; i < n; i++) {
      if (norm[i].isEmpty()) {
        continue;
      }
      long score = prose[i] > 0 ? prose[i] : -(1 + Math.min(LineShape.of(norm[i]).words, 4));
      if (run <= 0) {
        if (headline >= 0 && best >= MIN_MAIN_TEXT_WORDS) {
          // Under a repeated headline the article is the first stretch of prose, not the
          // longest: a footer or a teaser further down may hold more words.
          break;
        }
        run = 0;
        runStart = i;
      }
      run += score;
      if (run > best) {
        best = run;
        bestStart = runStart;
        bestEnd = i;
      }
    }
    if (bestStart < 0 || best < MIN_MAIN_TEXT_WORDS) {
      return null;
    }
    long inside = 0;
    long total = 0;
    for (int i = headline + 1; i < n; i++) {
      total += prose[i];
      inside += i >= bestStart && i <= bestEnd ? prose[i] : 0;
    }
    return inside * 2 < total ? null : new int[] {bestStart, bestEnd};
  }

  /**
   * Prose words per line with the teasers counted as none. A teaser is a paragraph with no running
   * text next to it: a headline, a byline or a date above it and the next story's headline below,
   * as in a list of other stories. An article's paragraphs have other paragraphs, or sentences,
   * beside them.
   */
  private static int[] teaserFreeProse(String[] norm, String[] reasons, int[] prose) {
    int n = norm.length;
    boolean[] text = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (reasons[i] == null && !norm[i].isEmpty()) {
        LineShape shape = LineShape.of(norm[i]);
        text[i] = prose[i] > 0 || (shape.words >= MIN_TEXT_LINE_WORDS && shape.endsLikeSentence);
      }
    }
    int[] weight = prose.clone();
    for (int i = 0; i < n; i++) {
      if (prose[i] > 0
          && !isText(text, keptNeighbour(norm, reasons, i, -1))
          && !isText(text, keptNeighbour(norm, reasons, i, 1))) {
        weight[i] = 0;
      }
    }
    return weight;
  }

  private static boolean isText(boolean[] text, int line) {
    return line >= 0 && text[line];
  }

  /** The nearest kept non-blank line before or after {@code i}, or -1: the page's edge. */
  private static int keptNeighbour(String[] norm, String[] reasons, int i, int step) {
    for (int j = i + step; j >= 0 && j < norm.length; j += step) {
      if (!norm[j].isEmpty() && reasons[j] == null) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A paragraph that goes on after a box inside the article (a few kept lines such as "Related
   * links" and a link, or a video player's "Thanks for watching"), before the page's furniture
   * starts: its line, or -1. A paragraph with more prose close below it is the first of a list of
   * teasers instead.
   */
  private static int strayParagraphBelow(String[] norm, String[] reasons, int[] prose, int end) {
    int stray = nextProseAfterBox(norm, reasons, prose, end, 1);
    return stray >= 0 && nextProseAfterBox(norm, reasons, prose, stray, 0) < 0 ? stray : -1;
  }

  /**
   * Where a list that closes the article ends (tour dates, the qualified teams, the results): a run
   * of consecutive lines, no paragraph break between, each with the same separator ("June 9 --
   * Tampa, FL", "England (Group A): 10th appearance"), under the article's last paragraph or a
   * title line below it. Returns {@code end} when no such list follows.
   */
  private static int listBelow(String[] norm, String[] reasons, int end) {
    int first = nextNonEmpty(norm, end + 1);
    if (first < 0 || reasons[first] != null) {
      return end;
    }
    int listEnd = listRun(norm, reasons, first);
    if (listEnd < 0 && LineShape.of(norm[first]).words <= MAX_LIST_TITLE_WORDS) {
      int afterTitle = nextNonEmpty(norm, first + 1);
      listEnd =
          afterTitle < 0 || reasons[afterTitle] != null ? -1 : listRun(norm, reasons, afterTitle);
    }
    return listEnd < 0 ? end : listEnd;
  }

  /** The last line of a list starting at {@code first}, or -1 when none starts there. */
  private static int listRun(String[] norm, String[] reasons, int first) {
    for (String separator : LIST_SEPARATORS) {
      int last = first - 1;
      for (int i = first; i < norm.length && !norm[i].isEmpty() && reasons[i] == null; i++) {
        int words = LineShape.of(norm[i]).words;
        if (!norm[i].contains(separator)
            || words < MIN_LIST_ITEM_WORDS
            || words > MAX_LIST_ITEM_WORDS) {
          break;
        }
        last = i;
      }
      if (last - first + 1 >= MIN_LIST_ITEMS) {
        return last;
      }
    }
    return -1;
  }

  private static int nextNonEmpty(String[] norm, int from) {
    for (int i = from; i < norm.length; i++) {
      if (!norm[i].isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first prose line below {@code from} with at least {@code minKept} and at most {@link
   * #MAX_BOX_LINES} kept lines between, or -1.
   */
  private static int nextProseAfterBox(
      String[] norm, String[] reasons, int[] prose, int from, int minKept) {
    int kept = 0;
    int skipped = 0;
    for (int i = from + 1; i < norm.length; i++) {
      if (norm[i].isEmpty()) {
        continue;
      }
      if (reasons[i] != null) {
        if (++skipped > MAX_BOILERPLATE_INSIDE) {
          return -1;
        }
        continue;
      }
      if (prose[i] > 0) {
        return kept >= minKept ? i : -1;
      }
      if (++kept > MAX_BOX_LINES) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A scraped page starts with the page's title ("Headline - Section - Site"); where the headline
   * stands again on a line of its own, the article follows it, whatever prose the menus, teasers
   * and footers around it hold. Returns that line, or -1: the whole page is searched then.
   */
  private static int repeatedTitle(String[] norm) {
    int first = 0;
    while (first < norm.length && norm[first].isEmpty()) {
      first++;
    }
    if (first >= norm.length) {
      return -1;
    }
    String title = titleKey(norm[first]);
    for (int i = first + 1; i < norm.length; i++) {
      String line = norm[i];
      String key = titleKey(line);
      if (line.length() >= MIN_HEADLINE_CHARS
          && LineShape.of(line).words >= 3
          && !key.isEmpty()
          && title.contains(key)) {
        return i;
      }
    }
    return -1;
  }

  /** A title compared by its letters and digits alone: straight and curly quotes, dashes alike. */
  private static String titleKey(String line) {
    StringBuilder key = new StringBuilder(line.length());
    line.toLowerCase(java.util.Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(key::appendCodePoint);
    return key.toString();
  }

  /**
   * Where the article starts: the stretch of prose, with the lines just above it that are more than
   * a label (a headline, a standfirst, a byline, a date or credit line), up to the first label or
   * boilerplate line.
   */
  private static int headAbove(String[] norm, String[] reasons, int proseStart, int headline) {
    int start = proseStart;
    int looked = 0;
    for (int i = proseStart - 1; i >= 0 && looked < HEAD_LOOKBACK_LINES; i--) {
      if (i == headline) {
        return i;
      }
      if (norm[i].isEmpty()) {
        continue;
      }
      looked++;
      if (reasons[i] != null) {
        continue; // a caption or a credit between headline and text
      }
      if (LineShape.of(norm[i]).words < 3) {
        break;
      }
      start = i;
    }
    return start;
  }

  /** Where the article ends: short closing sentences after the last long one belong to it. */
  private static int closingSentencesBelow(String[] norm, String[] reasons, int proseEnd) {
    int end = proseEnd;
    int skipped = 0;
    for (int i = proseEnd + 1; i < norm.length; i++) {
      if (norm[i].isEmpty()) {
        continue;
      }
      if (reasons[i] != null) {
        // an advertisement or a data block inside the article; but not a whole footer
        if (++skipped > MAX_BOILERPLATE_INSIDE) {
          break;
        }
        continue;
      }
      LineShape shape = LineShape.of(norm[i]);
      if (shape.words < 4 || !shape.endsLikeSentence) {
        break;
      }
      end = i;
    }
    return end;
  }

  private boolean startsSection(String line) {
    BoilerplateRule rule = line.length() > MAX_RULE_LINE_CHARS ? null : firstRule(line);
    return rule != null && rule.kind() == BoilerplateRule.Kind.SECTION_START;
  }

  private BoilerplateRule firstRule(String line) {
    return rules.firstMatch(line);
  }

  /** Rules from the shape of a line rather than its words. */
  static String shapeReason(String line) {
    boolean oneWord = line.indexOf(' ') < 0;
    if (oneWord
        && (line.indexOf('.') >= 0 || line.contains("://"))
        && URL.matcher(line).matches()) {
      return "url";
    }
    if (oneWord && line.indexOf('@') >= 0 && EMAIL.matcher(line).matches()) {
      return "email";
    }
    String folded = RequiredText.fold(line);
    if (CAPTION.find(line, folded) || PHOTO_CREDIT.find(line, folded)) {
      return "photo-caption";
    }
    if (PLACEHOLDER.find(line, folded)) {
      return "template-placeholder";
    }
    if (isBreadcrumb(line, folded)) {
      return "breadcrumb";
    }
    if (CODE_LINE.find(line, folded) || CODE_PUNCTUATION_LINE.matcher(line).matches()) {
      return MachineData.CODE;
    }
    return machineDataShape(line);
  }

  /** Mostly not letters, with the punctuation of code or data. */
  private static String machineDataShape(String line) {
    LineShape shape = LineShape.of(line);
    if (line.length() >= MIN_MACHINE_DATA_CHARS
        && shape.letterShare < MAX_MACHINE_DATA_LETTER_SHARE
        && MACHINE_PUNCTUATION.matcher(line).find()) {
      return MachineData.JSON;
    }
    return null;
  }

  private static boolean isBreadcrumb(String line, String folded) {
    if (!BREADCRUMB_SEPARATOR.find(line, folded)) {
      return false;
    }
    String[] parts = BREADCRUMB_SEPARATOR.pattern().split(line);
    boolean arrow = ARROW.matcher(line).find();
    if (parts.length < (arrow ? 2 : 3)) {
      return false;
    }
    for (String part : parts) {
      LineShape shape = LineShape.of(part);
      if (shape.words == 0
          || shape.words > MAX_BREADCRUMB_PART_WORDS
          || part.length() > MAX_BREADCRUMB_PART_CHARS
          || shape.endsLikeSentence) {
        return false;
      }
    }
    return true;
  }

  /** Marks the headline-like lines after a related-stories header; returns the last one. */
  private int markHeadlineRun(String[] norm, String[] reasons, int header, String reason) {
    int last = header;
    int marked = 0;
    for (int j = header + 1; j < norm.length && marked < MAX_RELATED_LINES; j++) {
      if (norm[j].isEmpty()) {
        continue;
      }
      if (LineShape.of(norm[j]).isSentenceLike() || startsSection(norm[j])) {
        // a comment section's marker is judged as one, not taken for a related headline
        break;
      }
      reasons[j] = reason;
      last = j;
      marked++;
    }
    return last;
  }

  /** A fragment with boilerplate before it and boilerplate (or the page end) after it. */
  private static void markFragmentsAmidBoilerplate(String[] norm, String[] reasons) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < norm.length; i++) {
        if (reasons[i] != null || norm[i].isEmpty() || !LineShape.of(norm[i]).isFragment()) {
          continue;
        }
        int prev = i - 1;
        while (prev >= 0 && norm[prev].isEmpty()) {
          prev--;
        }
        int next = i + 1;
        while (next < norm.length && norm[next].isEmpty()) {
          next++;
        }
        boolean before = prev >= 0 && reasons[prev] != null;
        boolean after = next >= norm.length || reasons[next] != null;
        if (before && after) {
          reasons[i] = AMID_BOILERPLATE;
          changed = true;
        }
      }
    }
  }
}
