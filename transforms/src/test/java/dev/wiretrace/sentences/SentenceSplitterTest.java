package dev.wiretrace.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void splitsAtStopsButNotAtTitlesMonthsOrInitials() {
    assertEquals(
        List.of(
            "Gen. Hulusi Akar met John F. Kennedy Jr. on Nov. 4 in Moscow.",
            "The talks went well."),
        SentenceSplitter.split(
            "Gen. Hulusi Akar met John F. Kennedy Jr. on Nov. 4 in Moscow. The talks went well."));
  }

  @Test
  void dottedAcronymEndsASentenceOnlyBeforeASentenceStarter() {
    assertEquals(
        List.of("Talks with the U.S. Army resumed.", "He left the U.S.", "The visit ended."),
        SentenceSplitter.split(
            "Talks with the U.S. Army resumed. He left the U.S. The visit ended."));
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertEquals(
        List.of(
            "“We must come to an agreement, the sooner the better,” he said.",
            "“Almost a year has passed.”",
            "It ended."),
        SentenceSplitter.split(
            "“We must come to an agreement, the sooner the better,” he said. “Almost a year has"
                + " passed.” It ended."));
  }

  @Test
  void ellipsisBeforeLowerCaseContinuesTheSentenceAndBeforeCapitalEndsIt() {
    assertEquals(
        List.of("\"Unfortunately... there is sabotage,\" he said.", "Then...", "Nothing."),
        SentenceSplitter.split(
            "\"Unfortunately... there is sabotage,\" he said. Then... Nothing."));
  }

  @Test
  void questionInsideQuoteFollowedByLowerCaseDoesNotSplit() {
    assertEquals(
        List.of("\"Why now?\" he asked."), SentenceSplitter.split("\"Why now?\" he asked."));
  }

  @Test
  void headlinesAndDatelinesAreParagraphsOfTheirOwn() {
    assertEquals(
        List.of("Lavrov in Athens", "Wed Nov 2, 2016", "Russia seeks talks."),
        SentenceSplitter.paragraphs("Lavrov in Athens\nWed Nov 2, 2016\nRussia seeks talks."));
  }

  @Test
  void hardWrappedSentencesAreJoined() {
    assertEquals(
        List.of(
            "Inheritance is a basic concept of Object-Oriented Programming where the basic idea is reuse."),
        SentenceSplitter.sentences(
            "Inheritance is a basic concept of Object-Oriented Programming where\nthe basic idea is reuse."));
  }
}
