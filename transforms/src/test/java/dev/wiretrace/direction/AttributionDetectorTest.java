package dev.wiretrace.direction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wiretrace.model.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionDetectorTest {
  private final AttributionDetector detector =
      AttributionDetector.forNames(
          List.of("Press TV", "FNA", "Al Jazeera"), AgencyCatalog.defaults());

  private List<String> names(String sentence, String own) {
    return detector.detect(List.of(sentence), own).stream().map(Attribution::getName).toList();
  }

  @Test
  void findsCommonAttributionPhrases() {
    assertEquals(List.of("Press TV"), names("The forces in Syria; Press TV reported.", "FNA"));
    assertEquals(List.of("Xinhua"), names("According to Xinhua, the talks ended.", "FNA"));
    assertEquals(List.of("Reuters"), names("The rebel told Reuters on Friday.", "FNA"));
    assertEquals(
        List.of("AFP"), names("The minister said, as reported by Agence France-Presse.", "FNA"));
    assertEquals(
        List.of("Al Jazeera"), names("Al Jazeera's correspondent reported heavy fire.", "FNA"));
  }

  @Test
  void unknownNamesAndOwnOutletAreIgnored() {
    assertEquals(List.of(), names("Lavrov said the talks ended.", "FNA"));
    assertEquals(List.of(), names("Press TV reported earlier that talks ended.", "Press TV"));
  }
}
