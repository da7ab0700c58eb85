package dev.wiretrace.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks the words two shared passages do not have in common, so a reader sees at a glance what a
 * copier changed. Words are compared as written: a changed quote mark or case is a change.
 */
public final class WordDiff {
  private WordDiff() {}

  /**
   * Passages longer than this many words (a page with no sentence ends) are shown unmarked: the
   * diff's cost grows with length times differences, and a report must not stall on one page.
   */
  static final int MAX_WORDS = 2_000;

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

  /**
   * Both passages as words, each word flagged when the other passage lacks it there; {@code
   * compared} is false when they were too long to compare.
   */
  public record Sides(List<Word> source, List<Word> target, boolean compared) {
    /** Words of either side that differ. */
    public int changedWords() {
      return (int)
          (source.stream().filter(Word::changed).count()
              + target.stream().filter(Word::changed).count());
    }
  }

  public record Word(String text, boolean changed) {}

  public static Sides between(String source, String target) {
    List<String> from = words(source);
    List<String> to = words(target);
    if (from.size() > MAX_WORDS || to.size() > MAX_WORDS) {
      return new Sides(
          flagged(from, new boolean[from.size()]), flagged(to, new boolean[to.size()]), false);
    }
    boolean[] fromChanged = new boolean[from.size()];
    boolean[] toChanged = new boolean[to.size()];
    if (from.equals(to)) {
      // Most passages of a reprint are copied word for word.
      return new Sides(flagged(from, fromChanged), flagged(to, toChanged), true);
    }
    Patch<String> patch = DiffUtils.diff(from, to);
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      mark(fromChanged, delta.getSource().getPosition(), delta.getSource().size());
      mark(toChanged, delta.getTarget().getPosition(), delta.getTarget().size());
    }
    return new Sides(flagged(from, fromChanged), flagged(to, toChanged), true);
  }

  /** The side's words as HTML: changed runs inside one {@code <mark>} each. */
  public static String html(List<Word> words) {
    StringBuilder out = new StringBuilder();
    boolean open = false;
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (word.changed() && !open) {
        out.append(i == 0 ? "" : " ").append("<mark>");
        open = true;
      } else if (!word.changed() && open) {
        out.append("</mark> ");
        open = false;
      } else if (i > 0) {
        out.append(' ');
      }
      out.append(Html.text(word.text()));
    }
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }

  private static List<String> words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? List.of() : Arrays.asList(SPACES.split(trimmed));
  }

  private static void mark(boolean[] changed, int from, int size) {
    Arrays.fill(changed, from, from + size, true);
  }

  private static List<Word> flagged(List<String> words, boolean[] changed) {
    List<Word> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      out.add(new Word(words.get(i), changed[i]));
    }
    return out;
  }
}
