package dev.wiretrace.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonLinesTest {
  /** The sort key's padding is the one {@code String.format} gave, so files sort as before. */
  @Test
  void zeroPaddingIsTheFormattersForEveryWidth() {
    for (int n :
        new int[] {
          0,
          1,
          9,
          10,
          99,
          12345,
          999_999_999,
          1_000_000_000,
          Integer.MAX_VALUE,
          -1,
          Integer.MIN_VALUE
        }) {
      assertEquals(String.format("%010d", n), JsonLines.zeroPadded(n), "n = " + n);
    }
  }
}
