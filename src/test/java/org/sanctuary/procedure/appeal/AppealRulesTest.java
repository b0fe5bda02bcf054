package org.sanctuary.procedure.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.clocks.JurisdictionProfile;

/** PS §7: an independent appeal, lodged in time or within the grace. */
class AppealRulesTest {

  private static final LocalDate NOTIFIED = LocalDate.of(2002, 6, 13);
  private final JurisdictionProfile unhcr = JurisdictionProfile.unhcrMandate();

  @Test
  void nobodyWhoActedAtFirstInstanceDecidesTheAppeal() {
    Set<String> firstInstance = Set.of("eo-kim", "supervisor-lee");
    assertThat(AppealRules.independence("supervisor-lee", firstInstance).refusal()).isEqualTo(ReasonCode.CONFLICT_FIRST_INSTANCE_ACTOR);
    assertThat(AppealRules.independence("appeal-officer-park", firstInstance).allowed()).isTrue();
  }

  @Test
  void aLateAppealWithinTheGraceIsAcceptedAndFlaggedAfterItRefused() {
    LocalDate deadline = unhcr.appealDeadline(NOTIFIED);
    assertThat(AppealRules.timeliness(NOTIFIED, deadline, unhcr)).isEqualTo(AppealRules.Timeliness.IN_TIME);
    assertThat(AppealRules.inTime(NOTIFIED, deadline.plusDays(10), unhcr).allowed()).isTrue();
    assertThat(AppealRules.timeliness(NOTIFIED, deadline.plusDays(10), unhcr)).isEqualTo(AppealRules.Timeliness.LATE_WITHIN_GRACE);
    assertThat(AppealRules.inTime(NOTIFIED, unhcr.endOfGrace(NOTIFIED), unhcr).allowed()).isTrue();
    assertThat(AppealRules.inTime(NOTIFIED, unhcr.endOfGrace(NOTIFIED).plusDays(1), unhcr).refusal())
        .isEqualTo(ReasonCode.APPEAL_OUT_OF_TIME);
  }
}
