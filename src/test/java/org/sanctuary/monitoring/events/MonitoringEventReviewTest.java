package org.sanctuary.monitoring.events;

import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.reports.SourceReport;

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

/** An event guards its own review: a status, reasons, and at most one of its own counts. */
class MonitoringEventReviewTest {

  private static final OfficeId TEAM = new OfficeId(UUID.randomUUID());

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
