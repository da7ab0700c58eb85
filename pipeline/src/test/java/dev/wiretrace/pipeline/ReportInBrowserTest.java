package dev.wiretrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' report as a reader sees it: opened from disk in a real headless browser, with its
 * scripts run under the page's own security policy. CI installs Chromium and sets
 * WIRETRACE_REQUIRE_BROWSER, so there a missing browser fails; elsewhere the test is skipped.
 */
class ReportInBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

  @TempDir static Path output;
  @TempDir static Path browserProfile;
  private static String browser;

  @BeforeAll
  static void runOnSeedsAndFindABrowser() throws IOException {
    browser = findBrowser();
    if (browser == null) {
      String message = "no chromium on PATH: the report is not checked in a browser";
      if (System.getenv("WIRETRACE_REQUIRE_BROWSER") != null) {
        throw new IllegalStateException(message + ", and WIRETRACE_REQUIRE_BROWSER is set");
      }
      Assumptions.abort(message);
    }
    assertEquals(
        0,
        WiretracePipeline.run(
            SampleInputEndToEndTest.options(SampleInputEndToEndTest.SAMPLE_INPUT, output)));
    Files.createDirectories(SCREENSHOTS);
  }

  @Test
  void theOutletGraphShowsTheChainFromAfpThroughPressTvToFna() throws Exception {
    String dom = dumpDom(output.resolve("report/index.html"));
    String svg = between(dom, "<svg", "</svg>");
    for (String outlet : List.of("AFP (wire, not in corpus)", "Press TV", "FNA")) {
      assertTrue(svg.contains(">" + outlet + "</text>"), outlet + " is drawn: " + svg);
    }
    assertTrue(svg.contains("data-source=\"AFP\" data-target=\"Press TV\""), svg);
    assertTrue(svg.contains("data-source=\"Press TV\" data-target=\"FNA\""), svg);
    assertTrue(svg.contains("<title id=\"svg-title\">"), "the picture has a text alternative");
    // Written by the search script: proof that it ran under the page's policy.
    assertTrue(dom.contains("1 of 1 stories shown"), "the search script ran");
  }

  @Test
  void thePressTvToFnaCopyShowsBothPassagesWithTheirDifferencesMarked() throws Exception {
    String index = Files.readString(output.resolve("report/index.html"));
    Matcher story = Pattern.compile("href=\"(stories/story-\\d+\\.html)\"").matcher(index);
    assertTrue(story.find(), "the index links the story");
    String dom = dumpDom(output.resolve("report").resolve(story.group(1)));
    String section = between(dom, "<h3>Press TV → FNA</h3>", "</section>");
    List<String[]> rows = new ArrayList<>();
    Matcher row =
        Pattern.compile("<tr><td>(.*?)</td><td>(.*?)</td></tr>", Pattern.DOTALL).matcher(section);
    while (row.find()) {
      rows.add(new String[] {row.group(1), row.group(2)});
    }
    assertTrue(rows.size() >= 5, "the shared passages, side by side: " + rows.size());
    String[] lead = rows.get(0);
    assertTrue(lead[0].contains("Sergei Lavrov has <mark>underlined"), lead[0]);
    assertTrue(lead[1].contains("Sergei Lavrov has <mark>said Wednesday"), lead[1]);
    assertTrue(
        rows.stream().anyMatch(r -> r[1].contains("<mark>Syria; Press TV reported.</mark>")),
        "FNA's added attribution is marked");
    assertTrue(
        rows.stream().anyMatch(r -> !r[0].contains("<mark>") && !r[1].contains("<mark>")),
        "a passage copied word for word has nothing marked");
    screenshot(output.resolve("report").resolve(story.group(1)), "story.png", 2400);
  }

  @Test
  void theFrontPageIsNotBlank() throws Exception {
    Path png = screenshot(output.resolve("report/index.html"), "index.png", 1600);
    BufferedImage image = ImageIO.read(png.toFile());
    Set<Integer> colours = new HashSet<>();
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb != 0xffffff) {
          inked++;
        }
      }
    }
    long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertTrue(colours.size() > 50, "colours in the screenshot: " + colours.size());
    assertTrue(inked > sampled / 50, "pixels not white: " + inked + " of " + sampled);
  }

  private static String findBrowser() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir :
          System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return null;
  }

  private static String dumpDom(Path page) throws Exception {
    return new String(
        runBrowser(List.of("--dump-dom", page.toUri().toString())), StandardCharsets.UTF_8);
  }

  private static Path screenshot(Path page, String name, int height) throws Exception {
    Path png = SCREENSHOTS.resolve(name).toAbsolutePath();
    Files.deleteIfExists(png);
    runBrowser(
        List.of(
            "--screenshot=" + png,
            "--window-size=1280," + height,
            "--hide-scrollbars",
            page.toUri().toString()));
    assertTrue(Files.size(png) > 10_000, "a screenshot was written: " + png);
    return png;
  }

  private static byte[] runBrowser(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(browser);
    // Root in a container has no user namespace for the sandbox; the pages are our own files.
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--user-data-dir=" + browserProfile));
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the browser did not finish: " + command);
    }
    assertEquals(0, process.exitValue(), "browser exit: " + command);
    return out;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertTrue(from >= 0, "page holds " + start);
    int to = text.indexOf(end, from);
    assertTrue(to >= 0, "page holds " + end + " after " + start);
    return text.substring(from, to + end.length());
  }
}
