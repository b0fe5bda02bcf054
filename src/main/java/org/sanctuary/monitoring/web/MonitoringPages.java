package org.sanctuary.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.forms.web.CommandForms;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.reports.ImportProgress;
import org.sanctuary.monitoring.reports.ListImport;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.figures.MonitoringFigures;
import org.sanctuary.monitoring.figures.MonitoringStatistics;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.monitoring.reports.SourceReports;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.TypedText;
import org.sanctuary.shared.RuleRefusal;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Monitoring pages: the team's home, reports (file, read, correct), events (record, link a report
 * with its counts and grades, add acts, review), statistics with a timeline, and list imports with a
 * dry run and progress. Every action goes through the same services as the API.
 */
@Controller
class MonitoringPages {

  private static final int PAGE_SIZE = 25;

  private final SourceReports reports;
  private final Events events;
  private final Gazetteer places;
  private final MonitoringStatistics statistics;
  private final ListImport imports;
  private final Offices offices;
  private final AccessPolicy access;
  private final ImportProgress progress;
  private final org.sanctuary.monitoring.interventions.Interventions interventions;
  private final org.sanctuary.registry.PersonDirectory persons;
  private final org.sanctuary.monitoring.concern.PersonsOfConcern concern;
  private final CommandForms forms;

  MonitoringPages(SourceReports reports, Events events, Gazetteer places, MonitoringStatistics statistics, ListImport imports,
      Offices offices, AccessPolicy access, org.sanctuary.monitoring.interventions.Interventions interventions,
      org.sanctuary.monitoring.concern.PersonsOfConcern concern, org.sanctuary.registry.PersonDirectory persons,
      ImportProgress progress, CommandForms forms) {
    this.forms = forms;
    this.progress = progress;
    this.persons = persons;
    this.interventions = interventions;
    this.concern = concern;
    this.reports = reports;
    this.events = events;
    this.places = places;
    this.statistics = statistics;
    this.imports = imports;
    this.offices = offices;
    this.access = access;
  }

  @GetMapping("/monitoring")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String home(Model model) {
    model.addAttribute("latest", reports.list(new PageRequest(0, 5)));
    model.addAttribute("awaitingReview", events.list(MonitoringEvent.Verification.UNVERIFIED, new PageRequest(0, 10)));
    model.addAttribute("unknown", concern.list(true, new PageRequest(0, 20)));
    model.addAttribute("overdue", interventions.list(true, new PageRequest(0, 10)));
    return "monitoring/home";
  }

  @GetMapping("/monitoring/reports")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String reportList(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable UUID citeOn,
      Model model) {
    model.addAttribute("result", reports.list(new PageRequest(Math.max(0, page), PAGE_SIZE)));
    MonitoringEvent citing = recordable(citeOn);
    model.addAttribute("citeOn", citing);
    model.addAttribute("base", "/monitoring/reports" + (citing == null ? "" : "?citeOn=" + citing.id()));
    model.addAttribute("offices", offices.byId());
    return "monitoring/reports";
  }

  /**
   * The event a list was opened to choose something for, if the reader may record on it; else none,
   * and the list is the plain one, as it is for an event that does not exist.
   */
  private @Nullable MonitoringEvent recordable(@Nullable UUID event) {
    if (event == null) {
      return null;
    }
    try {
      MonitoringEvent read = events.read(event);
      return access.actor().may(Permission.MONITORING_RECORD, read.office()) ? read : null;
    } catch (org.sanctuary.shared.NotFound notReadable) {
      return null;
    }
  }

  @GetMapping("/monitoring/reports/new")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String newReport(@RequestParam(required = false) @Nullable UUID supersedes, Model model) {
    Map<String, String> form = new LinkedHashMap<>();
    if (supersedes != null) {
      SourceReport old = reports.read(supersedes);
      form.put("supersedes", supersedes.toString());
      form.put("officeId", old.office().toString());
      form.put("sourceType", old.sourceType().name());
      form.put("language", old.language());
      form.put("content", old.content());
      form.put("confidentiality", old.confidentiality().name());
    }
    return reportForm(model, form, Map.of());
  }

  @PostMapping("/monitoring/reports")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String fileReport(HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    try {
      UUID id = reports.file(forms.bind(MonitoringCommands.ReportRequest.class, request).draft());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/reports/" + id;
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return reportForm(model, form, e.messagesByField());
    } catch (RuleRefusal refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return reportForm(model, form, refused.messagesByField());
    }
  }

  private String reportForm(Model model, Map<String, String> form, Map<String, String> errors) {
    List<Office> teams = offices.all().stream().filter(o -> access.actor().may(Permission.MONITORING_RECORD, o.id())).toList();
    if (!form.containsKey("officeId") && teams.size() == 1) {
      form.put("officeId", teams.get(0).id().toString());
    }
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("teams", teams);
    model.addAttribute("sourceTypes", SourceReport.SourceType.values());
    model.addAttribute("levels", SourceReport.Confidentiality.values());
    return "monitoring/report-form";
  }

