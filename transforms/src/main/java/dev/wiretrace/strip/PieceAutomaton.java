package dev.wiretrace.strip;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of many rules' required pieces a line holds, in one pass over the line (Aho-Corasick).
 * Checking each rule's pieces with {@code String.contains} scanned a line once per piece, hundreds
 * of times; this scans it once. States step through ASCII by table and through other characters by
 * map, following failure links.
 */
final class PieceAutomaton {
  private static final int ASCII = 128;

  /** For ASCII, the full goto function (failures folded in); -1 nowhere outside the build. */
  private final int[][] asciiNext;

  /** Non-ASCII edges of the trie; a missing edge follows {@link #fail}. */
  private final List<Map<Character, Integer>> otherNext;

  private final int[] fail;

  /** The rules each state completes a piece of, its failure chain's included. */
  private final int[][] rulesAt;

  private final int ruleCount;

  /** {@code piecesByRule[r]}: rule r's folded pieces; a rule with none is left out. */
  PieceAutomaton(List<List<String>> piecesByRule) {
    ruleCount = piecesByRule.size();
    List<int[]> ascii = new ArrayList<>();
    List<Map<Character, Integer>> other = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    newState(ascii, other, ends);
    for (int rule = 0; rule < piecesByRule.size(); rule++) {
      for (String piece : piecesByRule.get(rule)) {
        int state = 0;
        for (int i = 0; i < piece.length(); i++) {
          char c = piece.charAt(i);
          int next = edge(ascii, other, state, c);
          if (next < 0) {
            next = newState(ascii, other, ends);
            if (c < ASCII) {
              ascii.get(state)[c] = next;
            } else {
              other.get(state).put(c, next);
            }
          }
          state = next;
        }
        ends.get(state).add(rule);
      }
    }
    int states = ascii.size();
    fail = new int[states];
    rulesAt = new int[states][];
    rulesAt[0] = ends.get(0).stream().mapToInt(Integer::intValue).toArray();
    // Breadth first, so a state's failure is done before its children's.
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ASCII; c++) {
      int child = ascii.get(0)[c];
      if (child < 0) {
        ascii.get(0)[c] = 0;
      } else {
        fail[child] = 0;
        queue.add(child);
      }
    }
    for (int child : other.get(0).values()) {
      fail[child] = 0;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      rulesAt[state] = merge(ends.get(state), rulesAt[fail[state]]);
      int[] row = ascii.get(state);
      int[] failRow = ascii.get(fail[state]);
      for (int c = 0; c < ASCII; c++) {
        if (row[c] < 0) {
          row[c] = failRow[c];
        } else {
          fail[row[c]] = failRow[c];
          queue.add(row[c]);
        }
      }
      for (Map.Entry<Character, Integer> e : other.get(state).entrySet()) {
        fail[e.getValue()] = otherStep(other, fail, fail[state], e.getKey());
        queue.add(e.getValue());
      }
    }
    asciiNext = ascii.toArray(new int[0][]);
    otherNext = other;
  }

  /** The rules with at least one piece in {@code foldedLine}. */
  BitSet rulesFoundIn(String foldedLine) {
    BitSet found = new BitSet(ruleCount);
    int state = 0;
    for (int i = 0; i < foldedLine.length(); i++) {
      char c = foldedLine.charAt(i);
      state = c < ASCII ? asciiNext[state][c] : otherStep(otherNext, fail, state, c);
      for (int rule : rulesAt[state]) {
        found.set(rule);
      }
    }
    return found;
  }

  private static int otherStep(List<Map<Character, Integer>> other, int[] fail, int state, char c) {
    while (true) {
      Integer next = other.get(state).get(c);
      if (next != null) {
        return next;
      }
      if (state == 0) {
        return 0;
      }
      state = fail[state];
    }
  }

  private static int edge(
      List<int[]> ascii, List<Map<Character, Integer>> other, int state, char c) {
    if (c < ASCII) {
      return ascii.get(state)[c];
    }
    Integer next = other.get(state).get(c);
    return next == null ? -1 : next;
  }

  private static int newState(
      List<int[]> ascii, List<Map<Character, Integer>> other, List<List<Integer>> ends) {
    int[] row = new int[ASCII];
    Arrays.fill(row, -1);
    ascii.add(row);
    other.add(new HashMap<>(2));
    ends.add(new ArrayList<>(1));
    return ascii.size() - 1;
  }

  private static int[] merge(List<Integer> own, int[] inherited) {
    if (own.isEmpty()) {
      return inherited;
    }
    int[] merged = Arrays.copyOf(inherited, inherited.length + own.size());
    for (int i = 0; i < own.size(); i++) {
      merged[inherited.length + i] = own.get(i);
    }
    return merged;
  }
}
