package org.sanctuary.procedure.removal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctuary.procedure.ClaimState;
import org.sanctuary.procedure.ReasonCode;

/** Art 33: nobody is handed over while their claim can still succeed; a refugee never. */
class NonRefoulementLockTest {

  private static final LocalDate TODAY = LocalDate.of(2002, 9, 1);

  @ParameterizedTest
  @EnumSource(value = ClaimState.class, names = {"FINAL_NEGATIVE", "CLOSED_WITHDRAWN", "STATUS_ENDED"}, mode = EnumSource.Mode.EXCLUDE)
  void aHandoverIsRefusedInEveryStateButTheConcludedOnes(ClaimState state) {
    assertThat(NonRefoulementLock.check(new RemovalRequest(state, null, false, true, TODAY)).refusal())
        .isEqualTo(ReasonCode.PENDING_CLAIM_NON_REFOULEMENT);
  }

  @Test
  void aFinalNegativeClaimStaysLockedUntilTheGraceEndsNothingIsPendingAndRiskIsAssessed() {
    LocalDate graceEnds = TODAY.plusDays(3);
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.FINAL_NEGATIVE, graceEnds, false, true, TODAY)).allowed()).isFalse();
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.FINAL_NEGATIVE, TODAY, false, true, TODAY)).allowed()).isFalse();
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.FINAL_NEGATIVE, null, true, true, TODAY)).allowed()).isFalse();
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.FINAL_NEGATIVE, null, false, false, TODAY)).allowed()).isFalse();
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.FINAL_NEGATIVE, TODAY.minusDays(1), false, true, TODAY)).allowed()).isTrue();
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.CLOSED_WITHDRAWN, null, false, true, TODAY)).allowed()).isTrue();
  }

  @Test
  void anEndedStatusIsConcludedOnlyOnceItsAppealWindowAndGraceHavePassedAndRiskIsAssessed() {
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.STATUS_ENDING_NOTIFIED, TODAY.minusDays(1), false, true, TODAY)).allowed())
        .isFalse();
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.STATUS_ENDED, TODAY, false, true, TODAY)).allowed()).isFalse();
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.STATUS_ENDED, TODAY.minusDays(1), false, false, TODAY)).allowed()).isFalse();
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.STATUS_ENDED, TODAY.minusDays(1), false, true, TODAY)).allowed()).isTrue();
  }

  @Test
  void aRecognisedRefugeeIsNeverRemovedWhateverElseHolds() {
    assertThat(NonRefoulementLock.check(new RemovalRequest(ClaimState.RECOGNISED, TODAY.minusYears(1), false, true, TODAY)).detail())
        .contains("never");
  }
}
