package dev.wiretrace.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

class DocumentPairTest {
  @Test
  void aPairHasOneKeyWhicheverOrderItsDocumentsComeIn() {
    assertEquals(DocumentPair.of("b", "a"), DocumentPair.of("a", "b"));
    assertEquals(KV.of("a", "b"), DocumentPair.of("b", "a").asKv());
    assertEquals(DocumentPair.of("a", "b").hashCode(), DocumentPair.of("b", "a").hashCode());
    assertThrows(IllegalArgumentException.class, () -> new DocumentPair("b", "a"));
  }

  @Test
  void theCoderIsAGroupingKeysCoder() throws Exception {
    DocumentPair pair = DocumentPair.of("007_afp", "012_press-tv");
    CoderProperties.coderDecodeEncodeEqual(DocumentPair.Coder.of(), pair);
    CoderProperties.coderDeterministic(
        DocumentPair.Coder.of(), pair, DocumentPair.of("012_press-tv", "007_afp"));
    CoderProperties.coderConsistentWithEquals(
        DocumentPair.Coder.of(), pair, DocumentPair.of("007_afp", "013_fna"));
    CoderProperties.coderSerializable(DocumentPair.Coder.of());
  }
}
