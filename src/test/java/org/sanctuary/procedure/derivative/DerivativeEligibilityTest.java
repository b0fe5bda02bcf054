package org.sanctuary.procedure.derivative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuary.procedure.ReasonCode;

/** Handbook ¶184: family unity, except for the excluded and the host country's nationals. */
class DerivativeEligibilityTest {

  @Test
  void anExcludedMemberOrAHostNationalGetsNoDerivativeStatus() {
    assertThat(DerivativeEligibility.check(true, List.of("PRK"), "CHN").refusal()).isEqualTo(ReasonCode.DERIVATIVE_INELIGIBLE);
    assertThat(DerivativeEligibility.check(false, List.of("PRK", "CHN"), "CHN").refusal()).isEqualTo(ReasonCode.DERIVATIVE_INELIGIBLE);
  }

  @Test
  void aNorthKoreanChildOfARefugeeDoes() {
    assertThat(DerivativeEligibility.check(false, List.of("PRK"), "CHN").allowed()).isTrue();
  }
}
