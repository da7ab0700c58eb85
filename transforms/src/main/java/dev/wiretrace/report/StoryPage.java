package dev.wiretrace.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One story's page: its documents as a graph (originals left, copies right) and a table, then the
 * evidence of every copy.
 */
final class StoryPage {
  /** Past this many documents the picture would be unreadable; the table still lists them all. */
  static final int MAX_DRAWN_DOCUMENTS = 150;

  private static final int MAX_LABEL = 30;

  private StoryPage() {}

  /** Evidence past this many characters goes on a continuation page: no file grows past 20 MB. */
  static final int MAX_PAGE_CHARACTERS = 8_000_000;

  static String fileName(int story) {
    return fileName(story, 1);
  }

  /** Part 1 is the story's page; parts 2 and on hold the rest of a very large story's evidence. */
  static String fileName(int story, int part) {
    return part == 1
        ? String.format("story-%05d.html", story)
        : String.format("story-%05d-part%d.html", story, part);
  }

  /** The evidence sections cut into pages of at most {@link #MAX_PAGE_CHARACTERS}, in order. */
  static List<List<String>> pages(List<String> evidence) {
    List<List<String>> pages = new ArrayList<>();
    List<String> page = new ArrayList<>();
    long size = 0;
    for (String section : evidence) {
      if (!page.isEmpty() && size + section.length() > MAX_PAGE_CHARACTERS) {
        pages.add(page);
        page = new ArrayList<>();
        size = 0;
      }
      page.add(section);
      size += section.length();
    }
    pages.add(page);
    return pages;
  }

  /** The story's headline: the title of its first original, else of its first titled document. */
  static String headline(StoryIndex.Story story, StoryIndex index) {
    Set<String> copies = copies(story, index);
    String fallback = null;
    for (String id : story.documents()) {
      String title = index.documents.get(id).title();
      if (title != null && !title.isBlank()) {
        if (!copies.contains(id)) {
          return title;
        }
        fallback = fallback == null ? title : fallback;
      }
    }
    return fallback != null ? fallback : "Story " + story.number();
  }

  static String render(StoryIndex.Story story, StoryIndex index, List<String> evidence) {
    return render(story, index, evidence, 1, 1);
  }

  /**
   * Part {@code part} of {@code parts}: the first has the graph and documents, each the next link.
   */
  static String render(
      StoryIndex.Story story, StoryIndex index, List<String> evidence, int part, int parts) {
    StringBuilder html = new StringBuilder(16384);
    String headline = headline(story, index);
    html.append(PageFrame.head("Story " + story.number() + ": " + headline, "../", null));
    if (part > 1) {
      html.append("<h1>Story ").append(story.number()).append(": ").append(Html.text(headline));
      html.append(" (part ").append(part).append(" of ").append(parts).append(")</h1>\n");
      html.append("<p><a href=\"")
          .append(fileName(story.number()))
          .append("\">Its graph and documents</a></p>\n");
      html.append("<h2>Copies and their evidence, continued</h2>\n");
      evidence.forEach(html::append);
      html.append(nextPart(story, part, parts));
      html.append(PageFrame.end(null));
      return html.toString();
    }
    html.append("<h1>Story ")
        .append(story.number())
        .append(": ")
        .append(Html.text(headline))
        .append("</h1>\n");
    html.append("<p>")
        .append(story.documents().size())
        .append(" documents, ")
        .append(story.edges().size())
        .append(
            " copies. Originals are on the left, copies to their right; dated documents in time order.</p>\n");
    html.append(graph(story, index));
    html.append(documentTable(story, index));
    html.append("<h2>Copies and their evidence</h2>\n");
    for (String section : evidence) {
      html.append(section);
    }
    html.append(nextPart(story, part, parts));
    html.append(PageFrame.end(null));
    return html.toString();
  }

  private static String nextPart(StoryIndex.Story story, int part, int parts) {
    return part < parts
        ? "<p><a href=\""
            + fileName(story.number(), part + 1)
            + "\">More copies: part "
            + (part + 1)
            + " of "
            + parts
            + "</a></p>\n"
        : "";
  }

  private static Set<String> copies(StoryIndex.Story story, StoryIndex index) {
    Set<String> copies = new HashSet<>();
    for (int e : story.edges()) {
      copies.add(index.edges.get(e).target());
    }
    return copies;
  }

