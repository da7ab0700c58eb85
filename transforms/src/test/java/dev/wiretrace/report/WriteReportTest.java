package dev.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.graph.CitationGraph;
import dev.wiretrace.graph.GraphJson;
import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.SharedPassage;
import dev.wiretrace.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a small graph: three stories, one of them hostile (markup in its title, its
 * passages and its URL), written with one spool per story so the streaming path is the one run.
 */
class WriteReportTest {
  private static final String HOSTILE = "Breaking </textarea><script>alert('owned')</script>";

  @TempDir static Path output;
  private static WriteReport.Written written;

  private static GraphNode document(
      String id, String outlet, String title, String url, String published) {
    return document(id, outlet, title, url, published, null);
  }

  private static GraphNode document(
      String id, String outlet, String title, String url, String published, String night) {
    DocumentMeta meta =
        Fixtures.meta(id, outlet).toBuilder()
            .setUrl(url)
            .setPublished(published)
            .setNight(night)
            .build();
    DocumentProfile profile =
        DocumentProfile.create(Fixtures.clues(meta, 100), title, List.of("Text."));
    return GraphNode.document(profile);
  }

  private static CopyEdge edge(
      String source,
      String target,
      boolean primary,
      List<String> via,
      String sourceText,
      String targetText) {
    return CopyEdge.builder()
        .setSource(source)
        .setTarget(target)
        .setPrimary(primary)
        .setSharedWords(40)
        .setScore(0.5)
        .setConfidence(Confidence.HIGH)
        .setReasons(List.of("reason with <b>markup</b>"))
        .setVia(via)
        .setPassages(List.of(SharedPassage.create(sourceText, targetText, 12)))
        .build();
  }

  @BeforeAll
  static void writeReport() throws IOException {
    List<GraphNode> nodes =
        List.of(
            document(
                "a1",
                "Alpha News",
                "Floods hit the coast",
                "https://alpha.example/floods",
                "2026-01-01T08:00:00Z"),
            document(
                "a2", "Beta Daily", "Coast floods", "javascript:alert(1)", "2026-01-01T09:00:00Z"),
            document("a3", "Gamma Post", HOSTILE, null, null),
            document(
                "b1",
                "Delta Times",
                "Election results",
                "https://delta.example/results",
                null,
                "2026-11-21"),
            document("b2", "Epsilon", "Results are in", null, null, "2026-11-22"),
            document("c1", "Zeta", "Unrelated wire story", null, null));
    List<CopyEdge> edges =
        List.of(
            edge(
                "a1",
                "a2",
                true,
                List.of(),
                "The floods hit the coast on Monday.",
                "Floods hit the coast on Monday."),
            edge("a2", "a3", true, List.of(), "Floods hit the coast.", HOSTILE),
            edge(
                "wire:AFP",
                "a1",
                false,
                List.of(),
                "Floods hit the coast.",
                "The floods hit the coast."),
            edge("b1", "b2", true, List.of(), "The results are in.", "Results are in."),
            // The same agency's wire feeds an unrelated story: the wire must not join the two.
            edge("wire:AFP", "c1", true, List.of(), "Wire text.", "Wire text here."));
    CitationGraph graph = CitationGraph.build(nodes, edges);
    Files.writeString(output.resolve("graph.json"), GraphJson.render(graph));
    Files.writeString(
        output.resolve("stripped.jsonl"),
        "{\"doc\":\"a1\",\"line\":1,\"text\":\"Share on <b>Facebook</b>\",\"reason\":\"share-widget\"}\n"
            + "{\"doc\":\"a2\",\"line\":3,\"text\":\"Comments (4)\",\"reason\":\"comment-section\"}\n");
    Files.writeString(
        output.resolve("rejects.jsonl"),
        "{\"input\":\"bad<script>.txt\",\"reason\":\"empty\",\"detail\":\"no text after stripping\"}\n");
    Map<String, String> summary = new LinkedHashMap<>();
    summary.put("files read", "7");
    written = WriteReport.write(output.toString(), summary, 1);
  }

