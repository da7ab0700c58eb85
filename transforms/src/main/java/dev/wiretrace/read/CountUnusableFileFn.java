package dev.wiretrace.read;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.Reject;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Counts a file matching passed over as read and rejected, as {@link DecodeFileFn} counts a bad
 * file.
 */
class CountUnusableFileFn extends DoFn<Reject, Reject> {
  private final Counter read = Metrics.counter(CountUnusableFileFn.class, Counters.DOCUMENTS_READ);
  private final Counter rejected =
      Metrics.counter(CountUnusableFileFn.class, Counters.DOCUMENTS_REJECTED);

  @ProcessElement
  public void process(ProcessContext context) {
    read.inc();
    rejected.inc();
    context.output(context.element());
  }
}
