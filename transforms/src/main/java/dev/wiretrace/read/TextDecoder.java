package dev.wiretrace.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a file's bytes into text, or says why they are not text.
 *
 * <p>Scraped corpora mix encodings: most files are UTF-8, some are Windows-1252, and some are UTF-8
 * with a few stray Windows-1252 bytes pasted in. Each malformed UTF-8 sequence is therefore decoded
 * on its own as Windows-1252, so one bad byte never costs the rest of the document.
 */
public final class TextDecoder {
  public static final String EMPTY_FILE = "empty-file";
  public static final String NOT_TEXT = "not-text";

  private static final int SNIFF_BYTES = 64 * 1024;

  /** More control characters than this share of the sniffed bytes means binary data. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private static final char[] WINDOWS_1252 = windows1252Table();

  private record Magic(String name, byte[] prefix) {}

  private static final List<Magic> BINARY_MAGIC =
      List.of(
          new Magic("PDF", new byte[] {'%', 'P', 'D', 'F'}),
          new Magic("PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
          new Magic("JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
          new Magic("GIF", new byte[] {'G', 'I', 'F', '8'}),
          new Magic("ZIP", new byte[] {'P', 'K', 3, 4}),
          new Magic("gzip", new byte[] {0x1F, (byte) 0x8B}));

  private TextDecoder() {}

  public static DecodedText decode(byte[] bytes) {
    if (bytes.length == 0) {
      return DecodedText.rejected(EMPTY_FILE, "the file has no bytes");
    }
    for (Magic magic : BINARY_MAGIC) {
      if (startsWith(bytes, magic.prefix())) {
        return DecodedText.rejected(NOT_TEXT, "binary content (" + magic.name() + " signature)");
      }
    }
    String text;
    String note = null;
    Charset utf16 = utf16ByBom(bytes);
    if (utf16 != null) {
      text = new String(bytes, utf16);
      note = "decoded as UTF-16 (byte-order mark)";
    } else {
      String binaryReason = binaryReason(bytes);
      if (binaryReason != null) {
        return DecodedText.rejected(NOT_TEXT, binaryReason);
      }
      StringBuilder out = new StringBuilder(bytes.length);
      int fallbackBytes = decodeUtf8WithFallback(bytes, out);
      text = out.toString();
      if (fallbackBytes > 0) {
        note = fallbackBytes + " invalid UTF-8 byte(s) decoded as Windows-1252";
      }
    }
    text = normaliseLineEndings(stripBom(text));
    if (text.isBlank()) {
      return DecodedText.rejected(EMPTY_FILE, "the file holds only white space");
    }
    return DecodedText.text(text, note);
  }

  /** Decodes into {@code out}; returns how many bytes needed the Windows-1252 fallback. */
  static int decodeUtf8WithFallback(byte[] bytes, StringBuilder out) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chunk = CharBuffer.allocate(Math.min(bytes.length + 16, 1 << 16));
    int fallbackBytes = 0;
    while (true) {
      CoderResult result = decoder.decode(in, chunk, true);
      drain(chunk, out);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isError()) {
        for (int i = 0; i < result.length(); i++) {
          out.append(WINDOWS_1252[in.get() & 0xFF]);
        }
        fallbackBytes += result.length();
      }
    }
    decoder.flush(chunk);
    drain(chunk, out);
    return fallbackBytes;
  }

  private static void drain(CharBuffer chunk, StringBuilder out) {
    chunk.flip();
    out.append(chunk);
    chunk.clear();
  }

  private static String binaryReason(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "binary content (NUL byte at offset " + i + ")";
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > n * MAX_CONTROL_SHARE) {
      return String.format("binary content (%d control bytes in the first %d)", control, n);
    }
    return null;
  }

  private static Charset utf16ByBom(byte[] bytes) {
    if (bytes.length >= 2) {
      if ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
        return StandardCharsets.UTF_16;
      }
      if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
        return StandardCharsets.UTF_16;
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String normaliseLineEndings(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static char[] windows1252Table() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    String decoded = new String(all, Charset.forName("windows-1252"));
    char[] table = new char[256];
    for (int i = 0; i < 256; i++) {
      table[i] = decoded.charAt(i);
    }
    return table;
  }
}
