package dev.wiretrace.strip;

import com.google.re2j.Pattern;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pieces of text of which every match of a regex contains at least one, read from the regex: for
 * {@code \b(we use cookies|cookie policy)\b} they are "we use cookies" and "cookie policy". A line
 * containing none of them cannot match, and checking that with {@code String.contains} is far
 * cheaper than letting the regex try every position of a long line, which is what most lines of
 * running text would otherwise cost. The check is a necessary condition only: a line that passes
 * still goes to the regex.
 *
 * <p>Both sides are compared case-folded as case-insensitive RE2 matching folds characters, so the
 * check holds with or without case-insensitive matching. Regex syntax this reader does not follow
 * (a character range, {@code \Q}, comments mode, ...) gives no pieces, and then every line passes.
 */
public final class RequiredText implements Serializable {
  private static final int MAX_EXACT = 64;
  private static final RequiredText ANY = new RequiredText(null);

  /** Folded pieces; null when the regex gave none and every line must be tried. */
  private final String[] pieces;

  private RequiredText(String[] pieces) {
    this.pieces = pieces;
  }

  public static RequiredText of(Pattern pattern) {
    try {
      Parser parser = new Parser(pattern.pattern());
      Info root = parser.alternation();
      if (parser.pos != parser.regex.length()) {
        return ANY;
      }
      Set<String> required = root.required();
      if (required == null || required.contains("")) {
        return ANY;
      }
      return new RequiredText(required.toArray(new String[0]));
    } catch (Unsupported e) {
      return ANY;
    }
  }

  /** True when {@code foldedLine} (see {@link #fold}) contains one of the pieces. */
  public boolean foundIn(String foldedLine) {
    if (pieces == null) {
      return true;
    }
    for (String piece : pieces) {
      if (foldedLine.contains(piece)) {
        return true;
      }
    }
    return false;
  }

  /** True when the regex gave pieces to check. */
  public boolean filters() {
    return pieces != null;
  }

  List<String> pieces() {
    return pieces == null ? List.of() : List.of(pieces);
  }

