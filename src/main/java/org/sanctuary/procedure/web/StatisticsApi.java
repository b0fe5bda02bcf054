package org.sanctuary.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.sanctuary.access.OfficeId;
import org.sanctuary.procedure.OfficeStatistics;
import org.sanctuary.procedure.ProcedureStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The procedure statistics of an office as JSON: the same figures as the statistics page. */
@RestController
@Tag(name = "Statistics")
class StatisticsApi {

  private final ProcedureStatistics statistics;

  StatisticsApi(ProcedureStatistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/api/statistics/offices/{officeId}")
  @PreAuthorize("hasAuthority('STATISTICS_READ')")
  @Operation(
      summary = "An office's procedure statistics: cases by state, overdue, recognition rates, median days per stage, fairness signals",
      description = "For a reader who is not a supervisor of the office, counts from 1 to 4 come as {\"suppressed\":true} without a"
          + " value, and rates and medians computed from them are left out.")
  OfficeStatistics office(@PathVariable UUID officeId) {
    return statistics.forOffice(new OfficeId(officeId));
  }
}