  private static String graph(StoryIndex.Story story, StoryIndex index) {
    if (story.documents().size() > MAX_DRAWN_DOCUMENTS) {
      return "<p class=\"muted\">The story has too many documents ("
          + story.documents().size()
          + ") to draw readably; the table lists them all.</p>\n";
    }
    Set<String> copies = copies(story, index);
    String tonight = latestNight(story, index);
    GraphLayout layout = new GraphLayout();
    Map<String, String> classes = new HashMap<>();
    Map<String, String> links = new HashMap<>();
    Map<String, Integer> labelsUsed = new HashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    // Wire sources first: they are the origins, and the model order is the layout's tie-breaker.
    for (int e : story.edges()) {
      String source = index.edges.get(e).source();
      if (StoryIndex.agencyOf(source) != null && !labels.containsKey(source)) {
        labels.put(source, EdgeEvidence.label(source, index));
        classes.put(source, "agency");
      }
    }
    for (int d = 0; d < story.documents().size(); d++) {
      String id = story.documents().get(d);
      String label = shorten(EdgeEvidence.label(id, index));
      int seen = labelsUsed.merge(label, 1, Integer::sum);
      labels.put(id, seen == 1 ? label : label + " (" + seen + ")");
      links.put(id, "#doc-" + (d + 1));
      StoryIndex.Document document = index.documents.get(id);
      classes.put(
          id, isEarlier(document, tonight) ? "earlier" : copies.contains(id) ? "node" : "origin");
    }
    labels.forEach(layout::node);
    List<GraphSvg.EdgeLook> looks = new ArrayList<>();
    for (int e : story.edges()) {
      StoryIndex.DocumentEdge edge = index.edges.get(e);
      if (!labels.containsKey(edge.source())) {
        // An earlier night's document that graph.json names only by id.
        layout.node(edge.source(), shorten(edge.source()));
      }
      layout.edge(edge.source(), edge.target());
      looks.add(
          new GraphSvg.EdgeLook(
              edge.primary() ? 2.2 : 1.6,
              !edge.primary(),
              EdgeEvidence.label(edge.source(), index)
                  + " -> "
                  + EdgeEvidence.label(edge.target(), index)
                  + (edge.primary() ? " (primary parent)" : " (secondary source)")
                  + ", "
                  + edge.sharedWords()
                  + " shared words"));
    }
    String svg =
        GraphSvg.render(
            layout.layout(),
            classes,
            looks,
            links,
            "Document graph of story " + story.number(),
            "Each box is a document, named by its outlet; each arrow runs from the text copied to"
                + " the copy. Solid arrows are primary parents, dashed ones secondary sources.");
    return "<figure>\n"
        + svg
        + "<figcaption>Solid arrow: primary parent; dashed: secondary source;"
        + " dashed box: a wire agency not in the corpus; grey box: a document of an earlier night."
        + "</figcaption>\n</figure>\n";
  }

  /** The latest night among the story's documents: tonight, for a nightly run; else null. */
  private static String latestNight(StoryIndex.Story story, StoryIndex index) {
    String latest = null;
    for (String id : story.documents()) {
      String night = index.documents.get(id).night();
      if (night != null && (latest == null || night.compareTo(latest) > 0)) {
        latest = night;
      }
    }
    return latest;
  }

  private static boolean isEarlier(StoryIndex.Document document, String latestNight) {
    return latestNight != null
        && document.night() != null
        && document.night().compareTo(latestNight) < 0;
  }

  private static String documentTable(StoryIndex.Story story, StoryIndex index) {
    Set<String> copies = copies(story, index);
    String tonight = latestNight(story, index);
    StringBuilder html = new StringBuilder();
    html.append(
        "<h2>Documents</h2>\n<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Outlet</th>"
            + "<th scope=\"col\">Title</th><th scope=\"col\">Published</th><th scope=\"col\">Night</th>"
            + "<th scope=\"col\">Role</th><th scope=\"col\">Document id</th></tr></thead>\n<tbody>\n");
    for (int d = 0; d < story.documents().size(); d++) {
      StoryIndex.Document document = index.documents.get(story.documents().get(d));
      html.append("<tr id=\"doc-")
          .append(d + 1)
          .append("\"><td class=\"n\">")
          .append(d + 1)
          .append("</td><td>");
      html.append(Html.text(document.outlet())).append("</td><td>");
      String url = Html.safeUrl(document.url());
      String title = document.title() == null ? "(no title)" : document.title();
      if (url != null) {
        html.append("<a href=\"").append(Html.text(url)).append("\" rel=\"noopener noreferrer\">");
        html.append(Html.text(title)).append("</a>");
      } else {
        html.append(Html.text(title));
      }
      html.append("</td><td>").append(Html.text(document.published())).append("</td><td>");
      html.append(Html.text(document.night()));
      if (isEarlier(document, tonight)) {
        html.append(" <span class=\"badge\">earlier night</span>");
      }
      html.append("</td><td>").append(copies.contains(document.id()) ? "copy" : "original");
      html.append("</td><td><code>").append(Html.text(document.id())).append("</code></td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    return html.toString();
  }

  private static String shorten(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "\u2026";
  }
}
