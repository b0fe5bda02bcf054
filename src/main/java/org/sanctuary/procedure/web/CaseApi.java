package org.sanctuary.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.sanctuary.procedure.Appeals;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import org.sanctuary.procedure.StatusEndings;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.ClaimState;
import org.sanctuary.procedure.Case;
import org.sanctuary.procedure.Modality;
import org.sanctuary.procedure.Command;
import org.sanctuary.procedure.GivesCommand;
import org.sanctuary.procedure.StatusEnding;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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

  record Booked(UUID interviewId, CaseView caseView) {}

  record Lodged(UUID appealId, CaseView caseView) {}

  private final Casework casework;
  private final Intake intake;
  private final Interviews interviews;
  private final Decisions decisions;
  private final Appeals appeals;
  private final StatusEndings endings;
  private final org.sanctuary.procedure.DecisionLetters letters;

  CaseApi(Casework casework, Intake intake, Interviews interviews, Decisions decisions, Appeals appeals, StatusEndings endings,
      org.sanctuary.procedure.DecisionLetters letters) {
    this.letters = letters;
    this.casework = casework;
    this.intake = intake;
    this.interviews = interviews;
    this.decisions = decisions;
    this.appeals = appeals;
    this.endings = endings;
  }

  @PostMapping("/api/cases")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.RECORD_INTENT)
  @Operation(summary = "Record intent to seek asylum: opens a case in INTENT_EXPRESSED")
  ResponseEntity<CaseView> recordIntent(@RequestBody Intake.RecordIntent request) {
    CaseId id = intake.recordIntent(request);
    return ResponseEntity.created(URI.create("/api/cases/" + id)).body(casework.read(id));
  }

  @GetMapping("/api/cases")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "Work queue of the caller's offices: priority cases first, then the oldest; filter by state, assignee"
      + " (who has the case in hand: the interviewer booked, or the appeal officer), priority, overdue")
  ResultPage<CaseSummary> queue(
      @RequestParam(required = false) @Nullable ClaimState state,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(defaultValue = "false") boolean priority,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return casework.queue(state == null ? Set.of() : Set.of(state), assignee, priority, overdue, new PageRequest(page, size, after));
  }

  @GetMapping("/api/persons/{id}/cases")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "The claims a person belongs to, as principal or dependant, with state and deadline, in the offices"
      + " whose cases the caller may read (audited)")
  List<CaseSummary> casesOfPerson(@PathVariable UUID id) {
    return casework.casesOf(new PersonId(id));
  }

  @GetMapping("/api/cases/{id}")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "A case: state, deadlines, and the actions the caller may take now (audited)")
  CaseView read(@PathVariable UUID id) {
    return casework.read(new CaseId(id));
  }

  @GetMapping(value = "/api/cases/{id}/letter", produces = "application/pdf")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "The letter of the notified decision, as issued: a PDF/A in the notification language with its"
      + " font embedded, the same bytes at every print (X-Content-SHA256); 404 before the decision is notified (audited)")
  ResponseEntity<byte[]> letter(@PathVariable UUID id) {
    return letterResponse(letters.letter(new CaseId(id)));
  }

  /** A letter as a PDF download, with its SHA-256 beside it. */
  static ResponseEntity<byte[]> letterResponse(org.sanctuary.procedure.DecisionLetters.Letter letter) {
    return ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.inline().filename(letter.fileName()).build().toString())
        .header("X-Content-SHA256", letter.sha256())
        .body(letter.pdf());
  }

  @GetMapping("/api/cases/{id}/history")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "What happened on the case, oldest first (audited)")
  List<CaseEvent> history(@PathVariable UUID id) {
    return casework.read(new CaseId(id)).history();
  }

  @PostMapping("/api/cases/{id}/registration")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.REGISTER)
  @Operation(summary = "Register the applicant and dependants")
  CaseView register(@PathVariable UUID id, @RequestBody Intake.Register request) {
    return intake.register(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/information")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.PROVIDE_INFORMATION)
  @Operation(summary = "Record delivery of the information pack and its language")
  CaseView information(@PathVariable UUID id, @RequestBody Intake.ProvideInformation request) {
    return intake.provideInformation(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/interviews")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.SCHEDULE_INTERVIEW)
  @Operation(summary = "Schedule an interview: interviewer, day and time, interpreter (language, sex), legal representative, guardian; they stay on the case, and a representative named on it never interprets")
  ResponseEntity<Booked> scheduleInterview(@PathVariable UUID id, @RequestBody Interviews.ScheduleInterview request) {
    UUID interview = interviews.schedule(new CaseId(id), request);
    return ResponseEntity.created(URI.create("/api/cases/" + id + "/interviews/" + interview))
        .body(new Booked(interview, casework.read(new CaseId(id))));
  }

  @PostMapping("/api/cases/{id}/interviews/{interviewId}/record")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.RECORD_INTERVIEW)
  @Operation(summary = "Record the interview: read back and confirmed, or the applicant's refusal with reasons")
  CaseView recordInterview(@PathVariable UUID id, @PathVariable UUID interviewId, @RequestBody Interviews.RecordInterview request) {
    return interviews.record(new CaseId(id), interviewId, request);
  }

  @PostMapping("/api/cases/{id}/interview-record/finalisation")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.FINALISE_INTERVIEW_RECORD)
  @Operation(summary = "Finalise an interview record left open: read back and confirmed, or the applicant's refusal with"
      + " reasons")
  CaseView finaliseInterviewRecord(@PathVariable UUID id, @RequestBody Interviews.FinaliseInterviewRecord request) {
    return interviews.finaliseRecord(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/interviews/{interviewId}/no-show")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.RECORD_NO_SHOW)
  @Operation(summary = "Record that the applicant missed the interview; the abandonment clock starts")
  CaseView noShow(@PathVariable UUID id, @PathVariable UUID interviewId, @RequestBody Interviews.RecordNoShow request) {
    return interviews.recordNoShow(new CaseId(id), interviewId, request);
  }

  @PutMapping("/api/cases/{id}/assessment")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.WRITE_ASSESSMENT)
  @Operation(summary = "Write the structured assessment in the order of procedure.md §2")
  CaseView assessment(@PathVariable UUID id, @RequestBody Decisions.WriteAssessment request) {
    return decisions.writeAssessment(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/decision")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.DRAFT_DECISION)
  @Operation(summary = "Draft the decision: outcome, reasons, legal basis, appeal instructions, language; the appeal deadline is computed from the notification")
  CaseView draftDecision(@PathVariable UUID id, @RequestBody Decisions.DraftDecision request) {
    return decisions.draft(new CaseId(id), request);
  }

  @GetMapping("/api/cases/{id}/decision/check")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "Every rule a signature would break now, at once, without changing the case: against the draft"
      + " awaiting signature, before that against the assessment (audited as a read)")
  List<org.sanctuary.procedure.Verdict> unmetBeforeSigning(@PathVariable UUID id) {
    return casework.unmetBeforeSigning(new CaseId(id));
  }

  @PostMapping("/api/cases/{id}/decision/return")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.RETURN_DRAFT)
  @Operation(summary = "Return the draft to the eligibility officer, with the reason")
  CaseView returnDraft(@PathVariable UUID id, @RequestBody Decisions.ReturnDraft request) {
    return decisions.returnDraft(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/decision/sign")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.SIGN_DECISION)
  @Operation(summary = "Sign and notify the decision after every decision guard of §4")
  CaseView signDecision(@PathVariable UUID id, @RequestBody Decisions.SignDecision request) {
    return decisions.sign(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/appeals")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.LODGE_APPEAL)
  @Operation(summary = "Lodge an appeal; within the grace it is accepted as late and the supervisors alerted")
  ResponseEntity<Lodged> lodgeAppeal(@PathVariable UUID id, @RequestBody Appeals.LodgeAppeal request) {
    UUID appeal = appeals.lodge(new CaseId(id), request);
    return ResponseEntity.created(URI.create("/api/cases/" + id + "/appeals/" + appeal))
        .body(new Lodged(appeal, casework.read(new CaseId(id))));
  }

  @PostMapping("/api/cases/{id}/appeals/{appealId}/assign")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.ASSIGN_APPEAL)
  @Operation(summary = "Assign the appeal to an appeal officer who never acted at first instance")
  CaseView assignAppeal(@PathVariable UUID id, @PathVariable UUID appealId, @RequestBody Appeals.AssignAppeal request) {
    return appeals.assign(new CaseId(id), appealId, request);
  }

  @PostMapping("/api/cases/{id}/appeals/{appealId}/decision")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.DECIDE_APPEAL)
  @Operation(summary = "Decide the appeal: ALLOWED, REMITTED or DISMISSED, with reasons")
  CaseView decideAppeal(@PathVariable UUID id, @PathVariable UUID appealId, @RequestBody Appeals.DecideAppeal request) {
    return appeals.decide(new CaseId(id), appealId, request);
  }

  @PostMapping("/api/cases/{id}/derivatives/{personId}/decision")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.DECIDE_DERIVATIVE)
  @Operation(summary = "Grant or refuse derivative status to a dependant of a recognised refugee")
  CaseView derivative(@PathVariable UUID id, @PathVariable UUID personId, @RequestBody Decisions.DecideDerivative request) {
    return decisions.decideDerivative(new CaseId(id), new PersonId(personId), request);
  }

  @PostMapping("/api/cases/{id}/independent-claims")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.LODGE_INDEPENDENT_CLAIM)
  @Operation(
      summary = "A dependant lodges a claim of their own: opens a separate case linked to this one",
      description = "Set sensitive for a claim (e.g. gender-based) that must be decided and notified to the claimant alone:"
          + " the family's decision may then no longer cover them (SEPARATE_DECISION_REQUIRED).")
  ResponseEntity<CaseView> lodgeIndependentClaim(@PathVariable UUID id, @RequestBody Intake.LodgeIndependentClaim request) {
    CaseId opened = intake.lodgeIndependentClaim(new CaseId(id), request);
    return ResponseEntity.created(URI.create("/api/cases/" + opened)).body(casework.read(opened));
  }

  @PostMapping("/api/cases/{id}/contact-attempts")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.RECORD_CONTACT_ATTEMPT)
  @Operation(summary = "Record an attempt to reach the applicant")
  CaseView contactAttempt(@PathVariable UUID id, @RequestBody Interviews.RecordContactAttempt request) {
    return interviews.recordContactAttempt(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/withdrawal")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.WITHDRAW)
  @Operation(summary = "Record the applicant's withdrawal; a child alone only with their guardian present")
  CaseView withdraw(@PathVariable UUID id, @RequestBody Casework.Withdraw request) {
    return casework.withdraw(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/closure")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.CLOSE_ABANDONED)
  @Operation(summary = "Close as abandoned: 6 weeks after a missed appointment and a contact attempt")
  CaseView close(@PathVariable UUID id, @RequestBody Casework.CloseAbandoned request) {
    return casework.closeAbandoned(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/status-ending")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.PROPOSE_STATUS_ENDING)
  @Operation(summary = "Propose to end a recognised refugee's status: CANCELLATION, CESSATION or REVOCATION, the provision"
      + " relied on and the reasons")
  CaseView proposeStatusEnding(@PathVariable UUID id, @RequestBody StatusEndings.ProposeStatusEnding request) {
    return endings.propose(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/status-ending/drop")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.DROP_STATUS_ENDING)
  @Operation(summary = "Drop a proposal to end the status, with the reason; the person stays recognised")
  CaseView dropStatusEnding(@PathVariable UUID id, @RequestBody StatusEndings.DropStatusEnding request) {
    return endings.drop(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/status-ending/decision")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.DECIDE_STATUS_ENDING)
  @Operation(summary = "Decide to end the status and record its notification; appealable with the same clocks")
  CaseView decideStatusEnding(@PathVariable UUID id, @RequestBody StatusEndings.DecideStatusEnding request) {
    return endings.decide(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/referral")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.REFER)
  @Operation(summary = "Refer a claim received at a diplomatic mission to a determination office, which takes the case with"
      + " its history and the applicants' records")
  CaseView refer(@PathVariable UUID id, @RequestBody Intake.Refer request) {
    return intake.refer(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/reopening")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.REOPEN)
  @Operation(summary = "Reopen a closed or final case, with the reason")
  CaseView reopen(@PathVariable UUID id, @RequestBody Casework.Reopen request) {
    return casework.reopen(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/hold")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.HOLD)
  @Operation(summary = "Put the case on hold, with the reason")
  CaseView hold(@PathVariable UUID id, @RequestBody Casework.Hold request) {
    return casework.hold(new CaseId(id), request);
  }

  @PostMapping("/api/cases/{id}/resume")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  @GivesCommand(Command.RESUME)
  @Operation(summary = "Resume a case on hold where it stood")
  CaseView resume(@PathVariable UUID id, @RequestBody Casework.Resume request) {
    return casework.resume(new CaseId(id), request);
  }

}
