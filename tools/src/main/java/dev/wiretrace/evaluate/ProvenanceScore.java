package dev.wiretrace.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** How a predicted citation graph compares with the ground truth. */
public final class ProvenanceScore {
  /** A predicted document-level edge. */
  public record Predicted(String source, String target, boolean primary) {}

  public int truePositives;
  public int falsePositives;
  public int falseNegatives;
  public int trueNegatives;
  public int detectedDerived;
  public int rightPrimary;
  public int trueEdges;
  public int foundTrueEdges;
  public int predictedEdges;
  public int reversedEdges;
  public int siblingEdges;
  public int unrelatedEdges;
  public final List<String> problems = new ArrayList<>();

  public static ProvenanceScore of(GroundTruth truth, List<Predicted> predicted) {
    ProvenanceScore score = new ProvenanceScore();
    Map<String, String> truePrimary = truth.primaryParents();
    Map<String, String> predictedPrimary = new TreeMap<>();
    Set<String> predictedDerived = new TreeSet<>();
    for (Predicted edge : predicted) {
      if (!truth.documents().contains(edge.target())) {
        continue;
      }
      predictedDerived.add(edge.target());
      if (edge.primary()) {
        predictedPrimary.put(edge.target(), edge.source());
      }
    }
    Set<String> trulyDerived = new TreeSet<>();
    truth.edges().forEach(e -> trulyDerived.add(e.target()));
    for (String document : truth.documents()) {
      boolean actual = trulyDerived.contains(document);
      boolean found = predictedDerived.contains(document);
      if (actual && found) {
        score.truePositives++;
        score.detectedDerived++;
        if (truePrimary.getOrDefault(document, "").equals(predictedPrimary.get(document))) {
          score.rightPrimary++;
        } else {
          score.problems.add(
              "wrong primary parent of "
                  + document
                  + ": "
                  + predictedPrimary.get(document)
                  + " (true: "
                  + truePrimary.get(document)
                  + ")");
        }
      } else if (found) {
        score.falsePositives++;
        score.problems.add(
            "not derived, but given parent " + predictedPrimary.get(document) + ": " + document);
      } else if (actual) {
        score.falseNegatives++;
        score.problems.add(
            "derived from " + truePrimary.get(document) + ", but no parent found: " + document);
      } else {
        score.trueNegatives++;
      }
    }
    Set<String> trueEdgeKeys = new TreeSet<>();
    truth.edges().forEach(e -> trueEdgeKeys.add(e.source() + "->" + e.target()));
    score.trueEdges = trueEdgeKeys.size();
    for (Predicted edge : predicted) {
      if (!truth.documents().contains(edge.target())) {
        continue;
      }
      score.predictedEdges++;
      String key = edge.source() + "->" + edge.target();
      if (trueEdgeKeys.contains(key)) {
        score.foundTrueEdges++;
        continue;
      }
      if (trueEdgeKeys.contains(edge.target() + "->" + edge.source())
          || truth.ancestors(edge.source()).contains(edge.target())) {
        score.reversedEdges++;
        score.problems.add("reversed edge: " + key);
      } else if (!Collections.disjoint(
          truth.ancestors(edge.source()), truth.ancestors(edge.target()))) {
        score.siblingEdges++;
        score.problems.add("edge between siblings: " + key);
      } else {
        score.unrelatedEdges++;
        score.problems.add("edge between unrelated documents: " + key);
      }
    }
    Collections.sort(score.problems);
    return score;
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    return ratio(
        truePositives + trueNegatives,
        truePositives + trueNegatives + falsePositives + falseNegatives);
  }

  public double primaryAccuracy() {
    return ratio(rightPrimary, detectedDerived);
  }

  public double edgePrecision() {
    return ratio(foundTrueEdges, predictedEdges);
  }

  public double edgeRecall() {
    return ratio(foundTrueEdges, trueEdges);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
