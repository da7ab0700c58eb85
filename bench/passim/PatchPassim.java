import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Patches passim's PassimApp.scala to cluster with Spark's GraphX instead of GraphFrames; run as
 * {@code java PatchPassim.java PassimApp.scala}.
 *
 * <p>GraphFrames 0.8 was published only to the Spark Packages repository, which this machine cannot
 * reach. Its connected components and label propagation, as passim calls them, are GraphX's
 * algorithms on the same vertices and edges: a vertex's cluster is the smallest vertex id in its
 * component (as GraphFrames labels them), and a vertex with no edge is a cluster of its own. The
 * BuildInfo object that sbt generated is written by hand.
 */
public class PatchPassim {
  private static final String OLD_CLUSTERING =
      """
          val passGraph = GraphFrame(
            pass.select('nid as "id", 'uid, 'gid, 'begin, 'end),
            pass.select('nid, explode('edges) as "eid")
              .groupBy("eid").agg(min("nid") as "src", max("nid") as "dst"))

          val groups = if ( config.labelPropagation ) {
            passGraph.labelPropagation.maxIter(11).run().withColumnRenamed("label", "cluster")
          } else {
            spark.sparkContext.setCheckpointDir(config.outputPath + "/tmp")
            passGraph.connectedComponents.run().withColumnRenamed("component", "cluster")
          }
      """;

  private static final String NEW_CLUSTERING =
      """
          val passVertices = pass.select('nid as "id", 'uid, 'gid, 'begin, 'end)
          val passEdges = pass.select('nid, explode('edges) as "eid")
            .groupBy("eid").agg(min("nid") as "src", max("nid") as "dst")
          val passGraph = Graph.fromEdges(
            passEdges.select('src, 'dst).rdd.map { r => Edge(r.getLong(0), r.getLong(1), 1) }, 0L)
          val labels = if ( config.labelPropagation ) {
            org.apache.spark.graphx.lib.LabelPropagation.run(passGraph, 11).vertices
          } else {
            spark.sparkContext.setCheckpointDir(config.outputPath + "/tmp")
            passGraph.connectedComponents().vertices
          }
          val groups = passVertices
            .join(labels.toDF("id", "label"), Seq("id"), "left_outer")
            .withColumn("cluster", coalesce('label, 'id))
            .drop("label")
      """;

  public static void main(String[] args) throws Exception {
    Path path = Path.of(args[0]);
    String source = Files.readString(path, StandardCharsets.UTF_8);
    if (!source.contains(OLD_CLUSTERING)) {
      System.err.println("PatchPassim: the clustering code is not where this patch expects it");
      System.exit(1);
    }
    source =
        source
            .replace(OLD_CLUSTERING, NEW_CLUSTERING)
            .replace("import org.graphframes._\n", "")
            .concat("\nobject BuildInfo {\n  val version = \"0.2.0\"\n}\n");
    Files.writeString(path, source, StandardCharsets.UTF_8);
  }
}
