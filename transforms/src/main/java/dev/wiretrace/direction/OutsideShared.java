package dev.wiretrace.direction;

import com.google.auto.value.AutoValue;
import dev.wiretrace.model.PairScore;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/**
 * How many words of one document beyond a pair's shared text its other copying partners share
 * ({@link PairScore#getOutsideSharedA}), on its way to both documents of the pair.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class OutsideShared {
  /** The pair, as {@link KeyByPair#of} keys it. */
  public abstract String getPairKey();

  /** The side the figure is of. */
  public abstract String getDocument();

  public abstract int getWords();

  public static OutsideShared create(String pairKey, String document, int words) {
    return new AutoValue_OutsideShared(pairKey, document, words);
  }

  /** {@code pair} with the figures among {@code figures} that are of its two sides. */
  public static PairScore annotate(PairScore pair, List<OutsideShared> figures) {
    String key = KeyByPair.of(pair);
    PairScore.Builder annotated = pair.toBuilder();
    for (OutsideShared figure : figures) {
      if (!figure.getPairKey().equals(key)) {
        continue;
      }
      if (figure.getDocument().equals(pair.getA().id())) {
        annotated.setOutsideSharedA(figure.getWords());
      } else {
        annotated.setOutsideSharedB(figure.getWords());
      }
    }
    return annotated.build();
  }
}
