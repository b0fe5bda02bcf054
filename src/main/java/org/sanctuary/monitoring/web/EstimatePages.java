package org.sanctuary.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sanctuary.monitoring.ListOverlaps;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The estimate page: the reader picks 2 to 6 of their teams' imported lists and reads how many
 * people they name, how they overlap, and what every method estimates of those none recorded, each
 * with its interval and its assumption. The same service answers the API.
 */
@Controller
class EstimatePages {

  private final ListOverlaps overlaps;

  EstimatePages(ListOverlaps overlaps) {
    this.overlaps = overlaps;
  }

  @GetMapping("/monitoring/estimates")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  String estimates(@RequestParam(name = "list", required = false) List<UUID> chosen, Model model, HttpServletResponse response) {
    List<UUID> picked = chosen == null ? List.of() : chosen;
    model.addAttribute("lists", overlaps.lists());
    model.addAttribute("chosen", picked);
    model.addAttribute("errors", Map.of());
    if (!picked.isEmpty()) {
      try {
        ListOverlaps.Estimates estimates = overlaps.estimate(picked);
        model.addAttribute("estimates", estimates);
        model.addAttribute("largestCell", estimates.cells().stream().mapToLong(ListOverlaps.Cell::people).max().orElse(1));
        // How far the best models' answers lie apart: the part of the uncertainty the choice of model makes.
        model.addAttribute("lowestModel", estimates.models().stream().mapToDouble(ListOverlaps.ModelEstimate::estimate).min().orElse(0));
        model.addAttribute("highestModel", estimates.models().stream().mapToDouble(ListOverlaps.ModelEstimate::estimate).max().orElse(0));
      } catch (ValidationFailed e) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", e.messagesByField());
      }
    }
    return "monitoring/estimates";
  }
}