  private static String read(String relative) throws IOException {
    return Files.readString(output.resolve(relative));
  }

  @Test
  void storiesAreTheConnectedDocumentsLargestFirst() throws IOException {
    assertEquals(3, written.stories());
    String first = read("report/stories/story-00001.html");
    assertTrue(first.contains("a1") && first.contains("a2") && first.contains("a3"), first);
    assertFalse(first.contains("b1"));
    String second = read("report/stories/story-00002.html");
    assertTrue(second.contains("Delta Times") && second.contains("Epsilon"));
    String third = read("report/stories/story-00003.html");
    assertTrue(
        third.contains("Zeta") && !third.contains("Alpha News"), "the wire joins no stories");
  }

  @Test
  void everyEdgeOfAStoryHasItsEvidence() throws IOException {
    String first = read("report/stories/story-00001.html");
    assertEquals(3, count(first, "<section class=\"edge\""));
    assertTrue(first.contains("Alpha News &rarr; Beta Daily"));
    assertTrue(first.contains("AFP wire &rarr; Alpha News"));
    assertTrue(
        first.contains(
            "<td><mark>The floods</mark> hit the coast on Monday.</td><td><mark>Floods</mark> hit"));
    assertTrue(first.contains("secondary source"));
  }

  @Test
  void scrapedMarkupIsShownAsTextAndNeverRuns() throws IOException {
    String first = read("report/stories/story-00001.html");
    assertEquals(0, count(first, "<script"), "a story page runs no script at all");
    assertTrue(
        first.contains("&lt;/textarea&gt;&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"));
    assertFalse(first.contains("href=\"javascript:"), "only http(s) addresses become links");
    assertTrue(first.contains("href=\"https://alpha.example/floods\""));
    assertTrue(first.contains("script-src 'none'"), "the page's policy forbids scripts");
    String index = read("report/index.html");
    assertEquals(1, count(index, "<script"), "the index runs its search script only");
    assertTrue(
        index.contains("breaking \\u003c/textarea>\\u003cscript>alert('owned')\\u003c/script>"),
        "in the search data, no scraped text can close the script");
    assertTrue(index.contains("bad&lt;script&gt;.txt"));
    assertTrue(index.contains("Share on &lt;b&gt;Facebook&lt;/b&gt;"));
  }

  @Test
  void theIndexListsStoriesRejectsAndStrippedReasons() throws IOException {
    String index = read("report/index.html");
    Matcher links = Pattern.compile("href=\"stories/(story-\\d+\\.html)\"").matcher(index);
    int found = 0;
    while (links.find()) {
      assertTrue(Files.exists(output.resolve("report/stories/" + links.group(1))), links.group(1));
      found++;
    }
    assertEquals(3, found);
    assertTrue(
        index.contains("\"a1 alpha news floods hit the coast"), "searchable by id, outlet, title");
    assertTrue(index.contains("comment-section") && index.contains("share-widget"));
    assertTrue(index.contains("<dt>files read</dt><dd>7</dd>"));
  }

  @Test
  void tonightsStoryShowsTheEarlierNightsDocumentItCopied() throws IOException {
    String second = read("report/stories/story-00002.html");
    assertTrue(
        second.contains("<td>2026-11-21 <span class=\"badge\">earlier night</span></td>"), second);
    assertTrue(
        second.contains(
            "<a href=\"https://delta.example/results\" rel=\"noopener noreferrer\">Election results</a>"));
    assertTrue(second.contains("<rect class=\"earlier\""), "drawn apart from tonight's documents");
    assertEquals(1, count(second, "earlier night</span>"), "tonight's own document is not marked");
  }

  @Test
  void theOutletGraphMarksTheAgencyOutsideTheCorpus() throws IOException {
    String svg = read("graph.svg");
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assertTrue(svg.contains("AFP (wire, not in corpus)"));
    assertTrue(svg.contains("data-source=\"Alpha News\" data-target=\"Beta Daily\""));
    assertTrue(svg.contains("rect class=\"agency\""));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
