package org.sanctuary.procedure.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.procedure.ProcedureStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics page: one office at a time, chosen among those the reader may see. */
@Controller
class StatisticsPages {

  private final ProcedureStatistics statistics;

  StatisticsPages(ProcedureStatistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/statistics")
  @PreAuthorize("hasAuthority('STATISTICS_READ')")
  String office(@RequestParam(required = false) @Nullable UUID office, Model model) {
    List<Office> readable = statistics.readableOffices();
    OfficeId chosen = office != null ? new OfficeId(office) : readable.get(0).id();
    model.addAttribute("offices", readable);
    var stats = statistics.forOffice(chosen);
    model.addAttribute("stats", stats);
    // The longest median sets the scale of the stage chart.
    model.addAttribute("longestStage", stats.medianDaysPerStage().stream()
        .map(org.sanctuary.procedure.OfficeStatistics.StageRow::medianDays).filter(java.util.Objects::nonNull)
        .mapToDouble(Double::doubleValue).max().orElse(0));
    return "statistics/office";
  }
}
