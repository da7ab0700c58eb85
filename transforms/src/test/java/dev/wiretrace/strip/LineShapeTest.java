package dev.wiretrace.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineShapeTest {
  @Test
  void theShortcutForLatinTextAgreesWithTheScriptOfEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      boolean unspaced =
          script == Character.UnicodeScript.HAN
              || script == Character.UnicodeScript.HIRAGANA
              || script == Character.UnicodeScript.KATAKANA;
      assertEquals(unspaced, LineShape.isUnspacedScript((char) c), Integer.toHexString(c));
    }
  }

  @Test
  void countsTwoCharactersOfChineseAsAWord() {
    assertEquals(1 + 3, LineShape.of("北京新闻报道").words);
    assertEquals(3, LineShape.of("Reuters reported today").words);
  }
}
