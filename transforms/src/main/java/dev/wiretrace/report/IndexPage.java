package dev.wiretrace.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's front page: the run's counts, the outlet graph, every story (searchable), the
 * rejected files and the stripped lines by reason, so a user can check what was left out.
 */
final class IndexPage {
  /** Rejected files listed on the page; the rest are counted, and all are in rejects.jsonl. */
  static final int MAX_REJECTS_LISTED = 2000;

  static final int EXAMPLES_PER_REASON = 5;

  private static final int OUTLETS_PER_STORY_ROW = 6;

  // Filters the story table as the reader types; every term must appear in a row's search key.
  static final String SEARCH_SCRIPT =
      "(function(){var q=document.getElementById('q'),rows=document.querySelectorAll('#stories tbody tr'),"
          + "shown=document.getElementById('shown');function filter(){var terms=q.value.toLowerCase()"
          + ".split(/\\s+/).filter(Boolean),count=0;rows.forEach(function(row){var key=row.getAttribute("
          + "'data-search'),match=terms.every(function(t){return key.indexOf(t)>=0;});row.hidden=!match;"
          + "if(match){count++;}});shown.textContent=count+' of '+rows.length+' stories shown';}"
          + "q.addEventListener('input',filter);var given=new URLSearchParams(location.search).get('q');"
          + "if(given){q.value=given;}filter();})();";

  private IndexPage() {}

  static void write(
      Writer out,
      String directory,
      StoryIndex index,
      OutletGraph.Picture picture,
      Map<String, String> summary)
      throws IOException {
    out.write(PageFrame.head("wiretrace report", "", SEARCH_SCRIPT));
    out.write("<h1>Who copied whom</h1>\n");
    writeSummary(out, summary);

    out.write("<h2 id=\"outlets\">Outlet graph</h2>\n<figure>\n");
    out.write(picture.svg());
    out.write("<figcaption>An arrow runs from the outlet copied to the outlet that copied it; its width"
        + " follows the number of documents. Dashed box: a wire agency with no document in the corpus;"
        + " dashed arrow: secondary sources only.");
    if (picture.outletsDrawn() < picture.outletsInEdges()) {
      out.write(" Drawn: the " + picture.outletsDrawn() + " of " + picture.outletsInEdges()
          + " outlets with the most copies; the table lists every edge.");
    }
    out.write(" Also as <a href=\"../graph.svg\">graph.svg</a>.</figcaption>\n</figure>\n");
    writeOutletTable(out, index);
    writeStories(out, index);
    writeRejects(out, directory);
    writeStripped(out, directory);
    out.write(PageFrame.end(SEARCH_SCRIPT));
  }

  private static void writeSummary(Writer out, Map<String, String> summary) throws IOException {
    out.write("<h2 id=\"summary\">Run summary</h2>\n<dl class=\"counts\">\n");
    for (Map.Entry<String, String> row : summary.entrySet()) {
      out.write("<div><dt>" + Html.text(row.getKey()) + "</dt><dd>" + Html.text(row.getValue())
          + "</dd></div>\n");
    }
    out.write("</dl>\n");
  }

