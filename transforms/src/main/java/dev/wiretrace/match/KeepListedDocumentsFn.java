package dev.wiretrace.match;

import dev.wiretrace.io.SideInputSet;
import dev.wiretrace.model.HashedDocument;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;

/** Keeps the documents whose id is on a list: the earlier documents that are candidates tonight. */
public class KeepListedDocumentsFn extends DoFn<HashedDocument, HashedDocument> {
  private final PCollectionView<List<String>> ids;

  private transient SideInputSet<String> listed;

  public KeepListedDocumentsFn(PCollectionView<List<String>> ids) {
    this.ids = ids;
  }

  @Setup
  public void setUp() {
    listed = new SideInputSet<>();
  }

  @ProcessElement
  public void process(ProcessContext context) {
    if (listed.of(context.sideInput(ids)).contains(context.element().id())) {
      context.output(context.element());
    }
  }
}
