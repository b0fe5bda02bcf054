package org.sanctuary.procedure.interview;

import java.util.List;
import java.util.function.BiFunction;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Verdict;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;

/**
 * The guards on scheduling an interview, in the order procedure.md §4 lists them. Each is a named
 * function of the applicant and the plan; {@link #all()} lists them for the caller that checks every
 * one before anything is written.
 */
public final class InterviewRules {

  private InterviewRules() {}

  /** INFO_NOT_PROVIDED — PS §3.1.3. */
  public static Verdict informationFirst(Applicant applicant, InterviewPlan plan) {
    String delivered = applicant.informationDeliveredIn();
    if (delivered == null) {
      return Verdict.refuse(ReasonCode.INFO_NOT_PROVIDED, "The information pack has not been delivered.");
    }
    if (!delivered.equalsIgnoreCase(applicant.understoodLanguage())) {
      return Verdict.refuse(
          ReasonCode.INFO_NOT_PROVIDED,
          "The information pack was delivered in " + delivered + ", not in " + applicant.understoodLanguage()
              + ", the language the applicant understands.");
    }
    return Verdict.ALLOWED;
  }

  /** NO_INTERPRETER — PS §2.5.1. */
  public static Verdict interpreterForTheApplicantsLanguage(Applicant applicant, InterviewPlan plan) {
    String language = applicant.understoodLanguage();
    if (plan.interviewer().languages().stream().anyMatch(language::equalsIgnoreCase)) {
      return Verdict.ALLOWED;
    }
    if (plan.interpreter() != null && language.equalsIgnoreCase(plan.interpreter().language())) {
      return Verdict.ALLOWED;
    }
    return Verdict.refuse(
        ReasonCode.NO_INTERPRETER,
        "The interviewer does not speak " + language + " and no interpreter for " + language + " is booked.");
  }

  /** GENDER_PREFERENCE — PS §2.5.1, §3.1.3. */
  public static Verdict genderPreferenceHonoured(Applicant applicant, InterviewPlan plan) {
    boolean exception = plan.genderExceptionReason() != null && !plan.genderExceptionReason().isBlank();
    if (exception) {
      return Verdict.ALLOWED;
    }
    if (!meets(applicant.interviewerPreference(), plan.interviewer().sex())) {
      return Verdict.refuse(
          ReasonCode.GENDER_PREFERENCE,
          "The applicant asked for a " + applicant.interviewerPreference().name().toLowerCase() + " interviewer.");
    }
    if (plan.interpreter() != null && !meets(applicant.interpreterPreference(), plan.interpreter().sex())) {
      return Verdict.refuse(
          ReasonCode.GENDER_PREFERENCE,
          "The applicant asked for a " + applicant.interpreterPreference().name().toLowerCase() + " interpreter.");
    }
    return Verdict.ALLOWED;
  }

  /** CONFLICT_REP_AS_INTERPRETER — PS §2.5.2, over every interview of the case. */
  public static Verdict representativeIsNotInterpreter(Applicant applicant, InterviewPlan plan) {
    java.util.List<Participant> representatives = new java.util.ArrayList<>(applicant.representativesOnFile());
    if (plan.legalRepresentative() != null) {
      representatives.add(plan.legalRepresentative());
    }
    if (plan.interpreter() != null && representatives.stream().anyMatch(plan.interpreter()::isSamePersonAs)) {
      return Verdict.refuse(
          ReasonCode.CONFLICT_REP_AS_INTERPRETER,
          plan.interpreter().name() + " is the applicant's legal representative on this case and cannot interpret.");
    }
    if (plan.legalRepresentative() != null
        && applicant.interpretersOnFile().stream().anyMatch(plan.legalRepresentative()::isSamePersonAs)) {
      return Verdict.refuse(
          ReasonCode.CONFLICT_REP_AS_INTERPRETER,
          plan.legalRepresentative().name() + " interpreted at an interview of this case and cannot represent the applicant.");
    }
    return Verdict.ALLOWED;
  }

  /** NO_GUARDIAN — UNHCR 1997 guidelines; APD Art 25. */
  public static Verdict guardianAttendsForAChildAlone(Applicant applicant, InterviewPlan plan) {
    return Guardianship.required(
        applicant.isChildAlone(), plan.guardian() != null, "present at the interview");
  }

  /** TRAINED_INTERVIEWER_REQUIRED — PS §4.6.3. */
  public static Verdict traumaTrainedInterviewerForSurvivors(Applicant applicant, InterviewPlan plan) {
    if (applicant.needs().contains(SpecificNeed.SURVIVOR_OF_TORTURE) && !plan.interviewer().traumaTrained()) {
      return Verdict.refuse(
          ReasonCode.TRAINED_INTERVIEWER_REQUIRED,
          "A survivor of torture is interviewed only by an officer with trauma training.");
    }
    return Verdict.ALLOWED;
  }

  /** Every guard on scheduling an interview, in the order of procedure.md §4. */
  public static List<BiFunction<Applicant, InterviewPlan, Verdict>> all() {
    return List.of(
        InterviewRules::informationFirst,
        InterviewRules::interpreterForTheApplicantsLanguage,
        InterviewRules::genderPreferenceHonoured,
        InterviewRules::representativeIsNotInterpreter,
        InterviewRules::guardianAttendsForAChildAlone,
        InterviewRules::traumaTrainedInterviewerForSurvivors);
  }

  /** The first guard that refuses, or ALLOWED. */
  public static Verdict check(Applicant applicant, InterviewPlan plan) {
    for (BiFunction<Applicant, InterviewPlan, Verdict> rule : all()) {
      Verdict verdict = rule.apply(applicant, plan);
      if (!verdict.allowed()) {
        return verdict;
      }
    }
    return Verdict.ALLOWED;
  }

  private static boolean meets(GenderPreference preference, Sex sex) {
    return switch (preference) {
      case NONE -> true;
      case FEMALE -> sex == Sex.FEMALE;
      case MALE -> sex == Sex.MALE;
    };
  }
}