  private static void writeOutletTable(Writer out, StoryIndex index) throws IOException {
    out.write("<h3>Outlet edges</h3>\n<table>\n<thead><tr><th scope=\"col\">Copied from</th>"
        + "<th scope=\"col\">Copied by</th><th scope=\"col\">Documents</th><th scope=\"col\">Shared words</th>"
        + "<th scope=\"col\">Kind</th></tr></thead>\n<tbody>\n");
    for (StoryIndex.OutletEdge edge : index.outletEdges) {
      out.write("<tr><td>" + Html.text(edge.source()) + "</td><td>" + Html.text(edge.target())
          + "</td><td class=\"n\">" + edge.documents() + "</td><td class=\"n\">" + edge.sharedWords()
          + "</td><td>" + (edge.primary() ? "primary" : "secondary only") + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  private static void writeStories(Writer out, StoryIndex index) throws IOException {
    out.write("<h2 id=\"stories-heading\">Stories</h2>\n<p>A story is a group of documents joined by"
        + " shared text, largest first. " + index.stories.size() + " stories.</p>\n");
    out.write("<p><label for=\"q\">Filter stories by outlet, title or document id: </label>"
        + "<input type=\"search\" id=\"q\" autocomplete=\"off\"> <span id=\"shown\" aria-live=\"polite\"></span></p>\n");
    out.write("<table id=\"stories\">\n<thead><tr><th scope=\"col\">Story</th><th scope=\"col\">Documents</th>"
        + "<th scope=\"col\">Headline</th><th scope=\"col\">Outlets</th></tr></thead>\n<tbody>\n");
    for (StoryIndex.Story story : index.stories) {
      Set<String> outlets = new LinkedHashSet<>();
      List<String> searchable = new ArrayList<>();
      for (String id : story.documents()) {
        StoryIndex.Document document = index.documents.get(id);
        if (document.outlet() != null) {
          outlets.add(document.outlet());
        }
        searchable.add(Html.searchKey(id, document.outlet(), document.title()));
      }
      List<String> shownOutlets = new ArrayList<>(outlets);
      String outletText =
          String.join(", ", shownOutlets.subList(0, Math.min(OUTLETS_PER_STORY_ROW, shownOutlets.size())))
              + (shownOutlets.size() > OUTLETS_PER_STORY_ROW
                  ? " and " + (shownOutlets.size() - OUTLETS_PER_STORY_ROW) + " more"
                  : "");
      out.write("<tr data-search=\"" + Html.text(String.join(" ", searchable)) + "\"><td><a href=\"stories/"
          + StoryPage.fileName(story.number()) + "\">Story " + story.number() + "</a></td><td class=\"n\">"
          + story.documents().size() + "</td><td>" + Html.text(StoryPage.headline(story, index))
          + "</td><td>" + Html.text(outletText) + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  private static void writeRejects(Writer out, String directory) throws IOException {
    Map<String, Integer> byReason = new TreeMap<>();
    StringBuilder rows = new StringBuilder();
    int[] listed = {0};
    OutputReader.readJsonLines(
        directory,
        "rejects.jsonl",
        (JsonNode reject) -> {
          byReason.merge(String.valueOf(OutputReader.text(reject, "reason")), 1, Integer::sum);
          if (listed[0]++ < MAX_REJECTS_LISTED) {
            rows.append("<tr><td><code>").append(Html.text(OutputReader.text(reject, "input")))
                .append("</code></td><td>").append(Html.text(OutputReader.text(reject, "reason")))
                .append("</td><td>").append(Html.text(OutputReader.text(reject, "detail"))).append("</td></tr>\n");
          }
        });
    out.write("<h2 id=\"rejects\">Rejected files</h2>\n");
    if (byReason.isEmpty()) {
      out.write("<p>No file was rejected.</p>\n");
      return;
    }
    out.write("<p>" + listed[0] + " rejected, by reason: " + Html.text(byReason.toString()) + ".");
    if (listed[0] > MAX_REJECTS_LISTED) {
      out.write(" The first " + MAX_REJECTS_LISTED + " are listed; rejects.jsonl holds them all.");
    }
    out.write("</p>\n<table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Reason</th>"
        + "<th scope=\"col\">Detail</th></tr></thead>\n<tbody>\n");
    out.write(rows.toString());
    out.write("</tbody>\n</table>\n");
  }

  private static void writeStripped(Writer out, String directory) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, List<String>> examples = new TreeMap<>();
    OutputReader.readJsonLines(
        directory,
        "stripped.jsonl",
        (JsonNode line) -> {
          String reason = String.valueOf(OutputReader.text(line, "reason"));
          counts.merge(reason, 1, Integer::sum);
          List<String> kept = examples.computeIfAbsent(reason, r -> new ArrayList<>());
          if (kept.size() < EXAMPLES_PER_REASON) {
            kept.add("<li><q>" + Html.text(OutputReader.text(line, "text")) + "</q> <span class=\"muted\">("
                + Html.text(OutputReader.text(line, "doc")) + ", line " + line.path("line").asInt() + ")</span></li>");
          }
        });
    out.write("<h2 id=\"stripped\">Stripped lines by reason</h2>\n<p>Lines taken out of the articles as"
        + " boilerplate before matching, with examples; stripped.jsonl lists every one.</p>\n");
    if (counts.isEmpty()) {
      out.write("<p>No line was stripped.</p>\n");
      return;
    }
    out.write("<table>\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\">Lines</th>"
        + "<th scope=\"col\">Examples</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Integer> reason : counts.entrySet()) {
      out.write("<tr><td>" + Html.text(reason.getKey()) + "</td><td class=\"n\">" + reason.getValue()
          + "</td><td><ul>" + String.join("", examples.get(reason.getKey())) + "</ul></td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }
}
