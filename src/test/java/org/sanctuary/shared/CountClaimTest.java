package org.sanctuary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Monitoring.md §2: counts are claims with bounds; unknown is never zero. */
class CountClaimTest {

  @ParameterizedTest(name = "\"{0}\" is {1}..{2} ({3})")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "up to 900                 | -    | 900  | UP_TO     | PERSON",
        "up to 500 North Koreans   | -    | 500  | UP_TO     | PERSON",
        "at least 25               | 25   | -    | AT_LEAST  | PERSON",
        "more than 25              | 26   | -    | MORE_THAN | PERSON",
        "fewer than 10             | -    | 9    | FEWER_THAN| PERSON",
        "about 50                  | 45   | 55   | ABOUT     | PERSON",
        "several dozen             | 24   | -    | AT_LEAST  | PERSON",
        "dozens of families        | 24   | -    | AT_LEAST  | FAMILY",
        "hundreds                  | 200  | -    | AT_LEAST  | PERSON",
        "hundreds of North Koreans | 200  | -    | AT_LEAST  | PERSON",
        "six                       | 6    | 6    | EXACT     | PERSON",
        "twenty-five               | 25   | 25   | EXACT     | PERSON",
        "1,200                     | 1200 | 1200 | EXACT     | PERSON",
        "between 20 and 30         | 20   | 30   | BETWEEN   | PERSON",
        "3 groups                  | 3    | 3    | EXACT     | GROUP",
      })
  void readsTheCountsReportsGive(String text, Long min, Long max, CountQualifier qualifier, CountUnit unit) {
    CountClaim claim = CountClaim.parse(text);

    assertThat(claim.min()).isEqualTo(min);
    assertThat(claim.max()).isEqualTo(max);
    assertThat(claim.qualifier()).isEqualTo(qualifier);
    assertThat(claim.unit()).isEqualTo(unit);
    assertThat(claim.text()).isEqualTo(text.strip());
  }

  @Test
  void theLongjingAndTumenReturnsAddUpToAtMost1400WithTheMinimumStillUnknown() {
    CountClaim total = CountClaim.parse("up to 900").plus(CountClaim.parse("up to 500"));

    assertThat(total.min()).isNull();
    assertThat(total.max()).isEqualTo(1400);
    assertThat(total.qualifier()).isEqualTo(CountQualifier.UP_TO);
  }

  @Test
  void anUnknownCountMakesTheSumUnknownNotSmaller() {
    CountClaim total =
        CountClaim.sum(
            List.of(CountClaim.parse("six"), CountClaim.unknown(CountUnit.PERSON)), CountUnit.PERSON);

    assertThat(total.min()).isNull();
    assertThat(total.max()).isNull();
    assertThat(total.qualifier()).isEqualTo(CountQualifier.UNKNOWN);
  }

  @Test
  void familiesAreNeverAddedToPersons() {
    assertThatThrownBy(() -> CountClaim.parse("six").plus(CountClaim.parse("3 families")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wordsThatAreNoCountAreRefused() {
    assertThatThrownBy(() -> CountClaim.parse("many people")).isInstanceOf(UnreadableValue.class);
    assertThatThrownBy(() -> CountClaim.parse("")).isInstanceOf(UnreadableValue.class);
  }
}
