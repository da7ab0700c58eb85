package dev.wiretrace.direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.model.Credit;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditDetectorTest {
  private final CreditDetector detector = CreditDetector.defaults(AgencyCatalog.defaults());

  private List<String> agencies(List<String> lines, List<String> copyright) {
    return detector.detect(lines, copyright).stream().map(Credit::getAgency).toList();
  }

  @Test
  void findsDatelineAndCreditLineForms() {
    assertEquals(
        List.of("AFP"),
        agencies(List.of("Headline", "ATHENS (AFP)\u00A0–\u00A0Russia seeks talks."), List.of()));
    assertEquals(
        List.of("TASS"),
        agencies(List.of("ATHENS, November 2. /TASS/. Moscow still expects."), List.of()));
    assertEquals(
        List.of("AFP"), agencies(List.of("AFP, Athans :", "Russia seeks talks."), List.of()));
    assertEquals(
        List.of("Reuters"), agencies(List.of("MOSCOW, Nov 2 (Reuters) - Russia said."), List.of()));
    assertEquals(
        List.of("Xinhua"),
        agencies(
            List.of("Body one.", "Body two.", "Body three.", "Body four.", "— Xinhua"), List.of()));
    assertEquals(List.of("AFP"), agencies(List.of("Body."), List.of("© AFP 2016")));
  }

  @Test
  void mentionsAndInterviewsAreNotCredits() {
    assertEquals(
        List.of(),
        agencies(
            List.of(
                "Zakaria Malahifji of the Fastaqim rebel group told Reuters.",
                "An AFP photographer saw the convoy."),
            List.of()));
  }

  @Test
  void deepInTheBodyADatelineIsNotACredit() {
    assertEquals(
        List.of(),
        agencies(
            List.of(
                "One.",
                "Two.",
                "Three.",
                "Four.",
                "PARIS (AFP) - a quoted old story.",
                "Six.",
                "Seven.",
                "Eight."),
            List.of()));
  }

  @Test
  void bareCreditLinesAreRecognisedForTitles() {
    assertTrue(detector.isCreditLine("AFP, Athans :"));
    assertFalse(detector.isCreditLine("Russia seeks honest cooperation in Syria: Lavrov"));
  }

  @Test
  void catalogKnowsNamesAliasesAndDomains() {
    AgencyCatalog catalog = AgencyCatalog.defaults();
    assertEquals("AFP", catalog.agencyNamed("Agence France-Presse").orElseThrow());
    assertEquals("Reuters", catalog.agencyNamed("reuters").orElseThrow());
    assertEquals("TASS", catalog.agencyForHost("tass.com").orElseThrow());
    assertTrue(catalog.agencyNamed("Press TV").isEmpty());
  }

  @Test
  void usersCanAddAgencies() throws IOException {
    AgencyCatalog catalog =
        AgencyCatalog.defaultsPlus("Mehr\tMehr|MNA\tmehrnews.com\n", "extra.tsv");
    CreditDetector extended = CreditDetector.defaults(catalog);
    assertEquals(
        List.of("Mehr"),
        extended.detect(List.of("TEHRAN (MNA) – Iran said."), List.of()).stream()
            .map(Credit::getAgency)
            .toList());
  }
}
