package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.alerts.Alerts;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.registry.Person;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.LanguageCodes;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake (procedure.md §1–§3): intent to seek asylum from any channel, registration, information in
 * a language the applicant understands, a dependant's own claim, and referral from a diplomatic
 * mission to an office that determines.
 */
@Service
public class Intake {

  private final CaseRunner runner;
  private final Cases cases;
  private final AccessPolicy access;
  private final Offices offices;
  private final PersonDirectory persons;
  private final Alerts alerts;
  private final JurisdictionProfiles profiles;

  @Autowired
  Intake(CaseRunner runner, Cases cases, AccessPolicy access, Offices offices, PersonDirectory persons, Alerts alerts,
      JurisdictionProfiles profiles) {
    this.runner = runner;
    this.cases = cases;
    this.access = access;
    this.offices = offices;
    this.persons = persons;
    this.alerts = alerts;
    this.profiles = profiles;
  }

  /** The same capability with another today (see {@link CaseRunner#asOf}). */
  public Intake asOf(LocalDate today) {
    return new Intake(runner.asOf(today), cases, access, offices, persons, alerts, profiles);
  }

  /**
   * Intent to seek asylum, expressed through a channel by a principal (and dependants) registered at
   * the office, or by a newcomer nobody has registered yet, recorded with what they said ({@code
   * newcomer} instead of {@code principalId}; {@code notADuplicateBecause} when they may already be known).
   */
  public record RecordIntent(
      @Nullable UUID officeId, @Nullable UUID principalId, @Nullable List<UUID> dependantIds, @Nullable Channel channel,
      @Nullable Modality modality, @Nullable LocalDate on, @Nullable String lateReason,
      PersonDirectory.@Nullable Newcomer newcomer, @Nullable String notADuplicateBecause) {

    /** Intent of a principal already registered. */
    public RecordIntent(
        @Nullable UUID officeId, @Nullable UUID principalId, @Nullable List<UUID> dependantIds, @Nullable Channel channel,
        @Nullable Modality modality, @Nullable LocalDate on, @Nullable String lateReason) {
      this(officeId, principalId, dependantIds, channel, modality, on, lateReason, null, null);
    }

    /** Intent expressed today at an office, for callers that hold typed ids. */
    public static RecordIntent of(
        OfficeId office, PersonId principal, Set<PersonId> dependants, @Nullable Channel channel, @Nullable Modality modality) {
      return new RecordIntent(office.value(), principal.value(), dependants.stream().map(PersonId::value).toList(), channel,
          modality, null, null);
    }

    public List<FieldProblem> problems() {
      return new Problems()
          .required("officeId", officeId, "is required")
          .when(principalId == null && newcomer == null, "principalId",
              "choose the registered person, or record the newcomer with the name they gave and their language")
          .when(principalId != null && newcomer != null, "newcomer", "give either a registered person or a newcomer, not both")
          .required("channel", channel, "is required")
          .list();
    }
  }

  public record Register(@Nullable Long version, @Nullable LocalDate on, @Nullable String lateReason) implements CaseStep {}

