package dev.wiretrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void cleanUtf8IsDecodedWithoutNote() {
    DecodedText decoded =
        TextDecoder.decode("Lavrov’s “honest” talks".getBytes(StandardCharsets.UTF_8));
    assertFalse(decoded.isRejected());
    assertEquals("Lavrov’s “honest” talks", decoded.text());
    assertNull(decoded.note());
  }

  @Test
  void windows1252FileIsReadNotRejected() {
    byte[] bytes = "It don’t “matter” – café".getBytes(Charset.forName("windows-1252"));
    DecodedText decoded = TextDecoder.decode(bytes);
    assertFalse(decoded.isRejected());
    assertEquals("It don’t “matter” – café", decoded.text());
    assertTrue(decoded.note().contains("Windows-1252"), decoded.note());
  }

  @Test
  void strayWindows1252BytesInsideUtf8KeepTheUtf8() {
    byte[] utf8 = "naïve ".getBytes(StandardCharsets.UTF_8);
    byte[] stray = {(byte) 0x93, 'q', (byte) 0x94};
    byte[] bytes = new byte[utf8.length + stray.length];
    System.arraycopy(utf8, 0, bytes, 0, utf8.length);
    System.arraycopy(stray, 0, bytes, utf8.length, stray.length);
    DecodedText decoded = TextDecoder.decode(bytes);
    assertEquals("naïve “q”", decoded.text());
    assertEquals("2 invalid UTF-8 byte(s) decoded as Windows-1252", decoded.note());
  }

  @Test
  void emptyAndBlankFilesAreRejected() {
    assertEquals(TextDecoder.EMPTY_FILE, TextDecoder.decode(new byte[0]).rejectReason());
    assertEquals(
        TextDecoder.EMPTY_FILE,
        TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)).rejectReason());
  }

  @Test
  void binaryFilesAreRejectedWithTheirKind() {
    DecodedText pdf = TextDecoder.decode("%PDF-1.4 stuff".getBytes(StandardCharsets.US_ASCII));
    assertEquals(TextDecoder.NOT_TEXT, pdf.rejectReason());
    assertTrue(pdf.rejectDetail().contains("PDF"));
    DecodedText nul = TextDecoder.decode(new byte[] {'a', 'b', 0, 'c'});
    assertEquals(TextDecoder.NOT_TEXT, nul.rejectReason());
    assertTrue(nul.rejectDetail().contains("NUL byte at offset 2"));
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() {
    byte[] bytes = "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE);
    DecodedText decoded = TextDecoder.decode(bytes);
    assertFalse(decoded.isRejected());
    assertEquals("Hello", decoded.text());
  }

  @Test
  void lineEndingsAndByteOrderMarkAreNormalised() {
    DecodedText decoded =
        TextDecoder.decode("\uFEFFone\r\ntwo\rthree".getBytes(StandardCharsets.UTF_8));
    assertEquals("one\ntwo\nthree", decoded.text());
  }
}
