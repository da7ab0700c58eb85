package dev.wiretrace.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * A list known when the pipeline is built, as a collection: one step after an {@link Impulse}.
 * {@link Create} turns a list of several elements into a bounded-source read, which the
 * DirectRunner runs as a splittable DoFn resumed by processing-time timers: more machinery than a
 * list known in advance needs. The elements travel encoded with their coder, so they need not be
 * Java-serialisable.
 */
public class ListedElements<T> extends PTransform<PBegin, PCollection<T>> {
  private final List<byte[]> encoded;
  private final Coder<T> coder;

  private ListedElements(List<byte[]> encoded, Coder<T> coder) {
    this.encoded = encoded;
    this.coder = coder;
  }

  public static <T> ListedElements<T> of(List<T> elements, Coder<T> coder) {
    List<byte[]> encoded = new ArrayList<>();
    for (T element : elements) {
      try {
        encoded.add(CoderUtils.encodeToByteArray(coder, element));
      } catch (CoderException e) {
        throw new IllegalArgumentException("cannot encode " + element + " with " + coder, e);
      }
    }
    return new ListedElements<>(encoded, coder);
  }

  @Override
  public PCollection<T> expand(PBegin input) {
    return input
        .apply("Start", Impulse.create())
        .apply("EmitElements", ParDo.of(new EmitFn<>(encoded, coder)))
        .setCoder(coder);
  }

  static class EmitFn<T> extends DoFn<byte[], T> {
    private final List<byte[]> encoded;
    private final Coder<T> coder;

    EmitFn(List<byte[]> encoded, Coder<T> coder) {
      this.encoded = encoded;
      this.coder = coder;
    }

    @ProcessElement
    public void process(OutputReceiver<T> out) throws CoderException {
      for (byte[] element : encoded) {
        out.output(CoderUtils.decodeFromByteArray(coder, element));
      }
    }
  }
}
