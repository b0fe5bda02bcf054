package org.sanctuary.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.monitoring.web.MonitoringCommands.ActRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.AddresseeRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.EventRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.FateRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.FollowRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.FollowUpRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.InformationRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.InterventionRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.PartRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.RelationRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.ReportRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.ReviewRequest;
import org.sanctuary.monitoring.web.MonitoringCommands.SensitivityRequest;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.interventions.Addressee;
import org.sanctuary.monitoring.interventions.Intervention;
import org.sanctuary.monitoring.interventions.Interventions;
import org.sanctuary.monitoring.concern.PersonOfConcern;
import org.sanctuary.monitoring.concern.PersonsOfConcern;
import org.sanctuary.monitoring.reports.ListImport;
import org.sanctuary.monitoring.estimates.ListOverlaps;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.figures.MonitoringExport;
import org.sanctuary.monitoring.figures.MonitoringFigures;
import org.sanctuary.monitoring.figures.MonitoringStatistics;
import org.sanctuary.monitoring.places.Place;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.monitoring.reports.SourceReports;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring over JSON: reports, events, acts, information and counts, review, statistics, export, import. */
@RestController
@Tag(name = "Monitoring")
class MonitoringApi {







  record Created(UUID id) {}






  private final SourceReports reports;
  private final Events events;
  private final Gazetteer places;
  private final MonitoringStatistics statistics;
  private final MonitoringExport export;
  private final ListImport imports;
  private final Interventions interventions;
  private final PersonsOfConcern concern;
  private final ListOverlaps overlaps;
  private final tools.jackson.databind.json.JsonMapper json;

  MonitoringApi(SourceReports reports, Events events, Gazetteer places, MonitoringStatistics statistics, MonitoringExport export,
      ListImport imports, Interventions interventions, PersonsOfConcern concern, ListOverlaps overlaps,
      tools.jackson.databind.json.JsonMapper json) {
    this.json = json;
    this.overlaps = overlaps;
    this.interventions = interventions;
    this.concern = concern;
    this.reports = reports;
    this.events = events;
    this.places = places;
    this.statistics = statistics;
    this.export = export;
    this.imports = imports;
  }

  @GetMapping("/api/monitoring/places")
  @PreAuthorize("hasAuthority('MONITORING_READ') or hasAuthority('MONITORING_STATISTICS')")
  @Operation(summary = "Places with this name in any script (龙井, 룽징, Longjing, Lungching), with the places above them")
  List<Place> places(@RequestParam String name) {
    return places.named(name);
  }