  /** Case-folds text one character at a time, the way case-insensitive RE2 matching compares. */
  public static String fold(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(f);
      }
    }
    return out == null ? text : out.toString();
  }

  private static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** What a part of a regex is known to match. */
  private record Info(Set<String> exact, Set<String> anyOf) {
    static final Info UNKNOWN = new Info(null, null);
    static final Info EMPTY = new Info(Set.of(""), null);

    /** A set of which every match contains one, or null. */
    Set<String> required() {
      return exact != null ? exact : anyOf;
    }

    static Info exact(Set<String> strings) {
      return strings.size() <= MAX_EXACT ? new Info(strings, null) : new Info(null, strings);
    }

    static Info concat(Info a, Info b) {
      if (a.exact != null && b.exact != null && a.exact.size() * b.exact.size() <= MAX_EXACT) {
        Set<String> product = new LinkedHashSet<>();
        for (String x : a.exact) {
          for (String y : b.exact) {
            product.add(x + y);
          }
        }
        return new Info(product, null);
      }
      return new Info(null, better(a.required(), b.required()));
    }

    static Info either(Info a, Info b) {
      if (a.exact != null && b.exact != null) {
        Set<String> union = new LinkedHashSet<>(a.exact);
        union.addAll(b.exact);
        return exact(union);
      }
      Set<String> ra = a.required();
      Set<String> rb = b.required();
      if (ra == null || rb == null) {
        return UNKNOWN;
      }
      Set<String> union = new LinkedHashSet<>(ra);
      union.addAll(rb);
      return new Info(null, union);
    }

    /** The set whose shortest piece is longest, then the smaller: the rarer to find by chance. */
    static Set<String> better(Set<String> a, Set<String> b) {
      if (a == null || a.contains("")) {
        return b;
      }
      if (b == null || b.contains("")) {
        return a;
      }
      int la = shortest(a);
      int lb = shortest(b);
      return lb > la || (lb == la && b.size() < a.size()) ? b : a;
    }

    private static int shortest(Set<String> strings) {
      return strings.stream().mapToInt(String::length).min().orElse(0);
    }
  }

  private static final class Unsupported extends Exception {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent reader of the common part of RE2's (and Java's) regex syntax. */
  private static final class Parser {
    final String regex;
    int pos;

    Parser(String regex) {
      this.regex = regex;
    }

    Info alternation() throws Unsupported {
      Info result = sequence();
      while (pos < regex.length() && regex.charAt(pos) == '|') {
        pos++;
        result = Info.either(result, sequence());
      }
      return result;
    }

    /**
     * Runs of exactly known atoms are joined into longer pieces; an atom matching unknown text ends
     * a run, and the sequence keeps the best run or atom piece it has seen.
     */
    private Info sequence() throws Unsupported {
      Info run = Info.EMPTY;
      Set<String> best = null;
      boolean exact = true;
      while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
        Info next = quantified(atom());
        if (next.exact() != null) {
          Info joined = Info.concat(run, next);
          if (joined.exact() == null) {
            best = Info.better(best, run.exact());
            exact = false;
            joined = next;
          }
          run = joined;
        } else {
          best = Info.better(Info.better(best, run.exact()), next.anyOf());
          exact = false;
          run = Info.EMPTY;
        }
      }
      return exact ? run : new Info(null, Info.better(best, run.exact()));
    }

    private Info quantified(Info atom) throws Unsupported {
      if (pos >= regex.length()) {
        return atom;
      }
      char c = regex.charAt(pos);
      int min;
      int max;
      if (c == '?' || c == '*' || c == '+') {
        pos++;
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : Integer.MAX_VALUE;
      } else if (c == '{') {
        int close = regex.indexOf('}', pos);
        if (close < 0) {
          throw new Unsupported();
        }
        String[] bounds = regex.substring(pos + 1, close).split(",", -1);
        try {
          min = Integer.parseInt(bounds[0].trim());
          max =
              bounds.length == 1
                  ? min
                  : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
        } catch (NumberFormatException e) {
          throw new Unsupported();
        }
        pos = close + 1;
      } else {
        return atom;
      }
      if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
        pos++; // lazy or possessive: the same strings can match
      }
      if (min == 1 && max == 1) {
        return atom;
      }
      if (min >= 1) {
        return new Info(null, atom.required());
      }
      if (max == 1 && atom.exact != null) {
        Set<String> optional = new LinkedHashSet<>(atom.exact);
        optional.add("");
        return Info.exact(optional);
      }
      return Info.UNKNOWN;
    }

    private Info atom() throws Unsupported {
      char c = regex.charAt(pos++);
      switch (c) {
        case '^', '$':
          return Info.EMPTY;
        case '.':
          return Info.UNKNOWN;
        case '[':
          return characterClass();
        case '(':
          return group();
        case '\\':
          return escape();
        case '*', '+', '?', '{', ')':
          throw new Unsupported();
        default:
          if (Character.isSurrogate(c)) {
            throw new Unsupported();
          }
          return literal(c);
      }
    }

    private Info group() throws Unsupported {
      boolean zeroWidth = false;
      if (regex.startsWith("?", pos)) {
        if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
          pos += 2;
        } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
          pos += 2;
          zeroWidth = true;
        } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
          pos += 3;
          zeroWidth = true;
        } else {
          // inline flags, "(?i)" or "(?i:...)"; comments mode changes what the text means
          int end = pos + 1;
          while (end < regex.length() && "idmsuxU-".indexOf(regex.charAt(end)) >= 0) {
            end++;
          }
          String flags = regex.substring(pos + 1, end);
          if (end >= regex.length() || flags.contains("x") || flags.isEmpty()) {
            throw new Unsupported();
          }
          if (regex.charAt(end) == ')') {
            pos = end + 1;
            return Info.EMPTY;
          }
          if (regex.charAt(end) != ':') {
            throw new Unsupported();
          }
          pos = end + 1;
        }
      }
      Info inner = alternation();
      if (pos >= regex.length() || regex.charAt(pos) != ')') {
        throw new Unsupported();
      }
      pos++;
      return zeroWidth ? Info.EMPTY : inner;
    }

    private Info escape() throws Unsupported {
      if (pos >= regex.length()) {
        throw new Unsupported();
      }
      char c = regex.charAt(pos++);
      switch (c) {
        case 'b', 'B', 'A', 'z', 'Z', 'G':
          return Info.EMPTY;
        case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
          return Info.UNKNOWN;
        case 'p', 'P':
          if (pos < regex.length() && regex.charAt(pos) == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
              throw new Unsupported();
            }
            pos = close + 1;
          } else {
            pos++;
          }
          return Info.UNKNOWN;
        case 't':
          return literal('\t');
        case 'n':
          return literal('\n');
        case 'r':
          return literal('\r');
        case 'f':
          return literal('\f');
        default:
          if (Character.isLetterOrDigit(c)) {
            throw new Unsupported(); // quoting, hex and octal escapes, back-references, ...
          }
          return literal(c);
      }
    }

    /** A class of plain characters gives its characters; anything richer, any character. */
    private Info characterClass() throws Unsupported {
      Set<String> chars = new LinkedHashSet<>();
      boolean plain = true;
      if (pos < regex.length() && regex.charAt(pos) == '^') {
        plain = false;
        pos++;
      }
      if (pos < regex.length() && regex.charAt(pos) == ']') {
        throw new Unsupported(); // whether a leading ']' closes the class is too subtle to follow
      }
      while (pos < regex.length()) {
        char c = regex.charAt(pos++);
        if (c == ']') {
          return plain && !chars.isEmpty() ? Info.exact(chars) : Info.UNKNOWN;
        }
        if (c == '[') {
          throw new Unsupported(); // unions and intersections
        }
        if (c == '\\') {
          if (pos >= regex.length()) {
            throw new Unsupported();
          }
          char e = regex.charAt(pos++);
          if (e == 'p' || e == 'P') {
            plain = false;
            if (pos < regex.length() && regex.charAt(pos) == '{') {
              int close = regex.indexOf('}', pos);
              if (close < 0) {
                throw new Unsupported();
              }
              pos = close + 1;
            } else {
              pos++;
            }
          } else if (Character.isLetterOrDigit(e)) {
            if ("dDwWsShHvV".indexOf(e) < 0 && "tnrf".indexOf(e) < 0) {
              throw new Unsupported();
            }
            plain = false;
          } else {
            chars.add(String.valueOf(fold(e)));
          }
        } else if (c == '-' || c == '&' || Character.isSurrogate(c)) {
          plain = false;
        } else {
          chars.add(String.valueOf(fold(c)));
        }
      }
      throw new Unsupported();
    }

    private static Info literal(char c) {
      return new Info(Set.of(String.valueOf(fold(c))), null);
    }
  }
}
