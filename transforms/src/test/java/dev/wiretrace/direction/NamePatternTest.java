package dev.wiretrace.direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.io.DataFile;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

class NamePatternTest {
  private static final List<String> NAMES = List.of("Press TV", "Press", "Xinhua", "Reuters");

  @Test
  void findsNamesAsWholeWordsWhateverTheTemplateTextsCase() {
    NamePattern according =
        NamePattern.compile("(?i:according to)\\s+{source}\\b", "{source}", NAMES);
    assertEquals(
        List.of(new NamePattern.Match("Press TV", "According to Press TV")),
        according.findAll("According to Press TV, the talks failed."));
    assertEquals(List.of(), according.findAll("According to Pressure groups, nothing changed."));
    assertEquals(List.of(), according.findAll("Press TV said the talks failed."));
  }

  /**
   * A copy made by serialisation, as a runner makes for each bundle, finds what the original does.
   */
  @Test
  void aDeserialisedCopyFindsWhatTheOriginalFinds() {
    NamePattern copy =
        SerializableUtils.clone(NamePattern.compile("{source}\\s+reported\\b", "{source}", NAMES));
    assertEquals(
        List.of(new NamePattern.Match("Xinhua", "Xinhua reported")),
        copy.findAll("Xinhua reported that the talks failed."));
  }

  /**
   * A bundled template whose own text gave no filter would send every sentence naming an outlet
   * through an alternation of hundreds of names.
   */
  @Test
  void everyBundledTemplateFiltersByItsOwnText() throws IOException {
    List<DataFile.Row> rows =
        DataFile.readBundled(AttributionDetector.class, AttributionDetector.DEFAULTS, 2);
    assertFalse(rows.isEmpty());
    for (DataFile.Row row : rows) {
      assertTrue(
          NamePattern.compile(row.fields()[1], "{source}", NAMES).filtersByTemplateText(),
          row.fields()[1]);
    }
  }
}
