package org.sanctuary.monitoring.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.monitoring.figures.MonitoringExport;
import org.sanctuary.monitoring.figures.MonitoringFigures;
import org.sanctuary.monitoring.figures.MonitoringStatistics;
import org.sanctuary.shared.TypedText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The files the monitoring pages offer, for the person signed in to them: the statistics as CSV or
 * JSON, and the export. The same services as the API's, behind the pages' sign-in, so that a link on
 * a page works from that page; each answers a file to keep (Content-Disposition: attachment).
 */
@Controller
class MonitoringDownloads {

  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final MonitoringStatistics statistics;
  private final MonitoringExport export;
  private final java.time.Clock clock;
  private final tools.jackson.databind.json.JsonMapper json;

  MonitoringDownloads(MonitoringStatistics statistics, MonitoringExport export, java.time.Clock clock,
      tools.jackson.databind.json.JsonMapper json) {
    this.json = json;
    this.statistics = statistics;
    this.export = export;
    this.clock = clock;
  }

  /** The figures the statistics page shows; a date that does not read goes back to the page, which names it. */
  @GetMapping("/monitoring/statistics/download")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  ResponseEntity<?> statistics(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable UUID placeId, @RequestParam(required = false) @Nullable String actType,
      @RequestParam(defaultValue = "csv") String format) {
    LocalDate start;
    LocalDate end;
    try {
      start = LocalDate.parse(from == null ? "" : from);
      end = LocalDate.parse(to == null ? "" : to);
    } catch (DateTimeParseException e) {
      return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/monitoring/statistics" + query(from, to, placeId, actType))
          .build();
    }
    MonitoringFigures figures = statistics.figures(start, end, placeId, TypedText.blank(actType) ? null : actType);
    String name = "monitoring-statistics-" + start + "-" + end;
    return "json".equals(format) ? file(name + ".json", MediaType.APPLICATION_JSON, figures)
        : file(name + ".csv", CSV, FiguresCsv.write(figures));
  }

  /** Everything the reader's teams hold, identities only with a purpose their role allows (audited). */
  @GetMapping("/monitoring/export/download")
  @PreAuthorize("hasAuthority('MONITORING_EXPORT')")
  void export(@RequestParam(required = false) @Nullable String purpose, @RequestParam(defaultValue = "csv") String format,
      jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    boolean asCsv = !"json".equals(format);
    String name = "monitoring-export-" + LocalDate.now(clock) + (asCsv ? ".csv" : ".json");
    response.setContentType(asCsv ? CSV.toString() : MediaType.APPLICATION_JSON_VALUE);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    // Streamed as it is read, a chunk of events at a time.
    export.write(purpose, asCsv, response.getOutputStream(), json);
  }

  private static ResponseEntity<?> file(String name, MediaType type, Object body) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  /** The page's own query, so that the statistics page shows what was asked and names the date that does not read. */
  private static String query(@Nullable String from, @Nullable String to, @Nullable UUID placeId, @Nullable String actType) {
    return org.springframework.web.util.UriComponentsBuilder.newInstance()
        .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
        .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
        .queryParamIfPresent("placeId", java.util.Optional.ofNullable(placeId))
        .queryParamIfPresent("actType", java.util.Optional.ofNullable(actType))
        .encode().build().toUriString();
  }
}
