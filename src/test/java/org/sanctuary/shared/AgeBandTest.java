package org.sanctuary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An age band is read from a date of birth only as far as the date tells: never guessed. */
class AgeBandTest {

  private static final LocalDate DECIDED = LocalDate.of(2002, 6, 1);

  @Test
  void aBirthdayDecidesTheBandOnTheDay() {
    assertThat(AgeBand.on(LocalDate.of(1984, 6, 1), LocalDate.of(1984, 6, 1), DECIDED)).isEqualTo(AgeBand.FROM_18_TO_59);
    assertThat(AgeBand.on(LocalDate.of(1984, 6, 2), LocalDate.of(1984, 6, 2), DECIDED)).isEqualTo(AgeBand.UNDER_18);
    assertThat(AgeBand.on(LocalDate.of(1941, 1, 1), LocalDate.of(1941, 12, 31), DECIDED)).isEqualTo(AgeBand.FROM_60);
  }

  @Test
  void aYearOfBirthThatStraddlesTwoBandsOrAnOpenIntervalGivesNoBand() {
    assertThat(AgeBand.on(LocalDate.of(1984, 1, 1), LocalDate.of(1984, 12, 31), DECIDED)).isNull();
    assertThat(AgeBand.on(null, LocalDate.of(1984, 12, 31), DECIDED)).isNull();
    assertThat(AgeBand.on(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 1, 1), DECIDED)).isNull();
    assertThat(AgeBand.on(LocalDate.of(1970, 1, 1), LocalDate.of(1980, 12, 31), DECIDED)).isEqualTo(AgeBand.FROM_18_TO_59);
  }
}
