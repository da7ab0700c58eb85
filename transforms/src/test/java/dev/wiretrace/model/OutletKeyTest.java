package dev.wiretrace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutletKeyTest {
  @Test
  void namesThatDifferOnlyInCaseAreOneOutlet() {
    assertEquals(OutletKey.of("Press TV"), OutletKey.of("PRESS TV"));
    assertTrue(OutletKey.same("Press TV", "press tv"));
    assertFalse(OutletKey.same("Press TV", "PressTV"));
  }

  @Test
  void noOutletIsNoneOfThem() {
    assertEquals("", OutletKey.of(null));
    assertFalse(OutletKey.same(null, null));
    assertFalse(OutletKey.same("AFP", null));
  }
}
