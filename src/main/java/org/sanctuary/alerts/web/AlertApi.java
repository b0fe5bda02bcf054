package org.sanctuary.alerts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.alerts.Alerts;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervisors' alerts: open ones, newest first, and their acknowledgement with a note. */
@RestController
@Tag(name = "Alerts")
class AlertApi {

  record Acknowledgement(@Nullable String note) {}

  private final Alerts alerts;

  AlertApi(Alerts alerts) {
    this.alerts = alerts;
  }

  @GetMapping("/api/alerts")
  @PreAuthorize("hasAuthority('ALERT_READ')")
  @Operation(summary = "Open alerts of the caller's offices, newest first")
  ResultPage<Alerts.Alert> open(
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return alerts.open(new PageRequest(page, size, after));
  }

  @PostMapping("/api/alerts/{id}/acknowledgement")
  @PreAuthorize("hasAuthority('ALERT_READ')")
  @Operation(summary = "Acknowledge an alert with a note of what was done")
  ResponseEntity<Void> acknowledge(@PathVariable UUID id, @RequestBody Acknowledgement body) {
    alerts.acknowledge(id, body.note());
    return ResponseEntity.noContent().build();
  }
}
