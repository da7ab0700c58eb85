package dev.wiretrace.strip;

import com.google.re2j.Pattern;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds blocks of machine data in one page's lines: JSON and JSON-LD (one line or pretty-printed),
 * PHP {@code var_dump} and {@code print_r} dumps, and script or style blocks.
 *
 * <p>A block's end is searched for up to {@link #MAX_BLOCK_LINES} lines ahead. On a page of a
 * million lines that open a bracket or a script and never close it, searching again from every line
 * would cost a billion steps, so a search that found no end is remembered: no later start inside
 * the lines it covered searches again. Each line is thus searched over at most once per kind of
 * block, and a page costs time in proportion to its length, whatever its shape.
 */
final class MachineData {
  static final String JSON = "machine-data";
  static final String PHP_DUMP = "php-dump";
  static final String CODE = "code";

  /** Past this many lines an unclosed block is not trusted to be one. */
  private static final int MAX_BLOCK_LINES = 5000;

  private static final Pattern JSON_START = Pattern.compile("^[\\[{]\\s*(\"|\\{|\\[|$)");
  private static final Pattern PHP_SCALAR =
      Pattern.compile("^(string|int|float|bool|double)\\(\\d+\\)");
  private static final Pattern PHP_COMPOUND =
      Pattern.compile("^(array|object)\\(\\w*\\)(#\\d+)?\\s*(\\(\\d+\\))?\\s*\\{\\s*$");
  private static final Pattern PRINT_R = Pattern.compile("^(Array|\\w+ Object)$");
  private static final Pattern SCRIPT_OPEN =
      Pattern.compile("^<(script|style)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODE_BLOCK_OPEN =
      Pattern.compile(
          "^((var|let|const|function|if|for|while)\\b.*|(window|document|jQuery|\\$)[.(].*|"
              + "[.#@]?[\\w-]+(\\s*[,>+~]\\s*[.#]?[\\w-]+)*\\s*|.*\\)\\s*=>\\s*)\\{\\s*$");

  /** A found block: its reason and its last line (inclusive). */
  record Block(String reason, int lastLine) {}

  private final List<String> lines;

  /** Lines before this one hold no close of a bracket block searched for before. */
  private int bracketsSearchedTo = -1;

  /** For each script or style tag, the line up to which its closing tag was looked for in vain. */
  private final Map<String, Integer> closeTagSearchedTo = new HashMap<>();

  MachineData(List<String> lines) {
    this.lines = lines;
  }

  /** The block starting at line {@code start}, or null if none starts there. */
  Block blockAt(int start) {
    String t = lines.get(start).trim();
    if (t.isEmpty() || !mayOpenBlock(t)) {
      return null;
    }
    if (PHP_SCALAR.matcher(t).find()) {
      return new Block(PHP_DUMP, start);
    }
    if (PHP_COMPOUND.matcher(t).find()) {
      return closeBrackets(start, PHP_DUMP);
    }
    if (PRINT_R.matcher(t).matches() && nextNonBlank(start).equals("(")) {
      return closeBrackets(start, PHP_DUMP);
    }
    if (SCRIPT_OPEN.matcher(t).find()) {
      return scriptBlock(start, t);
    }
    if (JSON_START.matcher(t).find()) {
      return closeBrackets(start, JSON);
    }
    if (t.endsWith("{") && CODE_BLOCK_OPEN.matcher(t).matches()) {
      return closeBrackets(start, CODE);
    }
    return null;
  }

  /** What every block's first line has: the cheap test that spares most lines every regex. */
  private static boolean mayOpenBlock(String t) {
    char first = t.charAt(0);
    return first == '<'
        || first == '['
        || first == '{'
        || t.endsWith("{")
        || t.startsWith("string(")
        || t.startsWith("int(")
        || t.startsWith("float(")
        || t.startsWith("bool(")
        || t.startsWith("double(")
        || t.equals("Array")
        || t.endsWith(" Object");
  }

  private Block scriptBlock(int start, String trimmedLine) {
    int nameEnd = 1;
    while (nameEnd < trimmedLine.length() && Character.isLetter(trimmedLine.charAt(nameEnd))) {
      nameEnd++;
    }
    String tag = trimmedLine.substring(1, nameEnd).toLowerCase(Locale.ROOT);
    int last = Math.min(lines.size(), start + MAX_BLOCK_LINES) - 1;
    int from = Math.max(start, closeTagSearchedTo.getOrDefault(tag, -1) + 1);
    for (int i = from; i <= last; i++) {
      if (lines.get(i).toLowerCase(Locale.ROOT).contains("</" + tag)) {
        return new Block(CODE, i);
      }
    }
    closeTagSearchedTo.put(tag, Math.max(last, closeTagSearchedTo.getOrDefault(tag, -1)));
    return new Block(CODE, start);
  }

  /** Follows bracket depth, outside double-quoted strings, to the line where it returns to zero. */
  private Block closeBrackets(int start, String reason) {
    if (start <= bracketsSearchedTo) {
      return null;
    }
    int depth = 0;
    boolean opened = false;
    boolean inString = false;
    for (int i = start; i < lines.size() && i - start < MAX_BLOCK_LINES; i++) {
      String line = lines.get(i);
      for (int k = 0; k < line.length(); k++) {
        char c = line.charAt(k);
        if (inString) {
          if (c == '\\') {
            k++;
          } else if (c == '"') {
            inString = false;
          }
        } else if (c == '"') {
          inString = true;
        } else if (c == '{' || c == '[' || c == '(') {
          depth++;
          opened = true;
        } else if (c == '}' || c == ']' || c == ')') {
          depth--;
        }
      }
      // A string never spans lines in these formats; a stray quote must not swallow the page.
      inString = false;
      if (opened && depth <= 0) {
        return new Block(reason, i);
      }
      bracketsSearchedTo = i;
    }
    return null;
  }

  private String nextNonBlank(int after) {
    for (int i = after + 1; i < lines.size(); i++) {
      String t = lines.get(i).trim();
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }
}
