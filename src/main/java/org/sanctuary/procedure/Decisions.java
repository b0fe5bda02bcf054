package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.AgeBand;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.LanguageCodes;
import org.sanctuary.shared.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From the interview to a notified decision (procedure.md §2, §4): the structured assessment, the
 * reasoned draft, its return to the officer, the supervisor's signature with the notification, and
 * derivative status for the family of a recognised refugee.
 */
@Service
public class Decisions {

  private final CaseRunner runner;
  private final Cases cases;
  private final PersonDirectory persons;
  private final String hostCountry;
  private final DecisionLetters letters;

  @Autowired
  Decisions(CaseRunner runner, Cases cases, PersonDirectory persons, ProcedureProperties properties, DecisionLetters letters) {
    this(runner, cases, persons, properties.hostCountry(), letters);
  }

  private Decisions(CaseRunner runner, Cases cases, PersonDirectory persons, String hostCountry, DecisionLetters letters) {
    this.runner = runner;
    this.cases = cases;
    this.persons = persons;
    this.hostCountry = hostCountry;
    this.letters = letters;
  }

  /** The same capability with another today (see {@link CaseRunner#asOf}). */
  public Decisions asOf(LocalDate today) {
    return new Decisions(runner.asOf(today), cases, persons, hostCountry, letters);
  }

  /** One element of the assessment as sent: a finding (none: not assessed) and the reasons for it. */
  public record AssessedElement(@Nullable Finding finding, @Nullable String reasons) {
    Assessment.Element element() {
      return new Assessment.Element(finding == null ? Finding.NOT_ASSESSED : finding, Problems.stripped(reasons));
    }

    static @Nullable AssessedElement of(Assessment.Element element) {
      return new AssessedElement(element.finding(), element.reasons());
    }
  }

  /** The structured assessment in the order of procedure.md §2; a section not sent is not assessed. */
  public record WriteAssessment(
      @Nullable Long version, @Nullable LocalDate on, @Nullable String lateReason,
      @Nullable AssessedElement identityAndNationality, @Nullable AssessedElement materialFacts,
      @Nullable AssessedElement wellFoundedFear, @Nullable AssessedElement persecution,
      @Nullable AssessedElement noStateProtection, @Nullable AssessedElement nexus,
      @Nullable Set<ConventionGround> grounds, @Nullable AssessedElement noInternalFlightAlternative,
      @Nullable String surPlaceAndIllegalExit, @Nullable Exclusion exclusion, @Nullable String exclusionReasons,
      @Nullable String conclusion) implements CaseStep {

    /** The step that writes an assessment already put together, today. */
    public static WriteAssessment of(long version, Assessment a) {
      return new WriteAssessment(version, null, null, AssessedElement.of(a.identityAndNationality()),
          AssessedElement.of(a.materialFacts()), AssessedElement.of(a.wellFoundedFear()), AssessedElement.of(a.persecution()),
          AssessedElement.of(a.noStateProtection()), AssessedElement.of(a.nexus()), a.grounds(),
          AssessedElement.of(a.noInternalFlightAlternative()), a.surPlaceAndIllegalExit(), a.exclusion(), a.exclusionReasons(),
          a.conclusion());
    }

    /** The same assessment, done on another day (a late record says why). */
    public WriteAssessment dated(@Nullable LocalDate day, @Nullable String late) {
      return new WriteAssessment(version, day, late, identityAndNationality, materialFacts, wellFoundedFear, persecution,
          noStateProtection, nexus, grounds, noInternalFlightAlternative, surPlaceAndIllegalExit, exclusion, exclusionReasons,
          conclusion);
    }

    public Assessment assessment() {
      return new Assessment(
          element(identityAndNationality), element(materialFacts), element(wellFoundedFear), element(persecution),
          element(noStateProtection), element(nexus), grounds == null ? Set.of() : grounds,
          element(noInternalFlightAlternative), Problems.stripped(surPlaceAndIllegalExit),
          exclusion == null ? Exclusion.NOT_ASSESSED : exclusion, Problems.stripped(exclusionReasons), Problems.stripped(conclusion));
    }

    private static Assessment.Element element(@Nullable AssessedElement sent) {
      return sent == null ? Assessment.Element.notAssessed() : sent.element();
    }
  }

  /**
   * The reasoned draft: outcome, reason categories, the individual explanation, legal basis, appeal
   * instructions, the language of the notification and the persons it covers. The appeal deadline is
   * not typed: it is counted from the notification.
   */
  public record DraftDecision(
      @Nullable Long version, @Nullable LocalDate on, @Nullable String lateReason, DecisionDraft.@Nullable Outcome outcome,
      @Nullable Set<String> reasonCategories, @Nullable String individualExplanation, @Nullable String legalBasis,
      @Nullable String appealInstructions, @Nullable String notificationLanguage, @Nullable List<UUID> covers) implements CaseStep {

    /** The step that drafts a decision already put together, today. */
    public static DraftDecision of(long version, DecisionDraft d) {
      return new DraftDecision(version, null, null, d.outcome(), d.reasonCategories(), d.individualExplanation(), d.legalBasis(),
          d.appealInstructions(), d.notificationLanguage(), d.covers().stream().map(PersonId::value).toList());
    }

    /** The same draft, done on another day (a late record says why). */
    public DraftDecision dated(@Nullable LocalDate day, @Nullable String late) {
      return new DraftDecision(version, day, late, outcome, reasonCategories, individualExplanation, legalBasis,
          appealInstructions, notificationLanguage, covers);
    }

    @Override
    public List<FieldProblem> problems() {
      return new Problems()
          .required("outcome", outcome, "is required: RECOGNITION or REJECTION")
          .language("notificationLanguage", notificationLanguage, false)
          .list();
    }

    public DecisionDraft draft() {
      Set<String> categories = new LinkedHashSet<>();
      if (reasonCategories != null) {
        reasonCategories.stream().filter(c -> c != null && !c.isBlank()).forEach(c -> categories.add(c.strip()));
      }
      Set<PersonId> covered = new LinkedHashSet<>();
      if (covers != null) {
        covers.forEach(p -> covered.add(new PersonId(p)));
      }
      return new DecisionDraft(outcome, categories, Problems.stripped(individualExplanation), Problems.stripped(legalBasis),
          Problems.stripped(appealInstructions), LanguageCodes.orNull("notificationLanguage", notificationLanguage), covered);
    }
  }

