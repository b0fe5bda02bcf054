package org.sanctuary.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.monitoring.ListOverlaps;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The estimate pages: the reader picks 2 to 6 of their teams' imported lists and reads how many
 * people they name, how they overlap, and what every method estimates of those none recorded, each
 * with its interval and its assumption; saves the analysis under a title; and reads a saved one
 * beside the same lists estimated again now, or downloads it. The same service answers the API.
 */
@Controller
class EstimatePages {

  private static final int SAVED_PER_PAGE = 20;

  private final ListOverlaps overlaps;
  private final tools.jackson.databind.json.JsonMapper json;

  EstimatePages(ListOverlaps overlaps, tools.jackson.databind.json.JsonMapper json) {
    this.overlaps = overlaps;
    this.json = json;
  }

  @GetMapping("/monitoring/estimates")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  String estimates(@RequestParam(name = "list", required = false) @Nullable List<UUID> chosen,
      @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
    List<UUID> picked = chosen == null ? List.of() : chosen;
    Map<String, String> errors = Map.of();
    if (!picked.isEmpty()) {
      try {
        model.addAttribute("estimates", overlaps.estimate(picked));
      } catch (ValidationFailed e) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        errors = e.messagesByField();
      }
    }
    return page(model, picked, page, errors, null);
  }

  @PostMapping("/monitoring/saved-estimates")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  String save(@RequestParam(name = "list", required = false) @Nullable List<UUID> chosen, @RequestParam(required = false) @Nullable String title,
      Model model, HttpServletResponse response) {
    List<UUID> picked = chosen == null ? List.of() : chosen;
    try {
      return "redirect:/monitoring/saved-estimates/" + overlaps.save(title, picked);
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      if (!e.messagesByField().containsKey("list")) {
        model.addAttribute("estimates", overlaps.estimate(picked));
      }
      return page(model, picked, 0, e.messagesByField(), title);
    }
  }

  @GetMapping("/monitoring/saved-estimates/{id}")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  String saved(@PathVariable UUID id, Model model) {
    model.addAttribute("saved", overlaps.read(id));
    return "monitoring/saved-estimate";
  }

  @GetMapping("/monitoring/saved-estimates/{id}/download")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  ResponseEntity<byte[]> download(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
    ListOverlaps.Saved saved = overlaps.read(id);
    boolean csv = !"json".equals(format);
    byte[] body = csv ? EstimatesCsv.write(saved).getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(saved);
    return ResponseEntity.ok()
        .contentType(csv ? MediaType.parseMediaType("text/csv;charset=UTF-8") : MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("estimate-" + id + (csv ? ".csv" : ".json")).build().toString())
        .body(body);
  }

  private String page(Model model, List<UUID> picked, int page, Map<String, String> errors, @Nullable String title) {
    model.addAttribute("lists", overlaps.lists());
    model.addAttribute("chosen", picked);
    model.addAttribute("errors", errors);
    model.addAttribute("title", title);
    model.addAttribute("saved", overlaps.saved(new PageRequest(Math.max(0, page), SAVED_PER_PAGE)));
    return "monitoring/estimates";
  }
}
