package dev.wiretrace.direction;

import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.Credit;
import dev.wiretrace.model.DocumentClues;
import java.util.ArrayList;
import java.util.List;

/** A document that credits a wire agency is, by its own word, a reprint of that agency's wire. */
public final class CreditEdges {
  private CreditEdges() {}

  /** One candidate edge {@code wire:AGENCY -> document} per agency the document credits. */
  public static List<CopyEdge> of(DocumentClues document) {
    List<CopyEdge> edges = new ArrayList<>();
    for (Credit credit : document.getCredits()) {
      if (!document.creditsAsReprint(credit.getAgency())) {
        continue;
      }
      edges.add(
          CopyEdge.builder()
              .setSource(CopyEdge.wireNode(credit.getAgency()))
              .setTarget(document.id())
              .setSharedWords(0)
              .setScore(0)
              .setConfidence(Confidence.HIGH)
              .setNamedByTarget(true)
              .setSourceAgency(credit.getAgency())
              .setReasons(
                  List.of(
                      String.format(
                          "%s credits %s: \"%s\" (%s)",
                          document.id(),
                          credit.getAgency(),
                          credit.getEvidence(),
                          credit.getPattern())))
              .build());
    }
    return edges;
  }
}
