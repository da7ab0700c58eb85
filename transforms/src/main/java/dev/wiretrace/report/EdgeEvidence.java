package dev.wiretrace.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One copy's evidence as an HTML section: who copied whom, how sure, why, and the shared passages
 * side by side with the words that differ marked.
 */
final class EdgeEvidence {
  private EdgeEvidence() {}

  static String render(JsonNode edge, int numberInStory, StoryIndex index) {
    String source = OutputReader.text(edge, "source");
    String target = OutputReader.text(edge, "target");
    boolean primary = edge.path("primary").asBoolean();
    JsonNode direction = edge.path("direction");
    StringBuilder html = new StringBuilder(4096);
    html.append("<section class=\"edge\" id=\"edge-").append(numberInStory).append("\">\n<h3>");
    html.append(Html.text(label(source, index)))
        .append(" &rarr; ")
        .append(Html.text(label(target, index)));
    html.append("</h3>\n<p><span class=\"badge ")
        .append(primary ? "primary\">primary parent" : "secondary\">secondary source");
    html.append("</span> confidence <strong>")
        .append(Html.text(OutputReader.text(direction, "confidence")));
    html.append(
        String.format(
            Locale.ROOT,
            "</strong>, %d shared words, score %.3f. <span class=\"muted\">%s &rarr; %s</span></p>%n",
            edge.path("sharedWords").asInt(),
            edge.path("score").asDouble(),
            Html.text(source),
            Html.text(target)));
    JsonNode via = edge.path("via");
    if (via.size() > 0) {
      html.append("<p>Evidence of the wire text through its reprints: ");
      for (int i = 0; i < via.size(); i++) {
        html.append(i == 0 ? "" : ", ").append(Html.text(label(via.get(i).asText(), index)));
        html.append(" <span class=\"muted\">(")
            .append(Html.text(via.get(i).asText()))
            .append(")</span>");
      }
      html.append("</p>\n");
    }
    html.append("<p>Why this direction:</p>\n<ul>\n");
    for (JsonNode reason : direction.path("reasons")) {
      html.append("<li>").append(Html.text(reason.asText())).append("</li>\n");
    }
    html.append("</ul>\n");
    JsonNode passages = edge.path("passages");
    if (passages.size() > 0) {
      html.append(
          "<table class=\"passages\">\n<caption class=\"muted\">Shared passages; words that differ are marked</caption>\n");
      html.append("<thead><tr><th scope=\"col\">").append(Html.text(label(source, index)));
      html.append(" (source)</th><th scope=\"col\">").append(Html.text(label(target, index)));
      html.append(" (copy)</th></tr></thead>\n<tbody>\n");
      for (JsonNode passage : passages) {
        WordDiff.Sides sides =
            WordDiff.between(passage.path("source").asText(), passage.path("target").asText());
        html.append("<tr><td>").append(WordDiff.html(sides.source()));
        html.append("</td><td>").append(WordDiff.html(sides.target())).append("</td></tr>\n");
        if (!sides.compared()) {
          html.append(
              "<tr><td colspan=\"2\" class=\"muted\">Too long to compare word by word;"
                  + " shown unmarked.</td></tr>\n");
        }
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</section>\n");
    return html.toString();
  }

  /** How a node is named to a reader: its outlet, or the agency's wire. */
  static String label(String id, StoryIndex index) {
    String agency = StoryIndex.agencyOf(id);
    if (agency != null) {
      return agency + " wire";
    }
    StoryIndex.Document document = index.documents.get(id);
    return document == null || document.outlet() == null ? id : document.outlet();
  }
}
