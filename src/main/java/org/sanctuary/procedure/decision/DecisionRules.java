package org.sanctuary.procedure.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanctuary.procedure.Modality;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Verdict;
import org.sanctuary.registry.PersonId;

/**
 * The guards on deciding a claim, in the order of procedure.md §4: a hearing before a refusal, a
 * finalised record, a complete assessment, the sur place analysis for the DPRK, exclusion only in the
 * regular procedure, full reasons, and separate decisions for sensitive claims. {@link #check} asks
 * every one; the first refusal wins.
 */
public final class DecisionRules {

  private DecisionRules() {}

  /** NO_PERSONAL_INTERVIEW — PS §4.3.1; ExCom 30: no refusal without a hearing, even if "manifestly unfounded". */
  public static Verdict personalInterviewBeforeRefusal(DecisionDraft draft, Assessment assessment, DecisionContext context) {
    if (draft.outcome() == DecisionDraft.Outcome.REJECTION && !context.interviewHeld()) {
      return Verdict.refuse(
          ReasonCode.NO_PERSONAL_INTERVIEW, "No claim is rejected without a personal interview of the applicant.");
    }
    return Verdict.ALLOWED;
  }

  /** INTERVIEW_RECORD_NOT_FINALISED — PS §4.3; APR Art 14. */
  public static Verdict interviewRecordFinalised(DecisionDraft draft, Assessment assessment, DecisionContext context) {
    if (context.interviewHeld() && !context.interviewRecordsFinalised()) {
      return Verdict.refuse(
          ReasonCode.INTERVIEW_RECORD_NOT_FINALISED,
          "The interview record was neither read back and confirmed nor its refusal recorded with reasons.");
    }
    return Verdict.ALLOWED;
  }

  /** INCOMPLETE_ASSESSMENT — Art 1A(2); PS Unit 4. */
  public static Verdict assessmentSupportsTheOutcome(DecisionDraft draft, Assessment assessment, DecisionContext context) {
    List<String> missing = new ArrayList<>();
    Map<String, Assessment.Element> elements = assessment.inclusionElements();
    if (draft.outcome() == DecisionDraft.Outcome.RECOGNITION) {
      elements.forEach(
          (name, element) -> {
            if (element.finding() != Finding.POSITIVE) {
              missing.add(name + " (must be positive)");
            }
          });
      if (assessment.grounds().isEmpty()) {
        missing.add("grounds (at least one Convention ground)");
      }
      if (assessment.exclusion() != Exclusion.NOT_EXCLUDED) {
        missing.add("exclusion (assessed and not excluded)");
      }
    } else {
      boolean failedWithReasons =
          elements.values().stream().anyMatch(e -> e.finding() == Finding.NEGATIVE && e.hasReasons());
      boolean excluded =
          assessment.exclusion() == Exclusion.EXCLUDED
              && assessment.exclusionReasons() != null
              && !assessment.exclusionReasons().isBlank();
      if (!failedWithReasons && !excluded) {
        missing.add("an inclusion element found negative, with reasons, or exclusion with reasons");
      }
    }
    return missing.isEmpty()
        ? Verdict.ALLOWED
        : Verdict.refuse(ReasonCode.INCOMPLETE_ASSESSMENT, "The assessment does not support a " + draft.outcome().name().toLowerCase() + ".", missing);
  }

  /** MISSING_SUR_PLACE_ANALYSIS — Handbook ¶61, ¶94–96: illegal exit from the DPRK is itself a risk. */
  public static Verdict surPlaceAnalysed(DecisionDraft draft, Assessment assessment, DecisionContext context) {
    String analysis = assessment.surPlaceAndIllegalExit();
    if (context.fromDprkWithIrregularExit() && (analysis == null || analysis.isBlank())) {
      return Verdict.refuse(
          ReasonCode.MISSING_SUR_PLACE_ANALYSIS,
          "The applicant left the DPRK irregularly: the risk of punishment for illegal exit and sur place"
              + " activities must be analysed.");
    }
    return Verdict.ALLOWED;
  }

  /** EXCLUSION_REQUIRES_REGULAR_PROCEDURE — PS Unit 4; Art 1F. */
  public static Verdict exclusionOnlyInTheRegularProcedure(DecisionDraft draft, Assessment assessment, DecisionContext context) {
    if (assessment.exclusion() != Exclusion.EXCLUDED) {
      return Verdict.ALLOWED;
    }
    if (context.modality() != Modality.REGULAR) {
      return Verdict.refuse(
          ReasonCode.EXCLUSION_REQUIRES_REGULAR_PROCEDURE,
          "Exclusion is never decided in the " + context.modality().name().toLowerCase() + " modality.");
    }
    if (!context.signedBySupervisor()) {
      return Verdict.refuse(
          ReasonCode.EXCLUSION_REQUIRES_REGULAR_PROCEDURE, "An exclusion decision needs a supervisor's sign-off.");
    }
    return Verdict.ALLOWED;
  }

