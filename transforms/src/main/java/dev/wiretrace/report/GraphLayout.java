package dev.wiretrace.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a directed graph left to right with the Eclipse Layout Kernel's layered algorithm:
 * sources in the first layer, each copy in a layer right of what it copied, few crossings. The
 * order nodes are added in is kept where the graph allows, so callers add them in time order.
 */
public final class GraphLayout {
  private static final double CHARACTER_WIDTH = 7.2;
  private static final double NODE_HEIGHT = 34;
  private static final double NODE_PADDING = 20;

  /** Box widths come in steps of this many characters, so graphs of one shape share a layout. */
  private static final int WIDTH_STEP = 16;

  /** Graphs with more nodes than this are laid out afresh each time; they are rare. */
  private static final int MAX_CACHED_NODES = 24;

  private static final int MAX_CACHED_SHAPES = 20_000;

  /**
   * Layouts by shape. A corpus's stories come in few shapes (a pair, a chain, a wire story and its
   * reprints); a report of thousands of stories lays out each shape once. ELK is deterministic, so
   * a cached layout is the one a fresh run would give.
   */
  private static final Map<String, Geometry> SHAPES = new ConcurrentHashMap<>();

  static {
    // Outside Eclipse nothing registers the algorithms; CoreOptions alone has no layered layout.
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private final Map<String, Box> nodes = new LinkedHashMap<>();
  private final List<Line> edges = new ArrayList<>();

  /** Lays out a small graph without caching it: loads the engine's classes ahead of need. */
  static void warmUp() {
    GraphLayout graph = new GraphLayout().node("a", "a").node("b", "b").node("c", "c");
    graph.edge("a", "b").edge("b", "c").edge("a", "c").computeGeometry();
  }

  /** A node to place: its label sets its width. Adding an id twice keeps the first. */
  public GraphLayout node(String id, String label) {
    nodes.putIfAbsent(id, new Box(id, label));
    return this;
  }

  /** An edge between two added nodes. */
  public GraphLayout edge(String source, String target) {
    if (!nodes.containsKey(source) || !nodes.containsKey(target)) {
      throw new IllegalArgumentException(
          "edge " + source + " -> " + target + " joins a node not added");
    }
    edges.add(new Line(source, target));
    return this;
  }

  /** Runs the layout; the returned graph holds every node's box and every edge's route. */
  public Laid layout() {
    if (nodes.size() > MAX_CACHED_NODES) {
      return place(computeGeometry());
    }
    String shape = shape();
    Geometry geometry = SHAPES.get(shape);
    if (geometry == null) {
      geometry = computeGeometry();
      if (SHAPES.size() < MAX_CACHED_SHAPES) {
        SHAPES.put(shape, geometry);
      }
    }
    return place(geometry);
  }

  /** The nodes' width steps in order, and the edges as pairs of node positions. */
  private String shape() {
    Map<String, Integer> position = new HashMap<>();
    StringBuilder key = new StringBuilder();
    for (Box box : nodes.values()) {
      position.put(box.id, position.size());
      key.append(widthSteps(box.label)).append(',');
    }
    key.append('|');
    for (Line line : edges) {
      key.append(position.get(line.source))
          .append('>')
          .append(position.get(line.target))
          .append(',');
    }
    return key.toString();
  }

  private static int widthSteps(String label) {
    return Math.max(1, (label.length() + WIDTH_STEP - 1) / WIDTH_STEP);
  }

  private Laid place(Geometry geometry) {
    Map<String, Laid.Node> laidNodes = new LinkedHashMap<>();
    int n = 0;
    for (Box box : nodes.values()) {
      double[] b = geometry.boxes.get(n++);
      laidNodes.put(box.id, new Laid.Node(box.id, box.label, b[0], b[1], b[2], b[3]));
    }
    List<Laid.Route> routes = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      routes.add(new Laid.Route(edges.get(i).source, edges.get(i).target, geometry.routes.get(i)));
    }
    return new Laid(laidNodes, routes, geometry.width, geometry.height);
  }

  private record Geometry(
      List<double[]> boxes, List<List<double[]>> routes, double width, double height) {}

  private Geometry computeGeometry() {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
    root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(12));
    root.setProperty(
        LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
        org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
    Map<String, ElkNode> placed = new HashMap<>();
    for (Box box : nodes.values()) {
      ElkNode node = ElkGraphUtil.createNode(root);
      node.setIdentifier(box.id);
      node.setWidth(widthSteps(box.label) * WIDTH_STEP * CHARACTER_WIDTH + NODE_PADDING);
      node.setHeight(NODE_HEIGHT);
      placed.put(box.id, node);
    }
    List<ElkEdge> laidEdges = new ArrayList<>();
    for (Line line : edges) {
      laidEdges.add(
          ElkGraphUtil.createSimpleEdge(placed.get(line.source), placed.get(line.target)));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    List<double[]> boxes = new ArrayList<>();
    for (Box box : nodes.values()) {
      ElkNode node = placed.get(box.id);
      boxes.add(new double[] {node.getX(), node.getY(), node.getWidth(), node.getHeight()});
    }
    List<List<double[]>> routes = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      List<double[]> points = new ArrayList<>();
      for (ElkEdgeSection section : laidEdges.get(i).getSections()) {
        points.add(new double[] {section.getStartX(), section.getStartY()});
        for (ElkBendPoint bend : section.getBendPoints()) {
          points.add(new double[] {bend.getX(), bend.getY()});
        }
        points.add(new double[] {section.getEndX(), section.getEndY()});
      }
      routes.add(points);
    }
    return new Geometry(boxes, routes, root.getWidth(), root.getHeight());
  }

  private record Box(String id, String label) {}

  private record Line(String source, String target) {}

  /** A graph with coordinates: boxes for nodes, polylines for edges. */
  public record Laid(Map<String, Node> nodes, List<Route> routes, double width, double height) {
    public record Node(String id, String label, double x, double y, double width, double height) {}

    public record Route(String source, String target, List<double[]> points) {}
  }
}
