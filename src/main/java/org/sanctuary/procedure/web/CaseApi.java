package org.sanctuary.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.procedure.CaseEvent;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.CaseSummary;
import org.sanctuary.procedure.CaseView;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.ClaimState;
import org.sanctuary.procedure.Modality;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over JSON. Commands are POSTs named after the act; each carries the version the caller read
 * and the day the act happened (default today, never in the future). Refusals are 409 problem
 * documents with the reason code of procedure.md §4.
 */
@RestController
@Tag(name = "Cases")
class CaseApi {

  record IntentRequest(
      @Nullable UUID officeId, @Nullable UUID principalId, @Nullable List<UUID> dependantIds,
      @Nullable Channel channel, @Nullable Modality modality, @Nullable LocalDate on) {}

  record StepRequest(@Nullable Long version, @Nullable LocalDate on) {}

  record InformationRequest(@Nullable Long version, @Nullable String language, @Nullable LocalDate on) {}

  record InterviewRequest(
      @Nullable Long version, @Nullable String interviewer, Casework.@Nullable ParticipantDraft interpreter,
      Casework.@Nullable ParticipantDraft legalRepresentative, Casework.@Nullable ParticipantDraft guardian,
      @Nullable String genderExceptionReason, @Nullable LocalDate on) {}

  record InterviewRecordRequest(
      @Nullable Long version, @Nullable Boolean readBackConfirmed, @Nullable String refusalReasons, @Nullable LocalDate on) {}

  record Booked(UUID interviewId, CaseView caseView) {}

  private final Casework casework;

  CaseApi(Casework casework) {
    this.casework = casework;
  }

  @PostMapping("/api/cases")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @Operation(summary = "Record intent to seek asylum: opens a case in INTENT_EXPRESSED (roles RECEPTION, REGISTRAR, PROTECTION_OFFICER)")
  ResponseEntity<CaseView> recordIntent(@RequestBody IntentRequest request) {
    if (request.officeId() == null) {
      throw ValidationFailed.of("officeId", "is required");
    }
    if (request.principalId() == null) {
      throw ValidationFailed.of("principalId", "is required");
    }
    Set<PersonId> dependants =
        request.dependantIds() == null
            ? Set.of()
            : request.dependantIds().stream().map(PersonId::new).collect(Collectors.toSet());
    CaseId id =
        casework.recordIntent(
            new OfficeId(request.officeId()), new PersonId(request.principalId()), dependants, request.channel(),
            request.modality(), request.on());
    return ResponseEntity.created(URI.create("/api/cases/" + id)).body(casework.read(id));
  }

  @GetMapping("/api/cases")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "Work queue of the caller's offices: priority cases first, then the oldest; filter by state or overdue")
  ResultPage<CaseSummary> queue(
      @RequestParam(required = false) @Nullable ClaimState state,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return casework.queue(state, overdue, new PageRequest(page, size));
  }

  @GetMapping("/api/cases/{id}")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "A case: state, deadlines, and the actions the caller may take now (audited)")
  CaseView read(@PathVariable UUID id) {
    return casework.read(new CaseId(id));
  }

  @GetMapping("/api/cases/{id}/history")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "What happened on the case, oldest first (audited)")
  List<CaseEvent> history(@PathVariable UUID id) {
    return casework.read(new CaseId(id)).history();
  }

  @PostMapping("/api/cases/{id}/registration")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @Operation(summary = "Register the applicant and dependants (REGISTRAR)")
  CaseView register(@PathVariable UUID id, @RequestBody StepRequest request) {
    return casework.register(new CaseId(id), version(request.version()), request.on());
  }

  @PostMapping("/api/cases/{id}/information")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @Operation(summary = "Record delivery of the information pack and its language (REGISTRAR)")
  CaseView information(@PathVariable UUID id, @RequestBody InformationRequest request) {
    return casework.provideInformation(new CaseId(id), version(request.version()), request.language(), request.on());
  }

  @PostMapping("/api/cases/{id}/interviews")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @Operation(summary = "Schedule an interview: interviewer, interpreter (language, sex), legal representative, guardian (RECEPTION, ELIGIBILITY_OFFICER, SUPERVISOR)")
  ResponseEntity<Booked> scheduleInterview(@PathVariable UUID id, @RequestBody InterviewRequest request) {
    UUID interview =
        casework.scheduleInterview(
            new CaseId(id), version(request.version()), request.interviewer(), request.interpreter(),
            request.legalRepresentative(), request.guardian(), request.genderExceptionReason(), request.on());
    return ResponseEntity.created(URI.create("/api/cases/" + id + "/interviews/" + interview))
        .body(new Booked(interview, casework.read(new CaseId(id))));
  }

  @PostMapping("/api/cases/{id}/interviews/{interviewId}/record")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @Operation(summary = "Record the interview: read back and confirmed, or the applicant's refusal with reasons (ELIGIBILITY_OFFICER)")
  CaseView recordInterview(@PathVariable UUID id, @PathVariable UUID interviewId, @RequestBody InterviewRecordRequest request) {
    return casework.recordInterview(
        new CaseId(id), interviewId, version(request.version()), Boolean.TRUE.equals(request.readBackConfirmed()),
        request.refusalReasons(), request.on());
  }

  @PostMapping("/api/cases/{id}/interviews/{interviewId}/no-show")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @Operation(summary = "Record that the applicant missed the interview; the abandonment clock starts (RECEPTION, ELIGIBILITY_OFFICER)")
  CaseView noShow(@PathVariable UUID id, @PathVariable UUID interviewId, @RequestBody StepRequest request) {
    return casework.recordNoShow(new CaseId(id), interviewId, version(request.version()), request.on());
  }

  private static long version(@Nullable Long version) {
    if (version == null) {
      throw ValidationFailed.of("version", "is required: send the version you read");
    }
    return version;
  }
}