  /** The draft goes back to the eligibility officer, with why. */
  public record ReturnDraft(@Nullable Long version, @Nullable String reason, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems().text("reason", reason, "say why the draft goes back").list();
    }
  }

  /** The signature, with the day and the recipient of the notification (never a prohibited recipient). */
  public record SignDecision(
      @Nullable Long version, @Nullable RecipientType recipient, @Nullable String method, @Nullable LocalDate notifiedOn,
      @Nullable String lateReason) implements CaseStep {
    @Override
    public @Nullable LocalDate on() {
      return notifiedOn;
    }

    @Override
    public String dayField() {
      return "notifiedOn";
    }

    @Override
    public List<FieldProblem> problems() {
      return new Problems().required("recipient", recipient, "say to whom the decision is notified").list();
    }
  }

  /** Derivative status for a dependant of a recognised refugee: granted or refused, with the exclusion flag. */
  public record DecideDerivative(
      @Nullable Long version, @Nullable Boolean grant, @Nullable Boolean exclusionFlag, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems().required("grant", grant, "say whether derivative status is granted").list();
    }
  }

  @Transactional
  public CaseView writeAssessment(CaseId id, WriteAssessment step) {
    ActDate day = runner.checked(step);
    Assessment assessment = step.assessment();
    return runner.run(id, step, "ASSESSMENT_WRITTEN", (claim, actor) -> claim.writeAssessment(actor, assessment, day));
  }

  @Transactional
  public CaseView draft(CaseId id, DraftDecision step) {
    ActDate day = runner.checked(step);
    DecisionDraft draft = step.draft();
    return runner.run(id, step, "DECISION_DRAFTED", (claim, actor) -> claim.draftDecision(actor, draft, day));
  }

  @Transactional
  public CaseView returnDraft(CaseId id, ReturnDraft step) {
    ActDate day = runner.checked(step);
    String reason = step.reason().strip();
    return runner.run(id, step, "DRAFT_RETURNED", (claim, actor) -> claim.returnDraft(actor, reason, day));
  }

  /**
   * Signs the drafted decision and records its notification. A DPRK national is taken to have left
   * irregularly, so the sur place analysis is always required for them (Handbook ¶61, ¶94–96); the
   * notification never goes to a prohibited recipient.
   */
  @Transactional
  public CaseView sign(CaseId id, SignDecision step) {
    ActDate day = runner.checked(step);
    Cases.Stored stored = runner.notifiable(id, step.recipient(), "DECISION_SIGNED");
    var principal = persons.read(stored.claim().principal()).details();
    List<String> nationalities = principal.nationalities();
    boolean fromDprk = nationalities.contains("PRK");
    CaseView signed = runner.run(id, step, "DECISION_SIGNED", (claim, actor) -> claim.signDecision(actor, fromDprk, day));
    Case claim = runner.load(id).claim();
    String draftedBy = claim.history().stream().filter(e -> e.what() == Happened.DECISION_DRAFTED).reduce((a, b) -> b)
        .map(CaseEvent::by).orElse(signed.history().get(signed.history().size() - 1).by());
    AgeBand age = principal.dateOfBirth() == null ? null
        : AgeBand.on(principal.dateOfBirth().earliest(), principal.dateOfBirth().latest(), day.actedOn());
    cases.recordDecision(claim, draftedBy, nationalities.isEmpty() ? null : nationalities.get(0), principal.sex().name(), age);
    letters.issue(signed); // the letter as notified, archived with the case in the same transaction
    return signed;
  }

  /**
   * Decides derivative status for a dependant of a recognised refugee. The host country is this
   * installation's ({@code sanctuary.procedure.host-country}); its nationals need no derivative status.
   */
  @Transactional
  public CaseView decideDerivative(CaseId id, PersonId member, DecideDerivative step) {
    ActDate day = runner.checked(step);
    if (!runner.load(id).claim().dependants().contains(member)) {
      throw new NotFound("dependant of this case");
    }
    List<String> nationalities = persons.read(member).details().nationalities();
    boolean grant = step.grant();
    boolean excluded = Boolean.TRUE.equals(step.exclusionFlag());
    return runner.run(id, step, grant ? "DERIVATIVE_GRANTED" : "DERIVATIVE_REFUSED",
        (claim, actor) -> claim.decideDerivative(actor, member, grant, excluded, nationalities, hostCountry, day));
  }
}
