package org.sanctuary.monitoring;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.access.OfficeId;
import org.sanctuary.shared.CountClaim;
import org.sanctuary.shared.IntervalDate;
import org.sanctuary.shared.RuleRefusal;
import org.sanctuary.shared.ValidationFailed;

/** The aggregates guard their own changes: a report's correction, an event's review. */
class GuardedAggregatesTest {

  private static final OfficeId TEAM = new OfficeId(UUID.randomUUID());

  private static SourceReport report(OfficeId team, UUID supersededBy) {
    return new SourceReport(UUID.randomUUID(), team, "R-1", SourceReport.SourceType.WITNESS, LocalDate.of(2002, 6, 2), "ko",
        "Up to 500.", null, true, SourceReport.Confidentiality.OPEN, null, supersededBy, "monitor", OffsetDateTime.now());
  }

  @Test
  void aReportIsCorrectedByItsOwnTeamOnce() {
    assertThatCode(() -> report(TEAM, null).supersededBy(TEAM)).doesNotThrowAnyException();
    assertThatThrownBy(() -> report(TEAM, UUID.randomUUID()).supersededBy(TEAM))
        .isInstanceOfSatisfying(RuleRefusal.class, r -> org.assertj.core.api.Assertions.assertThat(r.code()).isEqualTo("CORRECTED_ONCE"));
    // An open report of another team is read by this one, and still not this team's to correct.
    assertThatThrownBy(() -> report(new OfficeId(UUID.randomUUID()), null).supersededBy(TEAM)).isInstanceOf(ValidationFailed.class);
  }

  @Test
  void aReviewGivesAStatusReasonsAndAtMostOneOfTheEventsOwnCounts() {
    MonitoringEvent.Claim given = new MonitoringEvent.Claim(UUID.randomUUID(), UUID.randomUUID(), "R-1", CountClaim.parse("up to 900"));
    MonitoringEvent event = new MonitoringEvent(UUID.randomUUID(), TEAM, "Returns", IntervalDate.parse("April 2002"), null, null,
        null, null, false, MonitoringEvent.Verification.UNVERIFIED, null, null, null, List.of(), List.of(given), List.of(), List.of(),
        List.of(), 0);
    assertThatCode(() -> event.review(MonitoringEvent.Verification.LIKELY, "Two independent witnesses.", given.id()))
        .doesNotThrowAnyException();
    assertThatCode(() -> event.review(MonitoringEvent.Verification.LIKELY, "Two independent witnesses.", null))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> event.review(MonitoringEvent.Verification.LIKELY, "Two independent witnesses.", UUID.randomUUID()))
        .isInstanceOfSatisfying(ValidationFailed.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.messagesByField()).containsOnlyKeys("envelopeClaimId"));
    assertThatThrownBy(() -> event.review(null, " ", null))
        .isInstanceOfSatisfying(ValidationFailed.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.messagesByField()).containsOnlyKeys("verification", "reason"));
  }
}