  /**
   * INCOMPLETE_REASONS — PS §6.4; APD Art 11: a refusal says why, on what basis, and how to appeal.
   * The deadline is not typed: the case computes it from the notification and the jurisdiction profile.
   */
  public static Verdict reasonsComplete(DecisionDraft draft, Assessment assessment, DecisionContext context) {
    if (draft.outcome() != DecisionDraft.Outcome.REJECTION) {
      return Verdict.ALLOWED;
    }
    List<String> missing = new ArrayList<>();
    if (draft.reasonCategories().isEmpty()) {
      missing.add("reasonCategories");
    }
    if (blank(draft.individualExplanation())) {
      missing.add("individualExplanation");
    }
    if (blank(draft.legalBasis())) {
      missing.add("legalBasis");
    }
    if (blank(draft.appealInstructions())) {
      missing.add("appealInstructions");
    }
    if (blank(draft.notificationLanguage())) {
      missing.add("notificationLanguage");
    }
    return missing.isEmpty()
        ? Verdict.ALLOWED
        : Verdict.refuse(ReasonCode.INCOMPLETE_REASONS, "The refusal lacks: " + String.join(", ", missing) + ".", missing);
  }

  /** SEPARATE_DECISION_REQUIRED — APD Art 11(3). */
  public static Verdict separateDecisionForSensitiveClaims(DecisionDraft draft, Assessment assessment, DecisionContext context) {
    List<String> covered = new ArrayList<>();
    for (PersonId dependant : context.dependantsWithSensitiveClaims()) {
      if (draft.covers().contains(dependant)) {
        covered.add(dependant.toString());
      }
    }
    return covered.isEmpty()
        ? Verdict.ALLOWED
        : Verdict.refuse(
            ReasonCode.SEPARATE_DECISION_REQUIRED,
            "A dependant with a sensitive claim gets a decision of their own, notified to them alone.",
            covered);
  }

  /** Every decision guard, in the order of procedure.md §4. */
  public static List<Rule> all() {
    return List.of(
        DecisionRules::personalInterviewBeforeRefusal,
        DecisionRules::interviewRecordFinalised,
        DecisionRules::assessmentSupportsTheOutcome,
        DecisionRules::surPlaceAnalysed,
        DecisionRules::exclusionOnlyInTheRegularProcedure,
        DecisionRules::reasonsComplete,
        DecisionRules::separateDecisionForSensitiveClaims);
  }

  /** Every guard a signature would break now, in the order of §4, without deciding anything. */
  public static List<Verdict> unmet(DecisionDraft draft, Assessment assessment, DecisionContext context) {
    return all().stream().map(rule -> rule.check(draft, assessment, context)).filter(v -> !v.allowed()).toList();
  }

  /**
   * Before a draft exists: the guards the assessment and the hearing already break for the outcome
   * the assessment points to (a recognition when every inclusion element is positive); the reasons
   * and the persons covered are the draft's, and are checked once it is written.
   */
  public static List<Verdict> unmetByTheAssessment(Assessment assessment, DecisionContext context) {
    boolean allPositive = assessment.inclusionElements().values().stream().allMatch(e -> e.finding() == Finding.POSITIVE);
    DecisionDraft implied = new DecisionDraft(
        allPositive ? DecisionDraft.Outcome.RECOGNITION : DecisionDraft.Outcome.REJECTION, java.util.Set.of(), null, null, null,
        null, java.util.Set.of());
    return List.of(
            personalInterviewBeforeRefusal(implied, assessment, context),
            interviewRecordFinalised(implied, assessment, context),
            assessmentSupportsTheOutcome(implied, assessment, context),
            surPlaceAnalysed(implied, assessment, context),
            exclusionOnlyInTheRegularProcedure(implied, assessment, context))
        .stream().filter(v -> !v.allowed()).toList();
  }

  public static Verdict check(DecisionDraft draft, Assessment assessment, DecisionContext context) {
    for (Rule rule : all()) {
      Verdict verdict = rule.check(draft, assessment, context);
      if (!verdict.allowed()) {
        return verdict;
      }
    }
    return Verdict.ALLOWED;
  }

  /** One decision guard. */
  @FunctionalInterface
  public interface Rule {
    Verdict check(DecisionDraft draft, Assessment assessment, DecisionContext context);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