  /** The information pack delivered, in a language (ISO 639-1 code) the applicant understands. */
  public record ProvideInformation(@Nullable Long version, @Nullable String language, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems().language("language", language, true).list();
    }
  }

  /**
   * A dependant lodges a claim of their own; a sensitive claim (gender-based, for example) is decided
   * and notified to them alone.
   */
  public record LodgeIndependentClaim(
      @Nullable Long version, @Nullable UUID memberId, @Nullable Boolean sensitive, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems().required("memberId", memberId, "is required").list();
    }
  }

  /** A claim received at a diplomatic mission goes to a determination office, with why and how. */
  public record Refer(@Nullable Long version, @Nullable UUID officeId, @Nullable String reason, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems()
          .required("officeId", officeId, "choose a determination office (a mandate office or a national authority)")
          .text("reason", reason, "say why and how the claim is referred, in 1 to 1000 characters")
          .list();
    }
  }

  /**
   * Opens a case: the principal (and dependants), registered at this office, expressed intent to seek
   * asylum through the channel on the day given. Priority follows the principal's specific needs; a
   * child alone raises an alert until a guardian is appointed. A person has one open claim at a time.
   */
  @Transactional
  public CaseId recordIntent(RecordIntent intent) {
    List<FieldProblem> problems = intent.problems();
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    OfficeId officeId = new OfficeId(intent.officeId());
    Set<PersonId> dependants = new LinkedHashSet<>();
    if (intent.dependantIds() != null) {
      intent.dependantIds().forEach(d -> dependants.add(new PersonId(d)));
    }
    Actor actor = access.require(Permission.CASE_WORK, officeId);
    ActDate day = runner.dated(new Casework.When(intent.on(), intent.lateReason()));
    Office office = offices.find(officeId).orElseThrow(() -> new NotFound("office"));
    // A newcomer is recorded as said in this transaction: if the case is not opened, neither is their record.
    PersonId principal = intent.newcomer() == null
        ? new PersonId(intent.principalId())
        : persons.recordAsSaid(officeId, intent.newcomer(), intent.notADuplicateBecause()).id();
    Person applicant = persons.read(principal);
    if (!applicant.office().equals(officeId)) {
      throw ValidationFailed.of("principalId", "must be a person registered by this office");
    }
    for (PersonId dependant : dependants) {
      if (dependant.equals(principal) || !persons.read(dependant).office().equals(officeId)) {
        throw ValidationFailed.of("dependantIds", "must be other persons registered by this office");
      }
    }
    Set<PersonId> applicants = new HashSet<>(dependants);
    applicants.add(principal);
    try {
      List<Case> theirCases = new ArrayList<>();
      applicants.forEach(p -> theirCases.addAll(cases.protecting(p)));
      OneOpenClaim.check(applicants, theirCases);
    } catch (Refusal refused) {
      runner.refused("INTENT_RECORDED", null, officeId, refused.code().name());
      Case open = cases.find(refused.relatedCase(), access.scope(Permission.CASE_READ)).map(Cases.Stored::claim).orElse(null);
      if (open == null) {
        // Held by an office the reader cannot read: say that it exists, nothing more.
        throw new Refusal(refused.code(), "A claim for this person is already open at another office; its supervisor can be asked.",
            List.of(), null, org.sanctuary.shared.Wording.of("refusal.openClaimElsewhere"));
      }
      throw refused;
    }
    CaseId id = new CaseId(UUID.randomUUID());
    Case opened;
    try {
      opened = Case.recordIntent(
          id, officeId, cases.nextFileNumber(officeId, office.code(), day.actedOn().getYear()), principal, dependants,
          intent.channel(), intent.modality() == null ? Modality.REGULAR : intent.modality(),
          profiles.find(JurisdictionProfiles.DEFAULT).profile(), day, CaseRunner.caseActor(actor, officeId),
          office.type() == OfficeType.DIPLOMATIC_MISSION);
    } catch (Refusal refused) {
      runner.refused("INTENT_RECORDED", null, officeId, refused.code().name());
      throw refused;
    }
    open(opened, applicant, day);
    return id;
  }

  @Transactional
  public CaseView register(CaseId id, Register step) {
    ActDate day = runner.checked(step);
    return runner.run(id, step, "REGISTERED", (claim, actor) -> claim.register(actor, day));
  }

  @Transactional
  public CaseView provideInformation(CaseId id, ProvideInformation step) {
    ActDate day = runner.checked(step);
    String code = LanguageCodes.required("language", step.language());
    return runner.run(id, step, "INFORMATION_PROVIDED", (claim, actor) -> claim.provideInformation(actor, code, day));
  }

  /**
   * A dependant lodges a claim of their own (procedure.md §2: any member, at any time): a new case
   * with them as principal, linked to the family's case, which records the lodging. The family's
   * decision may no longer cover a dependant whose claim is sensitive (SEPARATE_DECISION_REQUIRED).
   */
  @Transactional
  public CaseId lodgeIndependentClaim(CaseId familyCase, LodgeIndependentClaim step) {
    ActDate day = runner.checked(step);
    PersonId member = new PersonId(step.memberId());
    Case family = runner.load(familyCase).claim();
    if (!family.dependants().contains(member)) {
      throw ValidationFailed.of("memberId", "must be a dependant on this case");
    }
    Office office = offices.find(family.office()).orElseThrow(() -> new NotFound("office"));
    CaseId id = new CaseId(UUID.randomUUID());
    String fileNumber = cases.nextFileNumber(family.office(), office.code(), day.actedOn().getYear());
    Case.IndependentClaim lodged = new Case.IndependentClaim(member, id, Boolean.TRUE.equals(step.sensitive()));
    runner.run(familyCase, step, "INDEPENDENT_CLAIM_LODGED", (claim, actor) -> claim.lodgeIndependentClaim(actor, lodged, fileNumber, day));
    Case opened = Case.openIndependentClaim(id, fileNumber, family, member, day, runner.actor(family.office()));
    open(opened, persons.read(member), day);
    return id;
  }

  /**
   * Refers a claim held by a diplomatic mission to a determination office (a mandate office or a
   * national authority). The case moves there with its history; the applicant's and dependants'
   * registry records go with it, so that the office that decides can read them. The lock, which
   * asks every case of a person at any office, protects them before, during and after.
   */
  @Transactional
  public CaseView refer(CaseId id, Refer step) {
    ActDate day = runner.checked(step);
    Office target = offices.find(new OfficeId(step.officeId())).orElse(null);
    if (target == null || (target.type() != OfficeType.MANDATE_OFFICE && target.type() != OfficeType.NATIONAL_AUTHORITY)) {
      throw ValidationFailed.of("officeId", "choose a determination office (a mandate office or a national authority)");
    }
    Case before = runner.load(id).claim();
    OfficeId from = before.office();
    String reason = step.reason().strip();
    CaseView referred = runner.run(id, step, "REFERRED", (claim, actor) -> claim.refer(actor, target.id(), target.name(), reason, day));
    Set<PersonId> members = new LinkedHashSet<>();
    members.add(before.principal());
    members.addAll(before.dependants());
    members.forEach(member -> persons.transfer(member, from, target.id()));
    return referred;
  }

  /** Stores a new case: priority follows the applicant's specific needs; a child alone raises an alert. */
  private void open(Case opened, Person applicant, ActDate day) {
    cases.insert(opened, applicant.hasPriority(), day.actedOn(), runner.now());
    if (applicant.needs().stream().anyMatch(n -> n.need() == SpecificNeed.UNACCOMPANIED_CHILD || n.need() == SpecificNeed.SEPARATED_CHILD)) {
      alerts.raise(opened.office(), Alerts.Kind.CHILD_WITHOUT_GUARDIAN, CaseRunner.SUBJECT, opened.id().value(),
          opened.fileNumber() + ": a child alone — appoint a guardian before any interview.", List.of(opened.fileNumber()));
    }
    runner.succeeded(CaseRunner.actedOn(AuditRecord.success("INTENT_RECORDED", CaseRunner.SUBJECT, opened.id(), opened.office().value()), opened));
  }
}
