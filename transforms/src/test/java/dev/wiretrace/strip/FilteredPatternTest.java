package dev.wiretrace.strip;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

class FilteredPatternTest {
  /** A copy made by serialisation, as a runner makes for each bundle, shares the compiled regex. */
  @Test
  void aDeserialisedCopyMatchesAsTheOriginalWithTheSameCompiledRegex() {
    FilteredPattern original =
        FilteredPattern.compile("share (this|on) \\w+", Pattern.CASE_INSENSITIVE);
    FilteredPattern copy = SerializableUtils.clone(original);
    assertSame(original.pattern(), copy.pattern());
    String line = "SHARE THIS ARTICLE";
    assertTrue(copy.find(line, RequiredText.fold(line)));
    String other = "Shares fell on Tuesday";
    assertFalse(copy.find(other, RequiredText.fold(other)));
  }
}
