package dev.wiretrace.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a laid-out graph as standalone SVG: boxes with their labels, arrows from source to copy.
 * Styling is by class names, so the same picture reads in the report (with its stylesheet) and
 * alone in a slide (with the defaults written into the SVG itself).
 */
public final class GraphSvg {
  private GraphSvg() {}

  /** How to draw one edge: its line width in pixels, dashed or solid, and its tooltip. */
  public record EdgeLook(double width, boolean dashed, String tooltip) {}

  /**
   * @param nodeClasses CSS class of each node id ({@code node} when absent)
   * @param edgeLooks one per route, in the order of {@code laid.routes()}
   * @param links target of each node id that links somewhere (optional)
   */
  public static String render(
      GraphLayout.Laid laid,
      Map<String, String> nodeClasses,
      List<EdgeLook> edgeLooks,
      Map<String, String> links,
      String title,
      String description) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"svg-title svg-desc\""
                + " width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" class=\"graph\">%n",
            laid.width(),
            laid.height(),
            laid.width(),
            laid.height()));
    svg.append("<title id=\"svg-title\">").append(Html.text(title)).append("</title>\n");
    svg.append("<desc id=\"svg-desc\">").append(Html.text(description)).append("</desc>\n");
    svg.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"4\""
            + " markerHeight=\"4\" orient=\"auto-start-reverse\" markerUnits=\"strokeWidth\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#3b4a5a\"/></marker>\n"
            + "<style>.graph text{font:13px sans-serif;fill:#111}.graph rect{fill:#f4f7fb;stroke:#3b4a5a;"
            + "stroke-width:1.5}.graph rect.agency{fill:#fff;stroke-dasharray:5 3}.graph rect.origin{"
            + "fill:#ffe9c2}.graph rect.earlier{fill:#e8e8e8}.graph path.edge{fill:none;stroke:#3b4a5a}"
            + ".graph path.secondary{stroke-dasharray:6 4;stroke:#7d8791}</style></defs>\n");
    for (int i = 0; i < laid.routes().size(); i++) {
      GraphLayout.Laid.Route route = laid.routes().get(i);
      EdgeLook look = edgeLooks.get(i);
      if (route.points().isEmpty()) {
        continue;
      }
      svg.append("<path class=\"edge").append(look.dashed() ? " secondary" : "").append("\"");
      svg.append(" data-source=\"").append(Html.text(route.source())).append("\"");
      svg.append(" data-target=\"").append(Html.text(route.target())).append("\"");
      svg.append(String.format(Locale.ROOT, " stroke-width=\"%.1f\"", look.width()));
      svg.append(" marker-end=\"url(#arrow)\" d=\"");
      for (int p = 0; p < route.points().size(); p++) {
        double[] point = route.points().get(p);
        svg.append(p == 0 ? "M" : " L")
            .append(String.format(Locale.ROOT, "%.1f,%.1f", point[0], point[1]));
      }
      svg.append("\"><title>").append(Html.text(look.tooltip())).append("</title></path>\n");
    }
    for (GraphLayout.Laid.Node node : laid.nodes().values()) {
      String link = links.get(node.id());
      if (link != null) {
        svg.append("<a href=\"").append(Html.text(link)).append("\">");
      }
      svg.append("<g class=\"node\" data-id=\"").append(Html.text(node.id())).append("\">");
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\"/>",
              Html.text(nodeClasses.getOrDefault(node.id(), "node")),
              node.x(),
              node.y(),
              node.width(),
              node.height()));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"central\">",
              node.x() + node.width() / 2,
              node.y() + node.height() / 2));
      svg.append(Html.text(node.label())).append("</text></g>");
      svg.append(link != null ? "</a>\n" : "\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }
}
