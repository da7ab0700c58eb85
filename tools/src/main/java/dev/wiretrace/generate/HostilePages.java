package dev.wiretrace.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Pages no one designed for, of the kinds a crawl carries: megabyte lines, markup soup, tracking
 * blobs, binary, other encodings, millions of lines, brackets that never close. Each kind is made
 * at a given size in bytes (about), so a page's cost can be measured against its size.
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar dev.wiretrace.generate.HostilePages &lt;folder&gt; [bytes]
 * </pre>
 */
public final class HostilePages {
  /** The size each page is made at unless told otherwise. */
  public static final int DEFAULT_BYTES = 1_000_000;

  private HostilePages() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: HostilePages <folder> [bytes per page]");
      System.exit(2);
    }
    int bytes = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_BYTES;
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> page : pages(bytes, 1).entrySet()) {
      Files.write(folder.resolve(page.getKey() + ".txt"), page.getValue());
    }
  }

  /** Every kind, by name, each about {@code bytes} long; {@code seed} varies the random ones. */
  public static Map<String, byte[]> pages(int bytes, long seed) {
    Random random = new Random(seed);
    Map<String, byte[]> pages = new LinkedHashMap<>();
    pages.put("share-bar-line", utf8(repeat("Share on Facebook ", bytes)));
    pages.put("email-like-line", utf8("x".repeat(bytes / 3) + "@" + repeat("y.", bytes * 2 / 3)));
    pages.put("prose-line-no-stop", utf8(repeat("the minister said on tuesday that ", bytes)));
    pages.put(
        "prose-line-many-sentences",
        utf8(repeat("The minister spoke on Tuesday. He left. ", bytes)));
    pages.put("million-short-lines", utf8(repeat("a\n", bytes)));
    pages.put("blank-lines", utf8(repeat("\n \n", bytes)));
    pages.put("unclosed-brackets", utf8(repeat("{\n", bytes)));
    pages.put("unclosed-json-lines", utf8(repeat("[\"a\", {\"b\": [\n", bytes)));
    pages.put("unclosed-script", utf8(repeat("<script>\nvar x = 1;\n", bytes)));
    pages.put("nested-brackets-line", utf8(repeat("(", bytes / 2) + repeat(")", bytes / 2)));
    pages.put("markup-soup", utf8(markupSoup(random, bytes)));
    pages.put("tracking-blob", utf8(base64ish(random, bytes)));
    pages.put("url-line", utf8("https://example.com/" + repeat("a/", bytes)));
    pages.put("dots", utf8(repeat(".", bytes)));
    pages.put("initials", utf8(repeat("A.B.C.D. E ", bytes)));
    pages.put("combining-marks", utf8(repeat("e\u0301\u200b", bytes / 2)));
    pages.put("fragments-amid-boilerplate", utf8(fragmentsAmidBoilerplate(bytes)));
    pages.put(
        "comment-markers",
        utf8(
            repeat("Comments (4)\nThe minister said on Tuesday that talks would go on.\n", bytes)));
    pages.put("related-headers", utf8(repeat("Related\nA Short Title Here\n", bytes)));
    pages.put(
        "same-sentence-repeated",
        utf8(
            repeat(
                "The minister said on Tuesday that the talks would go on into the night.\n\n",
                bytes)));
    pages.put("caption-like-line", utf8(repeat("(Photo ", bytes / 7) + "x"));
    pages.put("breadcrumb-line", utf8(repeat("Home > ", bytes)));
    pages.put("says-line", utf8(repeat("john ", bytes / 5) + "says:"));
    pages.put("binary", randomBytes(random, bytes));
    pages.put(
        "utf16-with-bom",
        utf16WithBom(
            repeat("The minister said on Tuesday that the talks would go on.\n", bytes / 2)));
    pages.put(
        "cr-only-line-ends",
        utf8(repeat("The minister said on Tuesday that the talks would go on.\r", bytes)));
    pages.put("nul-in-text", utf8(repeat("The minister said\u0000 on Tuesday.\n", bytes)));
    return pages;
  }

  private static String repeat(String unit, int bytes) {
    return unit.repeat(Math.max(1, bytes / unit.length()));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] utf16WithBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  private static String markupSoup(Random random, int bytes) {
    String[] pieces = {
      "<div class=\"a\">",
      "</div>",
      "<a href=\"/x?y=1&z=2\">",
      "Read",
      "more",
      "</a>",
      "{{",
      "}}",
      "&nbsp;",
      "<!--",
      "-->",
      "data-x='{\"k\":[1,2]}'",
      "|",
      ">>",
      "Share",
      "Home",
      "(",
      ")",
      "\"",
      "'",
      ":",
      ";",
      "\\",
      "<br/>",
      "\n",
      "\n\n",
      "Comments",
      "©",
      "Photo:",
      "AFP",
      "—",
      "...",
    };
    StringBuilder out = new StringBuilder(bytes + 64);
    while (out.length() < bytes) {
      out.append(pieces[random.nextInt(pieces.length)]);
      if (random.nextInt(4) == 0) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private static String base64ish(Random random, int bytes) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    StringBuilder out = new StringBuilder(bytes);
    for (int i = 0; i < bytes; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static String fragmentsAmidBoilerplate(int bytes) {
    StringBuilder out = new StringBuilder(bytes + 64);
    out.append("Home\n");
    while (out.length() < bytes - 10) {
      out.append("x y\n");
    }
    return out.append("Home\n").toString();
  }

  private static byte[] randomBytes(Random random, int bytes) {
    byte[] out = new byte[bytes];
    random.nextBytes(out);
    return out;
  }
}
