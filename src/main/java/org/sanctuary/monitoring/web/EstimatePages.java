package org.sanctuary.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.monitoring.estimates.ListOverlaps;
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
  private final org.sanctuary.monitoring.places.Gazetteer places;
  private final org.sanctuary.monitoring.events.Events events;

  EstimatePages(ListOverlaps overlaps, tools.jackson.databind.json.JsonMapper json, org.sanctuary.monitoring.places.Gazetteer places,
      org.sanctuary.monitoring.events.Events events) {
    this.overlaps = overlaps;
    this.json = json;
    this.places = places;
    this.events = events;
  }

  /** What the reader chose the lists for, as typed: kept on the page whether it reads or not. */
  record Filter(@Nullable String actType, @Nullable String from, @Nullable String to, @Nullable UUID placeId) {

    /** The filter, or the problems of its fields (a date that does not read, a period without both ends). */
    ListOverlaps.ListFilter read(Map<String, String> errors) {
      java.time.LocalDate start = date("from", from, errors);
      java.time.LocalDate end = date("to", to, errors);
      if (!errors.isEmpty()) {
        return ListOverlaps.ListFilter.NONE;
      }
      try {
        return new ListOverlaps.ListFilter(actType == null || actType.isBlank() ? null : actType, start, end, placeId);
      } catch (ValidationFailed e) {
        errors.putAll(e.messagesByField());
        return ListOverlaps.ListFilter.NONE;
      }
    }

    private static java.time.@Nullable LocalDate date(String field, @Nullable String text, Map<String, String> errors) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return java.time.LocalDate.parse(text.strip());
      } catch (java.time.format.DateTimeParseException e) {
        errors.put(field, org.sanctuary.shared.ProblemWording.say("is not a date (YYYY-MM-DD)"));
        return null;
      }
    }
  }

  @GetMapping("/monitoring/estimates")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  String estimates(@RequestParam(name = "list", required = false) @Nullable List<UUID> chosen,
      @RequestParam(required = false) @Nullable String actType, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable UUID placeId,
      @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
    List<UUID> picked = chosen == null ? List.of() : chosen;
    Filter typed = new Filter(actType, from, to, placeId);
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    ListOverlaps.ListFilter filter = typed.read(errors);
    if (!picked.isEmpty() && errors.isEmpty()) {
      try {
        model.addAttribute("estimates", overlaps.estimate(picked));
      } catch (ValidationFailed e) {
        errors.putAll(e.messagesByField());
      }
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    return page(model, picked, typed, filter, page, errors, null);
  }

  @PostMapping("/monitoring/saved-estimates")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  String save(@RequestParam(name = "list", required = false) @Nullable List<UUID> chosen, @RequestParam(required = false) @Nullable String title,
      @RequestParam(required = false) @Nullable String actType, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable UUID placeId,
      Model model, HttpServletResponse response) {
    List<UUID> picked = chosen == null ? List.of() : chosen;
    Filter typed = new Filter(actType, from, to, placeId);
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    ListOverlaps.ListFilter filter = typed.read(errors);
    if (errors.isEmpty()) {
      try {
        return "redirect:/monitoring/saved-estimates/" + overlaps.save(title, picked, filter);
      } catch (ValidationFailed e) {
        errors.putAll(e.messagesByField());
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    if (!errors.containsKey("list")) {
      model.addAttribute("estimates", overlaps.estimate(picked));
    }
    return page(model, picked, typed, filter, 0, errors, title);
  }

  @GetMapping("/monitoring/saved-estimates/{id}")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  String saved(@PathVariable UUID id, Model model) {
    model.addAttribute("saved", overlaps.read(id));
    model.addAttribute("places", places.choices());
    model.addAttribute("actTypes", events.actTypes());
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

  private String page(Model model, List<UUID> picked, Filter typed, ListOverlaps.ListFilter filter, int page, Map<String, String> errors,
      @Nullable String title) {
    model.addAttribute("filter", typed);
    model.addAttribute("places", places.choices());
    model.addAttribute("actTypes", events.actTypes());
    model.addAttribute("lists", overlaps.lists(filter));
    model.addAttribute("chosen", picked);
    model.addAttribute("errors", errors);
    model.addAttribute("title", title);
    model.addAttribute("saved", overlaps.saved(new PageRequest(Math.max(0, page), SAVED_PER_PAGE)));
    return "monitoring/estimates";
  }
}
