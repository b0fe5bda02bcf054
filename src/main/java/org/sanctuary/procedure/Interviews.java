package org.sanctuary.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.OfficerProfile;
import org.sanctuary.access.OfficerProfiles;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.procedure.interview.Applicant;
import org.sanctuary.procedure.interview.InterviewPlan;
import org.sanctuary.procedure.interview.Interviewer;
import org.sanctuary.procedure.interview.Participant;
import org.sanctuary.registry.Person;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.LanguageCodes;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal interview (procedure.md §2, §4): booking it with the participants the applicant's
 * needs call for, recording it with its read-back, finalising a record left open, a missed
 * appointment and the attempts to reach the applicant after it.
 */
@Service
public class Interviews {

  private final CaseRunner runner;
  private final PersonDirectory persons;
  private final OfficerProfiles officerProfiles;
  private final UserAccounts users;

  @Autowired
  Interviews(CaseRunner runner, PersonDirectory persons, OfficerProfiles officerProfiles, UserAccounts users) {
    this.runner = runner;
    this.persons = persons;
    this.officerProfiles = officerProfiles;
    this.users = users;
  }

  /** The same capability with another today (see {@link CaseRunner#asOf}). */
  public Interviews asOf(LocalDate today) {
    return new Interviews(runner.asOf(today), persons, officerProfiles, users);
  }

  /** A participant of an interview as the caller typed them; none when nothing is given. */
  public record ParticipantDraft(@Nullable String name, @Nullable String language, @Nullable Sex sex) {

    boolean empty() {
      return (name == null || name.isBlank()) && (language == null || language.isBlank()) && sex == null;
    }

    void check(String field, Problems problems) {
      problems.when(name == null || name.isBlank() || sex == null, field, "needs a name and a sex");
      problems.language(field, language, false);
    }

    Participant participant() {
      return new Participant(name.strip(), LanguageCodes.orNull("language", language), sex);
    }
  }

  /**
   * What booking an interview takes: the interviewer, the day and time when fixed, the interpreter,
   * the legal representative and the guardian who attend, and a supervisor's reason for an exception
   * to a same-sex request.
   */
  public record ScheduleInterview(
      @Nullable Long version, @Nullable String interviewer, @Nullable LocalDateTime appointment,
      @Nullable ParticipantDraft interpreter, @Nullable ParticipantDraft legalRepresentative, @Nullable ParticipantDraft guardian,
      @Nullable String genderExceptionReason, @Nullable LocalDate on, @Nullable String lateReason) implements CaseStep {

    @Override
    public List<FieldProblem> problems() {
      Problems problems = new Problems().when(interviewer == null || interviewer.isBlank(), "interviewer", "is required");
      attending(interpreter).ifPresent(p -> p.check("interpreter", problems));
      attending(legalRepresentative).ifPresent(p -> p.check("legalRepresentative", problems));
      attending(guardian).ifPresent(p -> p.check("guardian", problems));
      problems.when(genderExceptionReason != null && genderExceptionReason.length() > Problems.TEXT_LIMIT,
          "genderExceptionReason", "is at most 1000 characters");
      return problems.list();
    }

    private static java.util.Optional<ParticipantDraft> attending(@Nullable ParticipantDraft draft) {
      return draft == null || draft.empty() ? java.util.Optional.empty() : java.util.Optional.of(draft);
    }

    @Nullable Participant participant(@Nullable ParticipantDraft draft) {
      return attending(draft).map(ParticipantDraft::participant).orElse(null);
    }
  }

  /** The interview held: read back and confirmed, or the applicant's refusal to confirm with their reasons. */
  public record RecordInterview(
      @Nullable Long version, @Nullable Boolean readBackConfirmed, @Nullable String refusalReasons, @Nullable LocalDate on,
      @Nullable String lateReason) implements CaseStep {}

