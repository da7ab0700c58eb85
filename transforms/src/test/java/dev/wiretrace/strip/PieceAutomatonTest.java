package dev.wiretrace.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PieceAutomatonTest {
  /** What the automaton must agree with: each rule's pieces looked for one by one. */
  private static BitSet oneByOne(List<List<String>> piecesByRule, String line) {
    BitSet found = new BitSet();
    for (int rule = 0; rule < piecesByRule.size(); rule++) {
      for (String piece : piecesByRule.get(rule)) {
        if (line.contains(piece)) {
          found.set(rule);
        }
      }
    }
    return found;
  }

  @Test
  void findsOverlappingAndNestedPiecesAndLettersBeyondAscii() {
    List<List<String>> rules =
        List.of(
            List.of("he", "she"),
            List.of("his", "hers"),
            List.of(),
            List.of("ß", "straße"),
            List.of("用户", "评论"),
            List.of("e"));
    for (String line :
        List.of("ushers", "this", "", "strasse", "die straße", "用户评论", "评", "xyz", "h", "shis")) {
      assertEquals(oneByOne(rules, line), new PieceAutomaton(rules).rulesFoundIn(line), line);
    }
  }

  @Test
  void agreesWithLookingForEachPieceOnRandomText() {
    Random random = new Random(7);
    String alphabet = "abcab é中";
    List<List<String>> rules = new ArrayList<>();
    for (int r = 0; r < 60; r++) {
      List<String> pieces = new ArrayList<>();
      for (int p = random.nextInt(3); p >= 0; p--) {
        pieces.add(randomText(random, alphabet, 1 + random.nextInt(4)));
      }
      rules.add(pieces);
    }
    PieceAutomaton automaton = new PieceAutomaton(rules);
    for (int n = 0; n < 2_000; n++) {
      String line = randomText(random, alphabet, random.nextInt(30));
      assertEquals(oneByOne(rules, line), automaton.rulesFoundIn(line), line);
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
