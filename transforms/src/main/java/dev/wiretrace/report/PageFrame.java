package dev.wiretrace.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The parts every report page shares: the document head with its inline style, and the end. */
final class PageFrame {
  private PageFrame() {}

  // Inline, so a page opens from disk, alone or attached to an e-mail, with nothing to fetch.
  private static final String STYLE =
      "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;"
          + "background:#fff;margin:0 auto;max-width:1200px;padding:0 1.2em 3em}"
          + "h1{font-size:1.6em;margin:.8em 0 .2em}h2{font-size:1.25em;margin-top:1.8em;"
          + "border-bottom:1px solid #ccd;padding-bottom:.2em}h3{font-size:1.05em;margin:1.4em 0 .3em}"
          + "a{color:#0a4fa0}a:focus,input:focus{outline:3px solid #f5a623;outline-offset:1px}"
          + "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{text-align:left;"
          + "vertical-align:top;padding:.3em .5em;border-bottom:1px solid #e2e4ea}"
          + "th{background:#f1f3f7}td.n{text-align:right;font-variant-numeric:tabular-nums}"
          + "mark{background:#ffd36b;color:#000;padding:0 1px}.muted{color:#555}"
          + ".badge{display:inline-block;padding:0 .45em;border-radius:.6em;font-size:.85em;"
          + "border:1px solid #889}.primary{background:#dff2e1}.secondary{background:#eef0f4}"
          + "figure{margin:1em 0;overflow-x:auto}figcaption{color:#555;font-size:.9em}"
          + "table.passages td{width:50%;font-size:.95em}.edge{border-left:4px solid #c9d3e0;"
          + "padding-left:.9em;margin:1.2em 0}code{font-size:.9em}"
          + "input[type=search]{font-size:1em;padding:.35em .5em;width:min(32em,100%)}"
          + ".graph text{font:13px sans-serif;fill:#111}"
          + "dl.counts{display:grid;grid-template-columns:repeat(auto-fill,minmax(15em,1fr));gap:.2em 1.2em;"
          + "margin:.5em 0}dl.counts div{display:flex;justify-content:space-between;border-bottom:1px solid"
          + " #e2e4ea;padding:.15em 0}dl.counts dt{color:#333}dl.counts dd{margin:0 0 0 .6em;font-weight:600;"
          + "font-variant-numeric:tabular-nums;overflow-wrap:anywhere}"
          // A list of thousands of stories: fixed columns, and rows off screen not laid out.
          + "table.stories{table-layout:fixed}table.stories th:nth-child(1){width:7em}"
          + "table.stories th:nth-child(2){width:6em}table.stories tbody tr{content-visibility:auto;"
          + "contain-intrinsic-size:auto 2.2em}";

  /** The head, with a policy that runs no script but {@code script} (null: none at all). */
  static String head(String title, String pathToRoot, @Nullable String script) {
    String scripts = script == null ? "'none'" : "'" + sha256(script) + "'";
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // No script or style from elsewhere, ever: the page shows text scraped from the open web.
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' data:;"
        + " style-src 'unsafe-inline'; script-src "
        + scripts
        + "\">\n"
        + "<title>"
        + Html.text(title)
        + "</title>\n<style>"
        + STYLE
        + "</style>\n</head>\n<body>\n<p class=\"muted\"><a href=\""
        + pathToRoot
        + "index.html\">wiretrace report</a></p>\n<main>\n";
  }

  /** The end of the page, with the script the head allowed, if any. */
  static String end(@Nullable String script) {
    return "</main>\n"
        + (script == null ? "" : "<script>" + script + "</script>\n")
        + "</body>\n</html>\n";
  }

  private static String sha256(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