  /** An interview record left open, finalised later: confirmed on read-back, or refused with the applicant's reasons. */
  public record FinaliseInterviewRecord(
      @Nullable Long version, @Nullable Boolean readBackConfirmed, @Nullable String refusalReasons, @Nullable LocalDate on,
      @Nullable String lateReason) implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems()
          .when(!Boolean.TRUE.equals(readBackConfirmed) && (refusalReasons == null || refusalReasons.isBlank()), "refusalReasons",
              "confirm the read-back, or give the applicant's reasons for refusing to confirm it")
          .list();
    }
  }

  public record RecordNoShow(@Nullable Long version, @Nullable LocalDate on, @Nullable String lateReason) implements CaseStep {}

  /** How the applicant was sought after a missed appointment. */
  public record RecordContactAttempt(@Nullable Long version, @Nullable String how, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems().when(how == null || how.isBlank() || how.length() > 500, "how",
          "say how the applicant was sought, in 1 to 500 characters").list();
    }
  }

  /**
   * Books an interview with an eligibility officer of the case's office, checked against every
   * interview guard of §4 with what the registry knows of the applicant (language understood best,
   * requested sex of interviewer and interpreter, specific needs). Only a supervisor may record an
   * exception to a same-sex request. The participants stay on the case.
   */
  @Transactional
  public UUID schedule(CaseId id, ScheduleInterview booking) {
    ActDate day = runner.checked(booking);
    Cases.Stored stored = runner.load(id);
    OfficeId office = stored.claim().office();
    List<FieldProblem> problems = new ArrayList<>();
    OfficerProfile officer = null;
    String interviewer = booking.interviewer().strip();
    if (!users.holds(interviewer, Role.ELIGIBILITY_OFFICER, office)) {
      problems.add(new FieldProblem("interviewer", "must be an eligibility officer of this office"));
    } else {
      officer = officerProfiles.of(interviewer).orElse(null);
      if (officer == null) {
        problems.add(new FieldProblem("interviewer", "has no officer profile (sex, languages, training) yet"));
      }
    }
    String exception = Problems.stripped(booking.genderExceptionReason());
    if (exception != null && !runner.actor(office).roles().contains(Role.SUPERVISOR)) {
      problems.add(new FieldProblem("genderExceptionReason", "only a supervisor may record an exception"));
    }
    if (booking.appointment() != null && booking.appointment().toLocalDate().isBefore(day.actedOn())) {
      problems.add(new FieldProblem("appointment", "cannot be before the day the interview is booked"));
    }
    Person applicant = persons.read(stored.claim().principal());
    String language = applicant.details().bestLanguage();
    if (language == null) {
      problems.add(new FieldProblem("applicant", "the language the applicant understands best is not recorded"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Set<SpecificNeed> needs = applicant.details().specificNeeds();
    Applicant profile =
        new Applicant(language, applicant.details().interviewerPreference(), applicant.details().interpreterPreference(), needs, null);
    InterviewPlan plan =
        new InterviewPlan(
            new Interviewer(officer.username(), officer.languages(), Sex.valueOf(officer.sex()), officer.traumaTrained()),
            booking.participant(booking.interpreter()), booking.participant(booking.legalRepresentative()),
            booking.participant(booking.guardian()), exception);
    UUID interview = UUID.randomUUID();
    runner.run(id, booking, "INTERVIEW_SCHEDULED",
        (claim, actor) -> claim.scheduleInterview(actor, interview, profile, plan, booking.appointment(), day));
    if (plan.genderExceptionReason() != null) {
      // The reason itself is in the case's history; the trail records that an exception was made, by whom.
      runner.succeeded(AuditRecord.success("GENDER_EXCEPTION_RECORDED", CaseRunner.SUBJECT, id, office.value()));
    }
    return interview;
  }

  @Transactional
  public CaseView record(CaseId id, UUID interview, RecordInterview step) {
    ActDate day = runner.checked(step);
    boolean confirmed = Boolean.TRUE.equals(step.readBackConfirmed());
    return runner.run(id, step, "INTERVIEW_RECORDED",
        (claim, actor) -> claim.recordInterview(actor, interview, confirmed, step.refusalReasons(), day));
  }

  /** Finalises an interview record left open: confirmed on read-back, or refused with the applicant's reasons. */
  @Transactional
  public CaseView finaliseRecord(CaseId id, FinaliseInterviewRecord step) {
    ActDate day = runner.checked(step);
    boolean confirmed = Boolean.TRUE.equals(step.readBackConfirmed());
    return runner.run(id, step, "INTERVIEW_RECORD_FINALISED",
        (claim, actor) -> claim.finaliseInterviewRecord(actor, confirmed, step.refusalReasons(), day));
  }

  @Transactional
  public CaseView recordNoShow(CaseId id, UUID interview, RecordNoShow step) {
    ActDate day = runner.checked(step);
    return runner.run(id, step, "APPOINTMENT_MISSED", (claim, actor) -> claim.recordNoShow(actor, interview, day));
  }

  @Transactional
  public CaseView recordContactAttempt(CaseId id, RecordContactAttempt step) {
    ActDate day = runner.checked(step);
    String how = step.how().strip();
    return runner.run(id, step, "CONTACT_ATTEMPTED", (claim, actor) -> claim.recordContactAttempt(actor, day, how));
  }
}
