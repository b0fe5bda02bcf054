package org.sanctuary.procedure.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.clocks.JurisdictionProfile;

/** PS §9.1: a missed appointment closes a file only after six weeks and a contact attempt. */
class AbandonmentClosureTest {

  private static final LocalDate MISSED = LocalDate.of(2002, 6, 3);
  private final JurisdictionProfile unhcr = JurisdictionProfile.unhcrMandate();

  @Test
  void closingBeforeSixWeeksOrWithoutAContactAttemptIsRefused() {
    assertThat(AbandonmentClosure.check(MISSED, 2, MISSED.plusDays(41), unhcr).refusal()).isEqualTo(ReasonCode.CLOSURE_TOO_EARLY);
    assertThat(AbandonmentClosure.check(MISSED, 0, MISSED.plusDays(60), unhcr).refusal()).isEqualTo(ReasonCode.CLOSURE_TOO_EARLY);
    assertThat(AbandonmentClosure.check(null, 3, MISSED.plusDays(60), unhcr).refusal()).isEqualTo(ReasonCode.CLOSURE_TOO_EARLY);
  }

  @Test
  void sixWeeksAfterTheMissedAppointmentWithOneAttemptTheFileMayClose() {
    assertThat(AbandonmentClosure.check(MISSED, 1, MISSED.plusDays(42), unhcr).allowed()).isTrue();
  }
}
