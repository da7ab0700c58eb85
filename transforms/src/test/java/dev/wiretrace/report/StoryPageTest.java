package dev.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryPageTest {
  @Test
  void aStoryTooLargeForOnePageContinuesOnMorePages() {
    String third = "x".repeat(StoryPage.MAX_PAGE_CHARACTERS / 3 + 1);
    List<List<String>> pages = StoryPage.pages(List.of(third, third, third, "small"));
    assertEquals(2, pages.size());
    assertEquals(2, pages.get(0).size());
    assertEquals(List.of(third, "small"), pages.get(1));
  }

  @Test
  void aSectionLargerThanAPageStillGetsOne() {
    String huge = "x".repeat(StoryPage.MAX_PAGE_CHARACTERS + 1);
    assertEquals(
        List.of(List.of("a"), List.of(huge), List.of("b")),
        StoryPage.pages(List.of("a", huge, "b")));
  }

  @Test
  void partsAreNamedAfterTheirStory() {
    assertEquals("story-00042.html", StoryPage.fileName(42));
    assertEquals("story-00042-part2.html", StoryPage.fileName(42, 2));
  }
}
