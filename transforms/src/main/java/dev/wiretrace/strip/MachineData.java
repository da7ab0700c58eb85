package dev.wiretrace.strip;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds blocks of machine data in scraped text: JSON and JSON-LD (one line or pretty-printed), PHP
 * {@code var_dump} and {@code print_r} dumps, and script or style blocks.
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
  private static final Pattern PHP_COMPOUND = Pattern.compile("^(array|object)\\(\\w*\\)(#\\d+)?\\s*(\\(\\d+\\))?\\s*\\{\\s*$");
  private static final Pattern PRINT_R = Pattern.compile("^(Array|\\w+ Object)$");
  private static final Pattern SCRIPT_OPEN =
      Pattern.compile("^<(script|style)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODE_BLOCK_OPEN =
      Pattern.compile(
          "^((var|let|const|function|if|for|while)\\b.*|(window|document|jQuery|\\$)[.(].*|"
              + "[.#@]?[\\w-]+(\\s*[,>+~]\\s*[.#]?[\\w-]+)*\\s*|.*\\)\\s*=>\\s*)\\{\\s*$");

  /** A found block: its reason and its last line (inclusive). */
  record Block(String reason, int lastLine) {}

  private MachineData() {}

  /** The block starting at line {@code start}, or null if none starts there. */
  static Block blockAt(List<String> lines, int start) {
    String t = lines.get(start).trim();
    if (PHP_SCALAR.matcher(t).find()) {
      return new Block(PHP_DUMP, start);
    }
    if (PHP_COMPOUND.matcher(t).find()) {
      return closeBrackets(lines, start, PHP_DUMP);
    }
    if (PRINT_R.matcher(t).matches() && nextNonBlank(lines, start).equals("(")) {
      return closeBrackets(lines, start, PHP_DUMP);
    }
    if (SCRIPT_OPEN.matcher(t).find()) {
      String tag = t.substring(1).split("[\\s>]", 2)[0].toLowerCase(java.util.Locale.ROOT);
      for (int i = start; i < lines.size() && i - start < MAX_BLOCK_LINES; i++) {
        if (lines.get(i).toLowerCase(java.util.Locale.ROOT).contains("</" + tag)) {
          return new Block(CODE, i);
        }
      }
      return new Block(CODE, start);
    }
    if (JSON_START.matcher(t).find()) {
      return closeBrackets(lines, start, JSON);
    }
    if (t.endsWith("{") && CODE_BLOCK_OPEN.matcher(t).matches()) {
      return closeBrackets(lines, start, CODE);
    }
    return null;
  }

  /** Follows bracket depth, outside double-quoted strings, to the line where it returns to zero. */
  private static Block closeBrackets(List<String> lines, int start, String reason) {
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
    }
    return null;
  }

  private static String nextNonBlank(List<String> lines, int after) {
    for (int i = after + 1; i < lines.size(); i++) {
      String t = lines.get(i).trim();
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }
}
