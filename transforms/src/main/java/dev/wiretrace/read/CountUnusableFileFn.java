package dev.wiretrace.read;

import dev.wiretrace.model.Reject;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/** Counts a file matching passed over as read and rejected, as {@link DecodeFileFn} counts a bad file. */
class CountUnusableFileFn extends DoFn<Reject, Reject> {
  private final Counter read = Metrics.counter(CountUnusableFileFn.class, "documentsRead");
  private final Counter rejected = Metrics.counter(CountUnusableFileFn.class, "documentsRejected");

  @ProcessElement
  public void process(ProcessContext context) {
    read.inc();
    rejected.inc();
    context.output(context.element());
  }
}
