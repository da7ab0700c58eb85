package dev.wiretrace.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineClassifierTest {
  private final LineClassifier classifier = new LineClassifier(BoilerplateRules.defaults());

  private String[] classify(String page) {
    return classifier.classify(Arrays.asList(page.split("\n", -1)));
  }

  @Test
  void keepsHeadlineDatelineAndBodyAmidBoilerplate() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "News / Russia / News",
                "Russian foreign minister: Sooner Syria crisis ends the better",
                "Wed Nov 2, 2016 19:50:06",
                "AFP, Athens :",
                "Russia seeks honest cooperation in Syria, Foreign Minister Sergei Lavrov said on Wednesday.",
                "Turkish, Russian army chiefs exchange views on Syria",
                "The talks were held in a constructive atmosphere, the statement said.",
                "SHARE THIS ARTICLE",
                "Press TV News Roku"));
    assertEquals("breadcrumb", reasons[0]);
    for (int i = 1; i <= 6; i++) {
      assertNull(reasons[i], "line " + i);
    }
    assertEquals("share-widget", reasons[7]);
    assertEquals(LineClassifier.AMID_BOILERPLATE, reasons[8]);
  }

  @Test
  void commentSectionRunsToTheEndWithSpecificReasons() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "Body sentence that ends here, as body sentences do.",
                "Tags: , , ,",
                "One Response to “Russia seeks cooperation”",
                "  1. daveyone1 Says:",
                "    Reblogged this on World Peace Forum.",
                "Leave a Reply",
                "You are commenting using your Twitter account. Log Out /  Change )",
                "Twitter picture",
                "Connecting to %s",
                "%d bloggers like this:"));
    assertNull(reasons[0]);
    assertEquals("tags", reasons[1]);
    assertEquals("comment-section", reasons[2]);
    assertEquals("comment", reasons[3]);
    assertEquals("comment", reasons[4]);
    assertEquals("comment-section", reasons[5]);
    assertEquals("comment-form", reasons[6]);
    assertEquals("comment-form", reasons[7]);
    assertEquals("comment-section", reasons[8]);
    assertEquals("comment-form", reasons[9]);
  }

  @Test
  void captionsAndCreditsAreStripped() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "Lavrov addresses media in Athens, Greece, on November 2, 2016. (Photo by Reuters)",
                "© AFP/File | More than 300,000 people have been killed since the start of the conflict",
                "Photo: John Smith/Getty Images",
                "© 2016 Example Media Group. All rights reserved."));
    assertEquals("photo-caption", reasons[0]);
    assertEquals("photo-caption", reasons[1]);
    assertEquals("photo-caption", reasons[2]);
    assertEquals(LineClassifier.COPYRIGHT, reasons[3]);
  }

  @Test
  void photographerCreditsAndCssRulesAreStripped() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "Tractors block a highway near Larissa, Greece, March 7, 2024. REUTERS/Alexandros Avramidis",
                ".share-buttons a:hover { opacity: 0.8; }",
                "The minister met AFP/Reuters staff on Monday to discuss coverage."));
    assertEquals("photo-caption", reasons[0]);
    assertEquals(MachineData.CODE, reasons[1]);
    assertNull(reasons[2]);
  }

  @Test
  void machineDataBlocksGoWhole() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "A sentence of the story stays in place, as it should.",
                "{",
                "  \"@context\": \"https://schema.org\",",
                "  \"headline\": \"Lavrov in Athens\",",
                "  \"author\": {\"name\": \"Staff\"}",
                "}",
                "string(31) \"[{\"id\":\"1\",\"title\":\"Other\"}]\"",
                "var x = {a: 1};",
                "www.presstv.co.uk",
                "Another sentence of the story, also kept."));
    assertNull(reasons[0]);
    for (int i = 1; i <= 4; i++) {
      assertEquals(MachineData.JSON, reasons[i], "line " + i);
    }
    assertEquals(MachineData.JSON, reasons[5]);
    assertEquals(MachineData.PHP_DUMP, reasons[6]);
    assertEquals(MachineData.CODE, reasons[7]);
    assertEquals("url", reasons[8]);
    assertNull(reasons[9]);
  }

  @Test
  void relatedStoriesHeaderTakesItsHeadlineList() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "Related articles",
                "Russia, NATO will hold parallel military drills in Balkans",
                "",
                "FBI sees no relation between Trump and Putin",
                "The minister said the resolution must be implemented by all sides without delay."));
    assertEquals("related-stories", reasons[0]);
    assertEquals("related-stories", reasons[1]);
    assertNull(reasons[2]);
    assertEquals("related-stories", reasons[3]);
    assertNull(reasons[4]);
  }

  @Test
  void userRulesExtendTheDefaults() throws IOException {
    LineClassifier extended =
        new LineClassifier(
            BoilerplateRules.defaultsPlus("line\tsite-promo\t^watch us on roku$\n", "extra.tsv"));
    assertEquals("site-promo", extended.classify(List.of("Watch us on Roku"))[0]);
    assertNull(classifier.classify(List.of("Watch us on Roku"))[0]);
  }

  @Test
  void badUserRuleIsReportedWithItsLine() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> BoilerplateRules.defaultsPlus("# comment\nline\tx\t([unclosed\n", "extra.tsv"));
    assertEquals(true, e.getMessage().startsWith("extra.tsv:2: bad regex"), e.getMessage());
  }

  private static final String PARAGRAPH =
      "The regional council said on Monday that the new bridge over the river would open in the spring,"
          + " two years later than planned, after a dispute over the cost of steel was settled in court.";

  /** The page: a comment count above the headline must not take the article with it. */
  @Test
  void aCommentCountAboveTheHeadlineStripsThatLineAlone() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "Comments (4)",
                "",
                "Bridge to open in spring",
                "",
                PARAGRAPH,
                "",
                PARAGRAPH,
                "",
                PARAGRAPH));
    assertEquals("comment-section", reasons[0]);
    assertNull(reasons[2], "the headline stays");
    assertNull(reasons[4]);
    assertNull(reasons[6]);
    assertNull(reasons[8]);
  }

  @Test
  void menusAboveAndTeasersBelowTheArticleAreOutsideTheMainText() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "World",
                "Business",
                "Sport",
                "Culture",
                "",
                "Bridge to open in spring after dispute",
                "By A. Reporter",
                "",
                PARAGRAPH,
                "",
                PARAGRAPH,
                "",
                "It will carry four lanes.",
                "",
                "Council tax to rise",
                "Storm closes schools",
                "Prize for local baker",
                "Ferry fares frozen"));
    for (int line : new int[] {0, 1, 2, 3, 14, 15, 16, 17}) {
      assertEquals(LineClassifier.OUTSIDE_MAIN_TEXT, reasons[line], "line " + line);
    }
    assertNull(reasons[5], "the headline");
    assertNull(reasons[6], "the byline");
    assertNull(reasons[8]);
    assertNull(reasons[10]);
    assertNull(reasons[12], "a short closing sentence belongs to the article");
  }

  @Test
  void aShortLineThreeTimesOnAPageIsItsFurniture() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                PARAGRAPH,
                "Whatsapp Pint Baixar",
                PARAGRAPH,
                "Whatsapp Pint Baixar",
                PARAGRAPH,
                "Whatsapp Pint Baixar",
                "Bridge news"));
    assertEquals(LineClassifier.REPEATED_ON_PAGE, reasons[1]);
    assertEquals(LineClassifier.REPEATED_ON_PAGE, reasons[3]);
    assertEquals(LineClassifier.REPEATED_ON_PAGE, reasons[5]);
    assertNull(reasons[0]);
  }

  /** A story about cookie policies is not a cookie banner, however often it says so. */
  @Test
  void aPageWhoseEveryParagraphARuleWouldStripKeepsItsProse() {
    String paragraph =
        "The regulator said on Monday that every website must explain its cookie policy in plain words"
            + " before a visitor accepts it, and that fines for breaches would rise from next year.";
    List<String> lines =
        List.of(
            "Regulator tightens web rules",
            "",
            paragraph,
            "",
            paragraph + " Again.",
            "",
            paragraph + " Once more.");
    PageVerdicts verdicts = classifier.classifyPage(lines);
    assertEquals(true, verdicts.proseKeptWhole());
    assertNull(verdicts.reasons()[2]);
    assertNull(verdicts.reasons()[4]);
    assertNull(verdicts.reasons()[6]);
    assertEquals(
        false,
        classifier
            .classifyPage(List.of("Headline here", "", PARAGRAPH, "", PARAGRAPH))
            .proseKeptWhole());
  }

  @Test
  void theArticleRunTogetherAgainInOneLineIsARepeat() {
    String second =
        "Work will start in January, and the old ferry will run until the bridge is open to traffic.";
    String third =
        "Local shops said they hoped the bridge would bring more visitors from the other bank of the river.";
    String[] reasons =
        classify(
            String.join(
                "\n",
                "Bridge to open in spring",
                "",
                PARAGRAPH,
                "",
                second,
                "",
                third,
                "",
                PARAGRAPH + " " + second + " " + third));
    assertNull(reasons[2]);
    assertNull(reasons[4]);
    assertNull(reasons[6]);
    assertEquals(LineClassifier.REPEATED_ON_PAGE, reasons[8]);
    // one paragraph repeated on its own is left: a page scraped twice over counts it once later
    String[] twice = classify(String.join("\n", PARAGRAPH, "", second, "", PARAGRAPH));
    assertNull(twice[4]);
  }

  /** Kinds of lines real sites carry wherever they stand, article or not (issue 14's list). */
  @Test
  void readerToolsAndPromptsAreStrippedWhereverTheyStand() {
    List<String> lines =
        List.of(
            "Print this article",
            "Email to a friend",
            "3 Min Read",
            "Subscribe | Sign in",
            "Listen to this article",
            "Read next: Storm closes schools",
            "Have a story? Email news@example.com");
    List<String> expected =
        List.of(
            "share-widget",
            "share-widget",
            "reading-time",
            "navigation",
            "share-widget",
            "related-stories",
            "newsletter");
    for (int i = 0; i < lines.size(); i++) {
      String[] reasons =
          classify(PARAGRAPH + "\n" + lines.get(i) + "\n" + PARAGRAPH + "\n" + PARAGRAPH);
      assertEquals(expected.get(i), reasons[1], lines.get(i));
    }
  }

  /**
   * Below a short article, a list of other stories (headline, byline, date, a teaser paragraph)
   * holds more prose than the article does; its teasers stand alone between headlines, so the
   * article is still the main text.
   */
  @Test
  void teasersOfOtherStoriesDoNotOutweighAShortArticle() {
    String teaser =
        "Residents of the old quarter said on Tuesday that the market hall should stay open at night,"
            + " as it has for forty years, and that the plan to close it had been made without them.";
    List<String> page =
        new java.util.ArrayList<>(
            List.of(
                "Bridge to open in spring after dispute - City News",
                "",
                "World",
                "Business",
                "",
                "Bridge to open in spring after dispute",
                "",
                "By A. Reporter",
                "",
                PARAGRAPH,
                "",
                "Work will start in January, and the old ferry will run until the bridge is open to traffic.",
                "",
                "More City News",
                ""));
    int firstTeaser = page.size();
    for (int story = 0; story < 4; story++) {
      page.addAll(
          List.of(
              "Market hall to stay open at night " + story,
              "",
              "B. Writer",
              "12 March 2024",
              teaser,
              ""));
    }
    String[] reasons = classifier.classify(page);
    assertNull(reasons[5], "the headline");
    assertNull(reasons[9]);
    assertNull(reasons[11]);
    for (int line = firstTeaser; line < page.size(); line++) {
      if (page.get(line).equals(teaser)) {
        assertEquals(LineClassifier.OUTSIDE_MAIN_TEXT, reasons[line], "line " + line);
      } else if (!page.get(line).isEmpty()) {
        assertNotNull(reasons[line], "line " + line + ": " + page.get(line));
      }
    }
  }

  /** The article starts at its own headline, not at the teaser headlines standing above it. */
  @Test
  void theArticleStartsAtTheHeadlineTheTitleRepeats() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "Bridge to open in spring after dispute | City News",
                "",
                "Council tax to rise again next year",
                "Storm closes schools across the county",
                "",
                "Bridge to open in spring after dispute",
                "",
                "Updated 9:40 am, Monday",
                "",
                PARAGRAPH,
                "",
                PARAGRAPH + " It said so again.",
                "",
                "Footer links"));
    assertEquals(LineClassifier.OUTSIDE_MAIN_TEXT, reasons[2]);
    assertEquals(LineClassifier.OUTSIDE_MAIN_TEXT, reasons[3]);
    assertNull(reasons[5], "the headline");
    assertNull(reasons[7], "the date line under it");
    assertNull(reasons[9]);
  }

  /** A box inside the article (a related link) does not cut off the paragraph after it. */
  @Test
  void aParagraphAfterABoxInsideTheArticleStaysWithIt() {
    String last =
        "Challenges include building the approach roads while the ferry still runs, the council added.";
    String[] reasons =
        classify(
            String.join(
                "\n",
                "Bridge to open in spring",
                "",
                PARAGRAPH,
                "",
                PARAGRAPH + " Twice.",
                "",
                "Related Links",
                "",
                "County roads website",
                "",
                last,
                "",
                "Report Error",
                "",
                "Top Video",
                "Weather",
                "Traffic",
                "Contact us"));
    assertNull(reasons[10], "the paragraph after the box");
    assertEquals(LineClassifier.OUTSIDE_MAIN_TEXT, reasons[15]);
  }

  /** A caption scraped twice, once as the caption and once as the picture's title. */
  @Test
  void aLongLineTwiceInARowIsACaption() {
    String caption =
        "Workers walk across the unfinished bridge over the river, Monday, March 11, 2024, in the city.";
    String[] reasons =
        classify(String.join("\n", PARAGRAPH, caption, caption, PARAGRAPH + " Again."));
    assertEquals(LineClassifier.REPEATED_ON_PAGE, reasons[1]);
    assertEquals(LineClassifier.REPEATED_ON_PAGE, reasons[2]);
    assertNull(reasons[0]);
    assertNull(reasons[3]);
  }

  @Test
  void aTeaserCutShortIsNotProse() {
    assertEquals(
        0,
        LineClassifier.proseWords(
            "Microsoft offers a build your own tablet bundle for families with kids..."));
    assertEquals(
        0,
        LineClassifier.proseWords(
            "Microsoft offers a build your own tablet bundle for families with kids…"));
    assertEquals(
        12,
        LineClassifier.proseWords(
            "Microsoft offers a build your own tablet bundle for families with kids."));
  }

  @Test
  void photoGalleryCountersAndButtonsAreStripped() {
    for (String line :
        List.of("Image 1 of 8", "Image 1 of / 8", "1 / 8", "Back to Gallery", "Caption")) {
      String[] reasons = classify(PARAGRAPH + "\n" + line + "\n" + PARAGRAPH + "\n" + PARAGRAPH);
      assertEquals("photo-gallery", reasons[1], line);
    }
  }

  @Test
  void wordPressCommentFormsInOtherLanguagesStartTheCommentSection() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                PARAGRAPH,
                PARAGRAPH + " Again.",
                "Deixe um comentário",
                "Nome *",
                "Ótimo texto!"));
    assertNull(reasons[1]);
    assertEquals("comment-section", reasons[2]);
    assertEquals("comment-section", reasons[4]);
  }

  /** A gallery's captions count through one total; a sentence that starts "3 of 4" stays. */
  @Test
  void captionsThatCountThroughAGalleryAreStripped() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                PARAGRAPH,
                "1 of 3 A shopper looks at extension cords at a hardware store, Tuesday, in the city.",
                "2 of 3 Extension cords of all gauges stock the shelves at the hardware store.",
                PARAGRAPH + " Again.",
                "3 of 4 voters said on Monday that they would back the bridge, the survey found."));
    assertEquals(LineClassifier.PHOTO_GALLERY, reasons[1]);
    assertEquals(LineClassifier.PHOTO_GALLERY, reasons[2]);
    assertNull(reasons[4], "one line counting alone is a sentence");
    String[] alone =
        classify(
            PARAGRAPH + "\n3 of 4 voters said on Monday that they would back it.\n" + PARAGRAPH);
    assertNull(alone[1]);
  }

  @Test
  void mostReadListsDisclaimersAndSignUpsAreStripped() {
    List<String> lines =
        List.of(
            "Most read in world news",
            "Sign Up for e-mail newsletters",
            "Apple logo, iPad and iPhone are registered trademarks of Apple Inc., registered in the"
                + " U.S. and other countries.",
            "*These statements have not been evaluated by the Food and Drug Administration.",
            "The information on this website is for informational purposes only.");
    List<String> expected =
        List.of("related-stories", "newsletter", "disclaimer", "disclaimer", "disclaimer");
    for (int i = 0; i < lines.size(); i++) {
      String[] reasons =
          classify(PARAGRAPH + "\n" + lines.get(i) + "\n" + PARAGRAPH + " Two.\n" + PARAGRAPH);
      assertEquals(expected.get(i), reasons[1], lines.get(i));
    }
  }

  /**
   * A caption beside its own shortened version ("... more") goes; a headline above its lead stays.
   */
  @Test
  void aCaptionBesideItsShortenedVersionIsStrippedButNotAHeadlineAboveItsLead() {
    String caption =
        "Workers walk across the unfinished bridge over the river, Monday, March 11, 2024. The"
            + " council expects it to open in spring. (AP Photo/Jane Roe)";
    String[] reasons =
        classify(
            String.join(
                "\n",
                PARAGRAPH,
                caption + " less",
                "Workers walk across the unfinished bridge over the river, Monday, March 11, 2024."
                    + " The council... more",
                PARAGRAPH + " Again."));
    assertEquals(LineClassifier.REPEATED_ON_PAGE, reasons[1]);
    assertEquals(LineClassifier.REPEATED_ON_PAGE, reasons[2]);
    String headline = PARAGRAPH.substring(0, PARAGRAPH.indexOf(','));
    String[] lead = classify(String.join("\n", headline, PARAGRAPH, "", PARAGRAPH + " Again."));
    assertNull(lead[0], "the headline");
    assertTrue(PARAGRAPH.startsWith(headline));
    assertNull(lead[1], "the lead that starts with the headline's words");
  }

  /**
   * A list that closes the article (tour dates, qualified teams) belongs to it; a menu does not.
   */
  @Test
  void aListOfLikeItemsUnderTheArticleStaysWithIt() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                "Bridge to open in spring",
                "",
                PARAGRAPH,
                "",
                PARAGRAPH + " Twice.",
                "",
                "Ferry timetable until then",
                "June 9 -- Old Quay, North Bank",
                "June 10 -- Market Steps, South Bank",
                "June 14 -- Mill Pier, North Bank",
                "",
                "World",
                "Business",
                "Sport",
                "Contact us"));
    for (int line = 6; line <= 9; line++) {
      assertNull(reasons[line], "line " + line);
    }
    for (int line = 11; line <= 14; line++) {
      assertEquals(LineClassifier.OUTSIDE_MAIN_TEXT, reasons[line], "line " + line);
    }
  }

  /** A comment section's marker below a related-stories header still starts the section. */
  @Test
  void aCommentMarkerInsideARelatedListStartsTheCommentSection() {
    String[] reasons =
        classify(
            String.join(
                "\n",
                PARAGRAPH,
                PARAGRAPH + " Twice.",
                "Related content",
                "Leave a Reply Cancel reply",
                "By submitting this form you agree to our use of your data for publishing your"
                    + " comment on this website and nothing else.",
                "Your personal data will only be disclosed to third parties to filter spam and never"
                    + " for any other purpose at all."));
    assertEquals("related-stories", reasons[2]);
    assertEquals("comment-section", reasons[3]);
    assertEquals("comment-section", reasons[4]);
    assertEquals("comment-section", reasons[5]);
  }
}
