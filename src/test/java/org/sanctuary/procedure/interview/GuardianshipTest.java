package org.sanctuary.procedure.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanctuary.procedure.ReasonCode;

/** A child alone withdraws nothing without a guardian; an adult needs none. */
class GuardianshipTest {

  @Test
  void aChildAloneCannotWithdrawWithoutAGuardian() {
    assertThat(Guardianship.required(true, false, "to withdraw the claim").refusal()).isEqualTo(ReasonCode.NO_GUARDIAN);
    assertThat(Guardianship.required(true, true, "to withdraw the claim").allowed()).isTrue();
    assertThat(Guardianship.required(false, false, "to withdraw the claim").allowed()).isTrue();
  }
}
