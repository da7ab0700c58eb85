package dev.wiretrace.read;

import dev.wiretrace.model.Document;
import dev.wiretrace.model.Reject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Two files with one name in different folders would be one document id twice; the first path in
 * sort order wins, the others are rejected, so the choice does not depend on the runner.
 */
class KeepFirstPathFn extends DoFn<KV<String, Iterable<Document>>, Document> {
  private final Counter duplicates = Metrics.counter(KeepFirstPathFn.class, "duplicateIds");

  @ProcessElement
  public void process(ProcessContext context) {
    List<Document> documents = new ArrayList<>();
    context.element().getValue().forEach(documents::add);
    documents.sort(Comparator.comparing(Document::getPath));
    Document kept = documents.get(0);
    context.output(kept);
    for (Document duplicate : documents.subList(1, documents.size())) {
      duplicates.inc();
      context.output(
          ReadCorpus.REJECTS,
          Reject.create(
              duplicate.getPath(),
              "duplicate-id",
              "document id '" + kept.id() + "' is already taken by " + kept.getPath()));
    }
  }
}
