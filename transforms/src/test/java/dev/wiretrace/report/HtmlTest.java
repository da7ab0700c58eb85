package dev.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void markupInScrapedTextBecomesText() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/textarea&gt; it&#39;s",
        Html.text("<script>alert(\"x\")</script> & </textarea> it's"));
  }

  @Test
  void controlCharactersThatXmlForbidsBecomeSpaces() {
    assertEquals("a b\tc\nd", Html.text("a\u0001b\tc\nd"));
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertEquals("https://example.org/a?b=1", Html.safeUrl(" https://example.org/a?b=1 "));
    assertNull(Html.safeUrl("javascript:alert(1)"));
    assertNull(Html.safeUrl("JavaScript:alert(1)"));
    assertNull(Html.safeUrl("data:text/html,<script>alert(1)</script>"));
    assertNull(Html.safeUrl("http://example.org/a b"));
    assertNull(Html.safeUrl(null));
  }
}