  @GetMapping("/monitoring/reports/{id}")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String report(@PathVariable UUID id, Model model) {
    SourceReport report = reports.read(id);
    model.addAttribute("report", report);
    model.addAttribute("office", offices.find(report.office()).orElse(null));
    model.addAttribute("mayRecord", access.actor().may(Permission.MONITORING_RECORD, report.office()));
    model.addAttribute("listImported", imports.imported(id));
    return "monitoring/report";
  }

  @GetMapping("/monitoring/reports/{id}/import")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String importForm(@PathVariable UUID id, Model model) {
    model.addAttribute("report", reports.read(id));
    // A report whose list is imported takes no second: the page says why instead of offering a form bound to be refused.
    try {
      imports.requireImportable(id);
    } catch (RuleRefusal refused) {
      model.addAttribute("listImported", true);
      model.addAttribute("ruleRefused", refused.getMessage());
    }
    model.addAttribute("importId", UUID.randomUUID());
    return "monitoring/import";
  }

  @PostMapping("/monitoring/reports/{id}/import")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String runImport(@PathVariable UUID id, @RequestParam String csv, @RequestParam(defaultValue = "true") boolean dryRun,
      @RequestParam UUID importId, Model model, HttpServletResponse response) {
    model.addAttribute("report", reports.read(id));
    model.addAttribute("importId", UUID.randomUUID());
    model.addAttribute("csv", csv);
    model.addAttribute("dryRun", dryRun);
    try {
      ListImport.Result result = dryRun
          ? imports.dryRun(id, csv)
          : imports.run(id, csv, progress.trackerFor(importId, access.actor().username()));
      model.addAttribute("result", result);
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refused", e.problems());
    } catch (RuleRefusal refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("ruleRefused", refused.getMessage());
    } finally {
      progress.finished(importId, access.actor().username());
    }
    return "monitoring/import";
  }

  /** How far a running import is, for the page to show while it runs. */
  @GetMapping("/monitoring/imports/{importId}/progress")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  @ResponseBody
  String importProgress(@PathVariable UUID importId) {
    return progress.of(importId, access.actor().username()).map(done -> done.rows() + " / " + done.of()).orElse("");
  }

  @GetMapping("/monitoring/events")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String eventList(@RequestParam(required = false) MonitoringEvent.@Nullable Verification verification,
      @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable UUID relateFrom, Model model) {
    MonitoringEvent relating = recordable(relateFrom);
    PageRequest request = new PageRequest(Math.max(0, page), PAGE_SIZE);
    // Choosing an event to relate to: only the team's own events can be.
    model.addAttribute("result", relating == null ? events.list(verification, request)
        : events.listOfTeam(relating.office(), verification, request));
    model.addAttribute("verifications", MonitoringEvent.Verification.values());
    model.addAttribute("relateFrom", relating);
    List<String> filters = new java.util.ArrayList<>();
    if (verification != null) {
      filters.add("verification=" + verification);
    }
    if (relating != null) {
      filters.add("relateFrom=" + relating.id());
    }
    model.addAttribute("base", "/monitoring/events" + (filters.isEmpty() ? "" : "?" + String.join("&", filters)));
    return "monitoring/events";
  }

  @GetMapping("/monitoring/events/new")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String newEvent(Model model) {
    return eventForm(model, new LinkedHashMap<>(), Map.of());
  }

  @PostMapping("/monitoring/events")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String recordEvent(HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    try {
      UUID id = events.record(forms.bind(MonitoringCommands.EventRequest.class, request).draft());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/events/" + id;
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return eventForm(model, form, e.messagesByField());
    }
  }

  private String eventForm(Model model, Map<String, String> form, Map<String, String> errors) {
    List<Office> teams = offices.all().stream().filter(o -> access.actor().may(Permission.MONITORING_RECORD, o.id())).toList();
    if (!form.containsKey("officeId") && teams.size() == 1) {
      form.put("officeId", teams.get(0).id().toString());
    }
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("teams", teams);
    model.addAttribute("places", places.choices());
    model.addAttribute("precisions", MonitoringEvent.PlacePrecision.values());
    return "monitoring/event-form";
  }

  @GetMapping("/monitoring/events/{id}")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String event(@PathVariable UUID id, @RequestParam(required = false) @Nullable String report,
      @RequestParam(required = false) @Nullable String relateTo, Model model) {
    // Opened from the list of reports or of events, with the one chosen there.
    Map<String, String> chosen = new LinkedHashMap<>();
    if (report != null) {
      chosen.put("reportId", report);
    }
    if (relateTo != null) {
      chosen.put("toEventId", relateTo);
    }
    return eventPage(model, id, null, Map.of(), chosen);
  }