  @PostMapping("/api/monitoring/reports")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "File a source report; with supersedes, a correction of an earlier one (which stays readable)")
  ResponseEntity<SourceReport> file(@RequestBody ReportRequest r) {
    UUID id = reports.file(r.draft());
    return ResponseEntity.created(URI.create("/api/monitoring/reports/" + id)).body(reports.read(id));
  }

  @GetMapping("/api/monitoring/reports")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  @Operation(summary = "Reports the caller may read: their teams' and the open ones of other teams, newest first (audited)")
  ResultPage<SourceReport> reports(@RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return reports.list(new PageRequest(page, size, after));
  }

  @GetMapping("/api/monitoring/reports/{id}")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  @Operation(summary = "A report as filed, with what it supersedes and what superseded it (audited)")
  SourceReport report(@PathVariable UUID id) {
    return reports.read(id);
  }

  @PutMapping("/api/monitoring/reports/{id}")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Always refused (REPORT_FILED): a filed report is never changed; file a correction that supersedes it")
  SourceReport edit(@PathVariable UUID id) {
    throw reports.refuseChange(id);
  }

  @PostMapping("/api/monitoring/reports/{id}/imports")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Import the list of names this report gives (CSV): dryRun=true reports every row's problems and writes"
      + " nothing; otherwise all rows are written in one transaction, or none if any row has a problem")
  ListImport.Result importList(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean dryRun, @RequestBody String csv) {
    return dryRun ? imports.dryRun(id, csv) : imports.run(id, csv, ListImport.Progress.NONE);
  }

  @PostMapping("/api/monitoring/events")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Record an event: title, date as the source gave it, place; UNVERIFIED until a reviewer says otherwise")
  ResponseEntity<MonitoringEvent> record(@RequestBody EventRequest r) {
    UUID id = events.record(r.draft());
    return ResponseEntity.created(URI.create("/api/monitoring/events/" + id)).body(events.read(id));
  }

  @GetMapping("/api/monitoring/events")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  @Operation(summary = "The events of the caller's teams, newest first; verification=UNVERIFIED for those awaiting review (audited)")
  ResultPage<Events.EventSummary> events(
      @RequestParam(required = false) MonitoringEvent.@Nullable Verification verification,
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return events.list(verification, new PageRequest(page, size, after));
  }

  @GetMapping("/api/monitoring/events/{id}")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  @Operation(summary = "An event with its acts, every count with its report, the information links and their grades (audited)")
  MonitoringEvent event(@PathVariable UUID id) {
    return events.read(id);
  }

  @PostMapping("/api/monitoring/events/{id}/acts")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Add an act (FORCED_RETURN, ARREST, ...): a registry person or a group counted by a report's claim")
  Created act(@PathVariable UUID id, @RequestBody ActRequest r) {
    return new Created(events.addAct(id, r.draft()));
  }

  @PostMapping("/api/monitoring/events/{id}/information")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Link a report to the event: the source's connection, reliability A–F, credibility 1–6, and its counts")
  MonitoringEvent information(@PathVariable UUID id, @RequestBody InformationRequest r) {
    events.addInformation(id, r.draft());
    return events.read(id);
  }

  @PostMapping("/api/monitoring/events/{id}/review")
  @PreAuthorize("hasAuthority('MONITORING_REVIEW')")
  @Operation(summary = "The reviewer's action: verification status with reasons, and the count shown by default")
  MonitoringEvent review(@PathVariable UUID id, @RequestBody ReviewRequest r) {
    events.review(id, r.versionRead(), r.verification(), r.reason(), r.envelopeClaimId());
    return events.read(id);
  }


  @PostMapping("/api/monitoring/events/{id}/claims/{claimId}/parts")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Break a report's count down as the report did: how many of them of a sex, of an age band, or both")
  MonitoringEvent breakDown(@PathVariable UUID id, @PathVariable UUID claimId, @RequestBody PartRequest r) {
    events.breakDown(id, claimId, r.sex(), r.ageBand(), r.count());
    return events.read(id);
  }

  @PostMapping("/api/monitoring/events/{id}/relations")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Relate the event to another: PRECEDES, PART_OF, CONSEQUENCE_OF")
  MonitoringEvent relate(@PathVariable UUID id, @RequestBody RelationRequest r) {
    events.relate(id, r.to(), r.kind());
    return events.read(id);
  }


  @PostMapping("/api/monitoring/events/{id}/sensitivity")
  @PreAuthorize("hasAuthority('MONITORING_REVIEW')")
  @Operation(summary = "Mark the event's description sensitive (a reviewer's action): from now on it is stored sealed; there is"
      + " no unmarking")
  MonitoringEvent markSensitive(@PathVariable UUID id, @RequestBody SensitivityRequest r) {
    events.markDescriptionSensitive(id, r.versionRead());
    return events.read(id);
  }

  @PostMapping("/api/monitoring/interventions/{id}/sensitivity")
  @PreAuthorize("hasAuthority('MONITORING_REVIEW')")
  @Operation(summary = "Mark what was asked and what came back sensitive (a reviewer's action): from now on stored sealed")
  Intervention markInterventionSensitive(@PathVariable UUID id, @RequestBody SensitivityRequest r) {
    interventions.markTextSensitive(id, r.versionRead());
    return interventions.read(id);
  }

  @GetMapping(value = "/api/monitoring/statistics", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  @Operation(summary = "Events and victims for a period, a place with everything under it, an act type: minima and maxima"
      + " summed apart, events without a usable number counted apart; format=csv for a table")
  ResponseEntity<?> statistics(
      @RequestParam LocalDate from, @RequestParam LocalDate to, @RequestParam(required = false) @Nullable UUID placeId,
      @RequestParam(required = false) @Nullable String actType, @RequestParam(defaultValue = "json") String format) {
    MonitoringFigures figures = statistics.figures(from, to, placeId, actType);
    if ("csv".equals(format)) {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv")).body(FiguresCsv.write(figures));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures);
  }

  @GetMapping("/api/monitoring/estimates")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  @Operation(summary = "How many people 2 to 6 imported lists name and how many none of them recorded: the overlaps, Chapman"
      + " for each pair, Chao's lower bound, the best log-linear models with profile intervals, the latent-class posterior,"
      + " and the pairs linkage left undecided; counts only")
  ListOverlaps.Estimates estimates(@RequestParam("list") List<UUID> lists) {
    return overlaps.estimate(lists);
  }

  /** A request to save an estimate: its title, its lists in order, and what they were chosen for (each optional). */
  record SaveEstimateRequest(@Nullable String title, @Nullable List<UUID> lists, @Nullable String actType, @Nullable LocalDate from,
      @Nullable LocalDate to, @Nullable UUID placeId) {}

  @GetMapping("/api/monitoring/lists")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  @Operation(summary = "The imported lists of your teams to estimate from, newest first; optionally those whose report informs an"
      + " event of an act type, a period (from and to) and a place with everything under it")
  List<ListOverlaps.ImportedList> lists(@RequestParam(required = false) @Nullable String actType,
      @RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable UUID placeId) {
    return overlaps.lists(new ListOverlaps.ListFilter(actType, from, to, placeId));
  }

  @PostMapping("/api/monitoring/saved-estimates")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  @Operation(summary = "Save an estimate of 2 to 6 lists of one team under a title: its inputs and its answer now (audited)")
  ResponseEntity<ListOverlaps.Saved> saveEstimate(@RequestBody SaveEstimateRequest r) {
    UUID id = overlaps.save(r.title(), r.lists() == null ? List.of() : r.lists(),
        new ListOverlaps.ListFilter(r.actType(), r.from(), r.to(), r.placeId()));
    return ResponseEntity.created(URI.create("/api/monitoring/saved-estimates/" + id)).body(overlaps.read(id));
  }

  @GetMapping("/api/monitoring/saved-estimates")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  @Operation(summary = "The saved estimates of your teams, newest first")
  org.sanctuary.shared.ResultPage<ListOverlaps.SavedSummary> savedEstimates(@RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return overlaps.saved(new PageRequest(page, size, after));
  }

  @GetMapping("/api/monitoring/saved-estimates/{id}")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  @Operation(summary = "A saved estimate: its answer when saved and the same lists estimated again now (audited)")
  ListOverlaps.Saved savedEstimate(@PathVariable UUID id) {
    return overlaps.read(id);
  }

  @GetMapping(value = "/api/monitoring/export", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  @PreAuthorize("hasAuthority('MONITORING_EXPORT')")
  @Operation(summary = "Export events with acts, counts and sources; identities pseudonymised unless your role and a recorded"
      + " purpose allow them (audited, purpose kept)")
  void export(@RequestParam(required = false) @Nullable String purpose, @RequestParam(defaultValue = "json") String format,
      jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    // Streamed as it is read, a chunk of events at a time: memory does not grow with the team's record.
    response.setContentType("csv".equals(format) ? "text/csv;charset=UTF-8" : MediaType.APPLICATION_JSON_VALUE);
    export.write(purpose, "csv".equals(format), response.getOutputStream(), json);
  }

  @PostMapping("/api/monitoring/interventions")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Record an intervention: addressee, date, what was asked, linked persons and events, priority, next follow-up")
  ResponseEntity<Intervention> intervene(@RequestBody InterventionRequest r) {
    UUID id = interventions.record(r.draft());
    return ResponseEntity.created(URI.create("/api/monitoring/interventions/" + id)).body(interventions.read(id));
  }

  @PostMapping("/api/monitoring/addressees")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Add someone the team writes to, with their kind; the country of origin and alleged persecutors are never sent"
      + " identities (PROHIBITED_RECIPIENT)")
  ResponseEntity<Created> addAddressee(@RequestBody AddresseeRequest r) {
    UUID id = interventions.addAddressee(MonitoringCommands.office(r.officeId()), r.name(), r.kind());
    return ResponseEntity.created(URI.create("/api/monitoring/addressees")).body(new Created(id));
  }

  @GetMapping("/api/monitoring/addressees")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  @Operation(summary = "The addressees of the caller's teams, by name")
  List<Addressee> addressees() {
    return interventions.addressees();
  }

  @GetMapping("/api/monitoring/interventions")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  @Operation(summary = "Interventions of the caller's teams; overdue=true: the follow-up queue, oldest due first")
  ResultPage<Intervention> interventions(@RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return interventions.list(overdue, new PageRequest(page, size, after));
  }

  @GetMapping("/api/monitoring/interventions/{id}")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  @Operation(summary = "An intervention with its response and follow-up date (audited)")
  Intervention intervention(@PathVariable UUID id) {
    return interventions.read(id);
  }

  @PostMapping("/api/monitoring/interventions/{id}/follow-ups")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Record a follow-up: the response (NONE, DENIED, TOKEN, PLEDGE, ACTED), open or closed, the next follow-up date")
  Intervention followUp(@PathVariable UUID id, @RequestBody FollowUpRequest r) {
    interventions.followUp(id, r.versionRead(), r.response(), r.note(), r.status(), r.nextFollowUp());
    return interventions.read(id);
  }

  @PostMapping("/api/monitoring/persons-of-concern")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Follow a registry person as a person of concern of a team")
  ResponseEntity<Void> follow(@RequestBody FollowRequest r) {
    concern.follow(r.person(), MonitoringCommands.office(r.teamId()));
    return ResponseEntity.created(URI.create("/api/monitoring/persons-of-concern")).build();
  }

  @GetMapping("/api/monitoring/persons-of-concern")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  @Operation(summary = "Persons of concern of the caller's teams; whereaboutsUnknown=true: those whose whereabouts are unknown,"
      + " longest first, with the days since")
  ResultPage<PersonOfConcern> personsOfConcern(@RequestParam(defaultValue = "false") boolean whereaboutsUnknown,
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return concern.list(whereaboutsUnknown, new PageRequest(page, size, after));
  }

  @PostMapping("/api/monitoring/persons-of-concern/{personId}/fate")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @Operation(summary = "Record what is known of a person's fate (UNKNOWN, ALIVE, DECEASED), apart from their whereabouts")
  ResponseEntity<Void> fate(@PathVariable UUID personId, @RequestBody FateRequest r) {
    concern.recordFate(new org.sanctuary.registry.PersonId(personId), r.fate(), r.note());
    return ResponseEntity.noContent().build();
  }
}
