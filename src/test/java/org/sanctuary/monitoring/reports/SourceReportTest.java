package org.sanctuary.monitoring.reports;

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

/** A report guards its own correction: by its own team, once. */
class SourceReportTest {

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

}