  private String eventPage(Model model, UUID id, @Nullable String failed, Map<String, String> errors, Map<String, String> typed) {
    MonitoringEvent event = events.read(id);
    model.addAttribute("event", event);
    model.addAttribute("failed", failed == null ? "" : failed);
    model.addAttribute("errors", errors);
    model.addAttribute("noErrors", Map.of());
    model.addAttribute("typed", typed);
    model.addAttribute("mayRecord", access.actor().may(Permission.MONITORING_RECORD, event.office()));
    model.addAttribute("mayReview", access.actor().may(Permission.MONITORING_REVIEW, event.office()));
    List<SourceReport> newestReports = reports.list(new PageRequest(0, FollowUpPages.CHOICES)).items();
    model.addAttribute("readableReports", newestReports);
    model.addAttribute("olderReports", olderReports(newestReports, typed.get("reportId"), typed.get("countReportId")));
    Map<UUID, String> cited = new LinkedHashMap<>();
    event.information().forEach(i -> cited.putIfAbsent(i.report(), i.reportReference()));
    model.addAttribute("citedReports", cited);
    model.addAttribute("actTypes", events.actTypes());
    model.addAttribute("connections", MonitoringEvent.Connection.values());
    model.addAttribute("sexes", org.sanctuary.registry.Sex.values());
    model.addAttribute("ageBands", org.sanctuary.shared.AgeBand.values());
    model.addAttribute("verifications", MonitoringEvent.Verification.values());
    model.addAttribute("statuses", org.sanctuary.registry.WhereaboutsStatus.values());
    model.addAttribute("perpetratorKinds", MonitoringEvent.PerpetratorKind.values());
    model.addAttribute("degrees", MonitoringEvent.Degree.values());
    model.addAttribute("relationKinds", MonitoringEvent.RelationKind.values());
    List<Events.EventSummary> newestEvents = events.listOfTeam(event.office(), null, new PageRequest(0, FollowUpPages.CHOICES)).items();
    model.addAttribute("otherEvents", newestEvents);
    model.addAttribute("olderEvent", olderEvent(newestEvents, typed.get("toEventId"), event.office()));
    return "monitoring/event";
  }

  /**
   * The reports chosen (opened from the list of reports, or sent with a form that was refused) that
   * the newest do not include, if the reader may see them.
   */
  private List<SourceReport> olderReports(List<SourceReport> newest, @Nullable String... chosen) {
    List<String> given = java.util.Arrays.stream(chosen).filter(java.util.Objects::nonNull).toList();
    return FollowUpPages.readable(FollowUpPages.notOffered(given, newest.stream().map(SourceReport::id).toList()), reports::read);
  }

  /** The event chosen to relate to, if the newest do not include it and it is one of the team's, which the reader sees. */
  private @Nullable MonitoringEvent olderEvent(List<Events.EventSummary> newest, @Nullable String chosen, OfficeId team) {
    List<UUID> older = FollowUpPages.notOffered(chosen == null ? List.of() : List.of(chosen),
        newest.stream().map(Events.EventSummary::id).toList());
    return FollowUpPages.readable(older, events::read).stream().filter(e -> e.office().equals(team)).findFirst().orElse(null);
  }

  @PostMapping("/monitoring/events/{id}/information")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String addInformation(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    try {
      events.addInformation(id, forms.bind(MonitoringCommands.InformationRequest.class, request).draft());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/events/" + id;
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return eventPage(model, id, "information", e.messagesByField(), form);
    }
  }

  @PostMapping("/monitoring/events/{id}/acts")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String addAct(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    try {
      events.addAct(id, forms.bind(ActForm.class, request).request(persons).draft());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/events/" + id;
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return eventPage(model, id, "act", e.messagesByField(), form);
    } catch (RuleRefusal refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return eventPage(model, id, "act", refused.messagesByField(), form);
    }
  }

  @PostMapping("/monitoring/events/{id}/relations")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String relate(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    try {
      MonitoringCommands.RelationRequest relation = forms.bind(MonitoringCommands.RelationRequest.class, request);
      events.relate(id, relation.to(), relation.kind());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/events/" + id;
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return eventPage(model, id, "relation", e.messagesByField(), form);
    } catch (RuleRefusal refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return eventPage(model, id, "relation", refused.messagesByField(), form);
    }
  }

  @PostMapping("/monitoring/events/{id}/sensitivity")
  @PreAuthorize("hasAuthority('MONITORING_REVIEW')")
  String markSensitive(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
    events.markDescriptionSensitive(id, forms.bind(MonitoringCommands.SensitivityRequest.class, request).versionRead());
    redirect.addFlashAttribute("saved", true);
    return "redirect:/monitoring/events/" + id;
  }

