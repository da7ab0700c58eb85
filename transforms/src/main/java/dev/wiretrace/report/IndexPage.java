package dev.wiretrace.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

  /** Stories listed in the index itself; all of them are on the list pages and in the search. */
  static final int STORIES_ON_INDEX = 200;

  /** Stories per list page: a page a browser lays out in well under a second. */
  static final int STORIES_PER_LIST_PAGE = 2000;

  // Searches every story's outlets, titles and ids (the STORIES array written before it) and
  // lists the first matches; with no query the table shows the largest stories, as written.
  static final String SEARCH_CODE =
      "(function(){var q=document.getElementById('q'),body=document.querySelector('#stories tbody'),"
          + "shown=document.getElementById('shown'),first=body.innerHTML,LIMIT="
          + STORIES_ON_INDEX
          + ";"
          + "function cell(tr,text,href){var td=document.createElement('td');if(href){var a=document"
          + ".createElement('a');a.href=href;a.textContent=text;td.appendChild(a);}else{td.textContent"
          + "=text;}tr.appendChild(td);return td;}function filter(){var terms=q.value.toLowerCase()"
          + ".split(/\\s+/).filter(Boolean);if(!terms.length){body.innerHTML=first;shown.textContent="
          + "Math.min(LIMIT,STORIES.length)+' of '+STORIES.length+' stories shown';return;}var hits="
          + "STORIES.filter(function(s){return terms.every(function(t){return s[4].indexOf(t)>=0;});});"
          + "body.textContent='';hits.slice(0,LIMIT).forEach(function(s){var tr=document.createElement("
          + "'tr');cell(tr,'Story '+s[0],s[5]);cell(tr,String(s[1])).className='n';cell(tr,s[2]);cell(tr,"
          + "s[3]);body.appendChild(tr);});shown.textContent=hits.length+' of '+STORIES.length+' stories"
          + " match'+(hits.length>LIMIT?'; the first '+LIMIT+' are shown':'');}q.addEventListener("
          + "'input',filter);var given=new URLSearchParams(location.search).get('q');if(given){q.value="
          + "given;}filter();})();";

  private static final ObjectMapper JSON = new ObjectMapper();

  private IndexPage() {}

  static void write(
      Writer out,
      String directory,
      StoryIndex index,
      OutletGraph.Picture picture,
      Map<String, String> summary)
      throws IOException {
    String search = "var STORIES=" + searchData(index) + ";" + SEARCH_CODE;
    out.write(PageFrame.head("wiretrace report", "", search));
    out.write("<h1>Who copied whom</h1>\n");
    writeSummary(out, summary);

    out.write("<h2 id=\"outlets\">Outlet graph</h2>\n<figure>\n");
    out.write(picture.svg());
    out.write(
        "<figcaption>An arrow runs from the outlet copied to the outlet that copied it; its width"
            + " follows the number of documents. Dashed box: a wire agency with no document in the corpus;"
            + " dashed arrow: secondary sources only.");
    if (picture.outletsDrawn() < picture.outletsInEdges()) {
      out.write(
          " Drawn: the "
              + picture.outletsDrawn()
              + " of "
              + picture.outletsInEdges()
              + " outlets with the most copies; the table lists every edge.");
    }
    out.write(" Also as <a href=\"../graph.svg\">graph.svg</a>.</figcaption>\n</figure>\n");
    writeOutletTable(out, index);
    writeStories(out, index);
    writeRejects(out, directory);
    writeStripped(out, directory);
    out.write(PageFrame.end(search));
  }

  private static void writeSummary(Writer out, Map<String, String> summary) throws IOException {
    out.write("<h2 id=\"summary\">Run summary</h2>\n<dl class=\"counts\">\n");
    for (Map.Entry<String, String> row : summary.entrySet()) {
      out.write(
          "<div><dt>"
              + Html.text(row.getKey())
              + "</dt><dd>"
              + Html.text(row.getValue())
              + "</dd></div>\n");
    }
    out.write("</dl>\n");
  }

  private static void writeOutletTable(Writer out, StoryIndex index) throws IOException {
    out.write(
        "<h3>Outlet edges</h3>\n<table>\n<thead><tr><th scope=\"col\">Copied from</th>"
            + "<th scope=\"col\">Copied by</th><th scope=\"col\">Documents</th><th scope=\"col\">Shared words</th>"
            + "<th scope=\"col\">Kind</th></tr></thead>\n<tbody>\n");
    for (StoryIndex.OutletEdge edge : index.outletEdges) {
      out.write(
          "<tr><td>"
              + Html.text(edge.source())
              + "</td><td>"
              + Html.text(edge.target())
              + "</td><td class=\"n\">"
              + edge.documents()
              + "</td><td class=\"n\">"
              + edge.sharedWords()
              + "</td><td>"
              + (edge.primary() ? "primary" : "secondary only")
              + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  private static void writeStories(Writer out, StoryIndex index) throws IOException {
    int total = index.stories.size();
    out.write(
        "<h2 id=\"stories-heading\">Stories</h2>\n<p>A story is a group of documents joined by"
            + " shared text, largest first. "
            + total
            + " stories.");
    if (total > STORIES_ON_INDEX) {
      out.write(
          " The "
              + STORIES_ON_INDEX
              + " largest are listed here; the search finds any, and the"
              + " list pages hold them all: ");
      for (int page = 1; page <= listPages(total); page++) {
        out.write(
            (page == 1 ? "" : ", ")
                + "<a href=\"stories/"
                + listPageName(page)
                + "\">"
                + page
                + "</a>");
      }
      out.write(".");
    }
    out.write(
        "</p>\n<p><label for=\"q\">Find stories by outlet, title or document id: </label>"
            + "<input type=\"search\" id=\"q\" autocomplete=\"off\"> <span id=\"shown\" aria-live=\"polite\"></span></p>\n");
    out.write(storyTable("stories", index, 0, Math.min(STORIES_ON_INDEX, total), "stories/"));
  }

  static int listPages(int stories) {
    return (stories + STORIES_PER_LIST_PAGE - 1) / STORIES_PER_LIST_PAGE;
  }

  static String listPageName(int page) {
    return String.format("list-%04d.html", page);
  }

  /** A plain list page of stories, for readers without scripts and for browsing all of them. */
  static String listPage(StoryIndex index, int page) {
    int from = (page - 1) * STORIES_PER_LIST_PAGE;
    int to = Math.min(index.stories.size(), from + STORIES_PER_LIST_PAGE);
    int pages = listPages(index.stories.size());
    StringBuilder html = new StringBuilder(1 << 20);
    html.append(PageFrame.head("Stories " + (from + 1) + " to " + to, "../", null));
    html.append("<h1>Stories ")
        .append(from + 1)
        .append(" to ")
        .append(to)
        .append(" of ")
        .append(index.stories.size())
        .append("</h1>\n<p>");
    if (page > 1) {
      html.append("<a href=\"").append(listPageName(page - 1)).append("\">previous</a> ");
    }
    if (page < pages) {
      html.append("<a href=\"").append(listPageName(page + 1)).append("\">next</a>");
    }
    html.append("</p>\n").append(storyTable("list", index, from, to, ""));
    html.append(PageFrame.end(null));
    return html.toString();
  }

  private static String storyTable(
      String id, StoryIndex index, int from, int to, String pathToStories) {
    StringBuilder html = new StringBuilder();
    html.append("<table id=\"")
        .append(id)
        .append(
            "\" class=\"stories\">\n<thead><tr><th scope=\"col\">Story</th>"
                + "<th scope=\"col\">Documents</th><th scope=\"col\">Headline</th><th scope=\"col\">Outlets</th>"
                + "</tr></thead>\n<tbody>\n");
    for (StoryIndex.Story story : index.stories.subList(from, to)) {
      html.append("<tr><td><a href=\"")
          .append(pathToStories)
          .append(StoryPage.fileName(story.number()))
          .append("\">Story ")
          .append(story.number())
          .append("</a></td><td class=\"n\">")
          .append(story.documents().size())
          .append("</td><td>")
          .append(Html.text(StoryPage.headline(story, index)))
          .append("</td><td>")
          .append(Html.text(outletText(story, index)))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    return html.toString();
  }

  private static String outletText(StoryIndex.Story story, StoryIndex index) {
    Set<String> outlets = new LinkedHashSet<>();
    for (String id : story.documents()) {
      String outlet = index.documents.get(id).outlet();
      if (outlet != null) {
        outlets.add(outlet);
      }
    }
    List<String> shown = new ArrayList<>(outlets);
    return String.join(", ", shown.subList(0, Math.min(OUTLETS_PER_STORY_ROW, shown.size())))
        + (shown.size() > OUTLETS_PER_STORY_ROW
            ? " and " + (shown.size() - OUTLETS_PER_STORY_ROW) + " more"
            : "");
  }

  /**
   * Every story as [number, documents, headline, outlets, search key, page], as a JavaScript array.
   * JSON with every {@code <} escaped, so no scraped text can close the script element.
   */
  static String searchData(StoryIndex index) throws IOException {
    ArrayNode stories = JSON.createArrayNode();
    for (StoryIndex.Story story : index.stories) {
      List<String> searchable = new ArrayList<>();
      for (String id : story.documents()) {
        StoryIndex.Document document = index.documents.get(id);
        searchable.add(Html.searchKey(id, document.outlet(), document.title()));
      }
      stories
          .addArray()
          .add(story.number())
          .add(story.documents().size())
          .add(StoryPage.headline(story, index))
          .add(outletText(story, index))
          .add(String.join(" ", searchable))
          .add("stories/" + StoryPage.fileName(story.number()));
    }
    return JSON.writeValueAsString(stories)
        .replace("<", "\\u003c")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
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
            rows.append("<tr><td><code>")
                .append(Html.text(OutputReader.text(reject, "input")))
                .append("</code></td><td>")
                .append(Html.text(OutputReader.text(reject, "reason")))
                .append("</td><td>")
                .append(Html.text(OutputReader.text(reject, "detail")))
                .append("</td></tr>\n");
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
    out.write(
        "</p>\n<table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Reason</th>"
            + "<th scope=\"col\">Detail</th></tr></thead>\n<tbody>\n");
    out.write(rows.toString());
    out.write("</tbody>\n</table>\n");
  }

  private static void writeStripped(Writer out, String directory) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, List<String>> examples = new TreeMap<>();
    OutputReader.readJsonObjects(
        directory,
        "stripped.jsonl",
        line -> {
          String reason = String.valueOf(line.get("reason"));
          counts.merge(reason, 1, Integer::sum);
          List<String> kept = examples.computeIfAbsent(reason, r -> new ArrayList<>());
          if (kept.size() < EXAMPLES_PER_REASON) {
            kept.add(
                "<li><q>"
                    + Html.text(line.get("text"))
                    + "</q> <span class=\"muted\">("
                    + Html.text(line.get("doc"))
                    + ", line "
                    + line.get("line")
                    + ")</span></li>");
          }
        });
    out.write(
        "<h2 id=\"stripped\">Stripped lines by reason</h2>\n<p>Lines taken out of the articles as"
            + " boilerplate before matching, with examples; stripped.jsonl lists every one.</p>\n");
    if (counts.isEmpty()) {
      out.write("<p>No line was stripped.</p>\n");
      return;
    }
    out.write(
        "<table>\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\">Lines</th>"
            + "<th scope=\"col\">Examples</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Integer> reason : counts.entrySet()) {
      out.write(
          "<tr><td>"
              + Html.text(reason.getKey())
              + "</td><td class=\"n\">"
              + reason.getValue()
              + "</td><td><ul>"
              + String.join("", examples.get(reason.getKey()))
              + "</ul></td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }
}
