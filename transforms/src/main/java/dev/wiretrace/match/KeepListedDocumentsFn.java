package dev.wiretrace.match;

import dev.wiretrace.io.SideInputSet;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollectionView;

/** Keeps the documents whose id is on a list: the earlier documents that are candidates tonight. */
public class KeepListedDocumentsFn<T> extends DoFn<T, T> {
  private final PCollectionView<List<String>> ids;
  private final SerializableFunction<T, String> idOf;

  private transient SideInputSet<String> listed;

  public KeepListedDocumentsFn(
      PCollectionView<List<String>> ids, SerializableFunction<T, String> idOf) {
    this.ids = ids;
    this.idOf = idOf;
  }

  @Setup
  public void setUp() {
    listed = new SideInputSet<>();
  }

  @ProcessElement
  public void process(ProcessContext context) {
    if (listed.of(context.sideInput(ids)).contains(idOf.apply(context.element()))) {
      context.output(context.element());
    }
  }
}
