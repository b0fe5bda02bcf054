package org.sanctuary.procedure.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctuary.procedure.ReasonCode;

/** procedure.md §5: the UNHCR mandate clocks, and floors no profile can go below. */
class JurisdictionProfileTest {

  private final JurisdictionProfile unhcr = JurisdictionProfile.unhcrMandate();

  @Test
  void anAppealIsDueThirtyDaysAfterNotificationWithSixWeeksOfGraceAfterThat() {
    LocalDate notified = LocalDate.of(2002, 6, 13);
    assertThat(unhcr.appealDeadline(notified)).isEqualTo(LocalDate.of(2002, 7, 13));
    assertThat(unhcr.endOfGrace(notified)).isEqualTo(LocalDate.of(2002, 8, 24));
  }

  @Test
  void priorityCasesGetShorterTargets() {
    LocalDate registered = LocalDate.of(2002, 6, 1);
    assertThat(unhcr.interviewTarget(registered, true)).isBefore(unhcr.interviewTarget(registered, false));
    assertThat(unhcr.decisionTarget(registered, false)).isEqualTo(LocalDate.of(2002, 7, 1));
  }

  @Test
  void aProfileCannotShortenTheAppealBelowThirtyDays() {
    JurisdictionProfile shortened = new JurisdictionProfile("hasty", 15, 42, 42, 182, 30, 2);
    assertThat(shortened.checkFloors().refusal()).isEqualTo(ReasonCode.BELOW_LEGAL_MINIMUM);
    assertThat(shortened.checkFloors().missing()).containsExactly("appealDays (at least 30)");
    assertThat(unhcr.checkFloors().allowed()).isTrue();
    assertThat(new JurisdictionProfile("generous", 60, 90, 60, 90, 30, 3).checkFloors().allowed()).isTrue();
  }
}