  @PostMapping("/monitoring/events/{id}/parts")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String breakDown(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    try {
      PartForm part = forms.bind(PartForm.class, request);
      events.breakDown(id, part.claim(), part.sex(), part.ageBand(), part.count());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/events/" + id + "#counts";
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return eventPage(model, id, "part", e.messagesByField(), form);
    } catch (RuleRefusal refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return eventPage(model, id, "part", refused.messagesByField(), form);
    }
  }

  @PostMapping("/monitoring/events/{id}/review")
  @PreAuthorize("hasAuthority('MONITORING_REVIEW')")
  String review(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    try {
      MonitoringCommands.ReviewRequest review = forms.bind(MonitoringCommands.ReviewRequest.class, request);
      events.review(id, review.versionRead(), review.verification(), review.reason(), review.envelopeClaimId());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/events/" + id;
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return eventPage(model, id, "review", e.messagesByField(), form);
    } catch (org.sanctuary.shared.StaleVersion stale) {
      // Reviewed by someone else meanwhile: the page shows their review, this one stays as typed.
      response.setStatus(HttpStatus.CONFLICT.value());
      return eventPage(model, id, "review", Map.of("version", FollowUpPages.STALE), form);
    }
  }

  /**
   * The act form: the API's act with the victim named by their registry reference, and at most one
   * perpetrator, as a page asks for them.
   */
  record ActForm(
      @Nullable String actType, @Nullable String victimReference, @Nullable String victimGroup, @Nullable UUID countReportId,
      @Nullable String count, @Nullable String date, @Nullable String victimStatusAfter, @Nullable String perpetrator,
      MonitoringEvent.@Nullable PerpetratorKind perpetratorKind, MonitoringEvent.@Nullable Degree degree) {

    MonitoringCommands.ActRequest request(PersonDirectory persons) {
      UUID victim = null;
      if (MonitoringCommands.given(victimReference) != null) {
        try {
          victim = persons.findByReference(victimReference.strip()).value();
        } catch (org.sanctuary.shared.NotFound e) {
          throw ValidationFailed.of("victimReference", "no person you may see has this reference");
        }
      }
      List<MonitoringEvent.Involvement> involvements = MonitoringCommands.given(perpetrator) == null ? List.of()
          : List.of(new MonitoringEvent.Involvement(perpetrator.strip(),
              perpetratorKind == null ? MonitoringEvent.PerpetratorKind.AUTHORITY : perpetratorKind,
              degree == null ? MonitoringEvent.Degree.CARRIED_OUT : degree));
      return new MonitoringCommands.ActRequest(actType, victim, victimGroup, countReportId, count, date, null, victimStatusAfter,
          involvements);
    }
  }

  /** The breakdown form: the API's part, with the count it breaks down chosen on the page. */
  record PartForm(@Nullable UUID claimId, org.sanctuary.registry.@Nullable Sex sex, org.sanctuary.shared.@Nullable AgeBand ageBand,
      @Nullable String count) {

    UUID claim() {
      if (claimId == null) {
        throw ValidationFailed.of("claimId", "is required: which report's count");
      }
      return claimId;
    }
  }

  @GetMapping("/monitoring/statistics")
  @PreAuthorize("hasAuthority('MONITORING_STATISTICS')")
  String statistics(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable UUID placeId, @RequestParam(required = false) @Nullable String actType,
      Model model, HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate start = parse("from", from == null ? "2002-01-01" : from, errors);
    LocalDate end = parse("to", to == null ? "2002-12-31" : to, errors);
    model.addAttribute("from", from == null ? "2002-01-01" : from);
    model.addAttribute("to", to == null ? "2002-12-31" : to);
    model.addAttribute("placeId", placeId);
    model.addAttribute("actType", actType);
    model.addAttribute("places", places.choices());
    model.addAttribute("actTypes", events.actTypes());
    if (errors.isEmpty()) {
      try {
        MonitoringFigures figures = statistics.figures(start, end, placeId, TypedText.blank(actType) ? null : actType);
        model.addAttribute("figures", figures);
        long highest = figures.timeline().buckets().stream().map(MonitoringFigures.Bucket::within)
            .mapToLong(t -> t.maxVictims() != null ? t.maxVictims() : t.minVictims() != null ? t.minVictims() : 0).max().orElse(0);
        model.addAttribute("highest", Math.max(1, highest));
      } catch (ValidationFailed e) {
        errors.putAll(e.messagesByField());
      }
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    model.addAttribute("errors", errors);
    return "monitoring/statistics";
  }

  private static @Nullable LocalDate parse(String field, String text, Map<String, String> errors) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.put(field, org.sanctuary.shared.ProblemWording.say("is not a date (YYYY-MM-DD)"));
      return null;
    }
  }





}
