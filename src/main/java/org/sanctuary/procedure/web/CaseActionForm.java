package org.sanctuary.procedure.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.TypedText;
import org.sanctuary.shared.ValidationFailed;

/**
 * What a case page's action forms send, as typed text: one bean for every action, so that a form
 * that comes back with an error or a refusal shows exactly what was typed. The typed readers turn
 * text into values and name the field when they cannot.
 */
public class CaseActionForm {

  /** The assessment's inclusion elements, in the order of procedure.md §2. */
  static final List<String> ELEMENTS =
      List.of("identityAndNationality", "materialFacts", "wellFoundedFear", "persecution", "noStateProtection", "nexus",
          "noInternalFlightAlternative");

  private long version;
  private @Nullable String interviewId;
  private @Nullable String appealId;
  private @Nullable String on;
  private @Nullable String language;
  private @Nullable String interviewer;
  private @Nullable String appointment;
  private @Nullable String interpreterName;
  private @Nullable String interpreterLanguage;
  private @Nullable String interpreterSex;
  private @Nullable String representativeName;
  private @Nullable String representativeSex;
  private @Nullable String guardianName;
  private @Nullable String guardianSex;
  private @Nullable String genderExceptionReason;
  private boolean readBackConfirmed;
  private @Nullable String refusalReasons;
  private @Nullable String how;
  private Map<String, String> findings = new LinkedHashMap<>();
  private Map<String, String> findingReasons = new LinkedHashMap<>();
  private List<String> grounds = new ArrayList<>();
  private @Nullable String surPlaceAndIllegalExit;
  private @Nullable String exclusion;
  private @Nullable String exclusionReasons;
  private @Nullable String conclusion;
  private @Nullable String outcome;
  private @Nullable String reasonCategories;
  private @Nullable String individualExplanation;
  private @Nullable String legalBasis;
  private @Nullable String appealInstructions;
  private @Nullable String lateReason;
  private @Nullable String notificationLanguage;
  private List<String> covers = new ArrayList<>();
  private @Nullable String recipient;
  private @Nullable String assignee;
  private @Nullable String appealOutcome;
  private @Nullable String reasons;
  private @Nullable String memberId;
  private boolean grant;
  private boolean exclusionFlag;
  private boolean sensitive;
  private boolean guardianPresent;
  private @Nullable String reason;
  private @Nullable String officeId;
  private @Nullable String endingKind;
  private @Nullable String provision;

  /** A form filled with what the case already holds: the assessment and the draft, for revising them. */
  static CaseActionForm from(org.sanctuary.procedure.CaseView view) {
    CaseActionForm form = new CaseActionForm();
    form.version = view.version();
    Assessment assessment = view.assessment();
    if (assessment != null) {
      assessment.inclusionElements().forEach((name, element) -> {
        form.findings.put(name, element.finding().name());
        form.findingReasons.put(name, element.reasons() == null ? "" : element.reasons());
      });
      assessment.grounds().forEach(g -> form.grounds.add(g.name()));
      form.surPlaceAndIllegalExit = assessment.surPlaceAndIllegalExit();
      form.exclusion = assessment.exclusion().name();
      form.exclusionReasons = assessment.exclusionReasons();
      form.conclusion = assessment.conclusion();
    }
    DecisionDraft draft = view.decision();
    if (draft != null) {
      form.outcome = draft.outcome().name();
      form.reasonCategories = String.join(", ", draft.reasonCategories());
      form.individualExplanation = draft.individualExplanation();
      form.legalBasis = draft.legalBasis();
      form.appealInstructions = draft.appealInstructions();
      form.notificationLanguage = draft.notificationLanguage();
      draft.covers().forEach(p -> form.covers.add(p.toString()));
    }
    return form;
  }


  /** The day the act was done as typed (default today) and, for a day before today, why it is recorded late. */
  Casework.When when() {
    return new Casework.When(TypedText.day("on", on), TypedText.orNull(lateReason));
  }


  /** The interview's day and time as a browser's date-and-time field sends it ({@code 2002-06-20T10:00}). */
  java.time.@Nullable LocalDateTime appointmentAt() {
    if (appointment == null || appointment.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDateTime.parse(appointment.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw ValidationFailed.of("appointment", "is not a day and time (2002-06-20T10:00)");
    }
  }

  /** The office a claim is referred to, as chosen from the list. */
  org.sanctuary.access.@Nullable OfficeId referralOffice() {
    if (officeId == null || officeId.isBlank()) {
      return null;
    }
    try {
      return new org.sanctuary.access.OfficeId(UUID.fromString(officeId.strip()));
    } catch (IllegalArgumentException e) {
      throw ValidationFailed.of("officeId", "choose a determination office from the list");
    }
  }

  /** The interview or appeal the form acts on, as the case page rendered it. */
  static UUID identifier(String field, @Nullable String text) {
    try {
      return UUID.fromString(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      throw ValidationFailed.of(field, "the case page names no such " + field.replace("Id", "") + "; open the case again");
    }
  }

  @Nullable PersonId member() {
    if (memberId == null || memberId.isBlank()) {
      return null;
    }
    try {
      return new PersonId(UUID.fromString(memberId));
    } catch (IllegalArgumentException e) {
      throw ValidationFailed.of("memberId", "is not a person of this case");
    }
  }

  Assessment assessment() {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Assessment.Element> elements = new LinkedHashMap<>();
    for (String name : ELEMENTS) {
      Finding finding = Finding.NOT_ASSESSED;
      try {
        String text = findings.get(name);
        finding = text == null || text.isBlank() ? Finding.NOT_ASSESSED : Finding.valueOf(text);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("findings[" + name + "]", "is not one of the choices"));
      }
      elements.put(name, new Assessment.Element(finding, TypedText.orNull(findingReasons.get(name))));
    }
    Set<ConventionGround> chosen = new HashSet<>();
    for (String ground : grounds) {
      try {
        chosen.add(ConventionGround.valueOf(ground));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("grounds", "is not one of the choices"));
      }
    }
    Exclusion excluded = Exclusion.NOT_ASSESSED;
    try {
      excluded = exclusion == null || exclusion.isBlank() ? Exclusion.NOT_ASSESSED : Exclusion.valueOf(exclusion);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("exclusion", "is not one of the choices"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    return new Assessment(
        elements.get("identityAndNationality"), elements.get("materialFacts"), elements.get("wellFoundedFear"),
        elements.get("persecution"), elements.get("noStateProtection"), elements.get("nexus"), chosen,
        elements.get("noInternalFlightAlternative"), TypedText.orNull(surPlaceAndIllegalExit), excluded,
        TypedText.orNull(exclusionReasons), TypedText.orNull(conclusion));
  }

  DecisionDraft draft() {
    DecisionDraft.Outcome chosen = TypedText.choice("outcome", outcome, DecisionDraft.Outcome::valueOf);
    if (chosen == null) {
      throw ValidationFailed.of("outcome", "is required: recognition or rejection");
    }
    Set<String> categories = new HashSet<>();
    if (reasonCategories != null) {
      for (String category : reasonCategories.split(",")) {
        if (!category.isBlank()) {
          categories.add(category.strip());
        }
      }
    }
    Set<PersonId> covered = new HashSet<>();
    for (String person : covers) {
      try {
        covered.add(new PersonId(UUID.fromString(person)));
      } catch (IllegalArgumentException e) {
        throw ValidationFailed.of("covers", "is not a person of this case");
      }
    }
    return new DecisionDraft(
        chosen, categories, TypedText.orNull(individualExplanation), TypedText.orNull(legalBasis), TypedText.orNull(appealInstructions),
        TypedText.orNull(notificationLanguage), covered);
  }


  // Bean accessors for binding and for the templates.

  public @Nullable String getInterviewId() { return interviewId; }
  public void setInterviewId(@Nullable String interviewId) { this.interviewId = interviewId; }
  public @Nullable String getAppealId() { return appealId; }
  public void setAppealId(@Nullable String appealId) { this.appealId = appealId; }
  public long getVersion() { return version; }
  public void setVersion(long version) { this.version = version; }
  public @Nullable String getOn() { return on; }
  public void setOn(@Nullable String on) { this.on = on; }
  public @Nullable String getLanguage() { return language; }
  public void setLanguage(@Nullable String language) { this.language = language; }
  public @Nullable String getInterviewer() { return interviewer; }
  public void setInterviewer(@Nullable String interviewer) { this.interviewer = interviewer; }
  public @Nullable String getInterpreterName() { return interpreterName; }
  public void setInterpreterName(@Nullable String interpreterName) { this.interpreterName = interpreterName; }
  public @Nullable String getInterpreterLanguage() { return interpreterLanguage; }
  public void setInterpreterLanguage(@Nullable String interpreterLanguage) { this.interpreterLanguage = interpreterLanguage; }
  public @Nullable String getInterpreterSex() { return interpreterSex; }
  public void setInterpreterSex(@Nullable String interpreterSex) { this.interpreterSex = interpreterSex; }
  public @Nullable String getRepresentativeName() { return representativeName; }
  public void setRepresentativeName(@Nullable String representativeName) { this.representativeName = representativeName; }
  public @Nullable String getRepresentativeSex() { return representativeSex; }
  public void setRepresentativeSex(@Nullable String representativeSex) { this.representativeSex = representativeSex; }
  public @Nullable String getGuardianName() { return guardianName; }
  public void setGuardianName(@Nullable String guardianName) { this.guardianName = guardianName; }
  public @Nullable String getGuardianSex() { return guardianSex; }
  public void setGuardianSex(@Nullable String guardianSex) { this.guardianSex = guardianSex; }
  public @Nullable String getGenderExceptionReason() { return genderExceptionReason; }
  public void setGenderExceptionReason(@Nullable String genderExceptionReason) { this.genderExceptionReason = genderExceptionReason; }
  public boolean isReadBackConfirmed() { return readBackConfirmed; }
  public void setReadBackConfirmed(boolean readBackConfirmed) { this.readBackConfirmed = readBackConfirmed; }
  public @Nullable String getRefusalReasons() { return refusalReasons; }
  public void setRefusalReasons(@Nullable String refusalReasons) { this.refusalReasons = refusalReasons; }
  public @Nullable String getHow() { return how; }
  public void setHow(@Nullable String how) { this.how = how; }
  public Map<String, String> getFindings() { return findings; }
  public void setFindings(Map<String, String> findings) { this.findings = findings; }
  public Map<String, String> getFindingReasons() { return findingReasons; }
  public void setFindingReasons(Map<String, String> findingReasons) { this.findingReasons = findingReasons; }
  public List<String> getGrounds() { return grounds; }
  public void setGrounds(List<String> grounds) { this.grounds = grounds; }
  public @Nullable String getSurPlaceAndIllegalExit() { return surPlaceAndIllegalExit; }
  public void setSurPlaceAndIllegalExit(@Nullable String surPlaceAndIllegalExit) { this.surPlaceAndIllegalExit = surPlaceAndIllegalExit; }
  public @Nullable String getExclusion() { return exclusion; }
  public void setExclusion(@Nullable String exclusion) { this.exclusion = exclusion; }
  public @Nullable String getExclusionReasons() { return exclusionReasons; }
  public void setExclusionReasons(@Nullable String exclusionReasons) { this.exclusionReasons = exclusionReasons; }
  public @Nullable String getConclusion() { return conclusion; }
  public void setConclusion(@Nullable String conclusion) { this.conclusion = conclusion; }
  public @Nullable String getOutcome() { return outcome; }
  public void setOutcome(@Nullable String outcome) { this.outcome = outcome; }
  public @Nullable String getReasonCategories() { return reasonCategories; }
  public void setReasonCategories(@Nullable String reasonCategories) { this.reasonCategories = reasonCategories; }
  public @Nullable String getIndividualExplanation() { return individualExplanation; }
  public void setIndividualExplanation(@Nullable String individualExplanation) { this.individualExplanation = individualExplanation; }
  public @Nullable String getLegalBasis() { return legalBasis; }
  public void setLegalBasis(@Nullable String legalBasis) { this.legalBasis = legalBasis; }
  public @Nullable String getAppealInstructions() { return appealInstructions; }
  public void setAppealInstructions(@Nullable String appealInstructions) { this.appealInstructions = appealInstructions; }
  public @Nullable String getEndingKind() { return endingKind; }
  public void setEndingKind(@Nullable String endingKind) { this.endingKind = endingKind; }
  public @Nullable String getProvision() { return provision; }
  public void setProvision(@Nullable String provision) { this.provision = provision; }
  public @Nullable String getOfficeId() { return officeId; }
  public void setOfficeId(@Nullable String officeId) { this.officeId = officeId; }
  public @Nullable String getAppointment() { return appointment; }
  public void setAppointment(@Nullable String appointment) { this.appointment = appointment; }
  public @Nullable String getLateReason() { return lateReason; }
  public void setLateReason(@Nullable String lateReason) { this.lateReason = lateReason; }
  public @Nullable String getNotificationLanguage() { return notificationLanguage; }
  public void setNotificationLanguage(@Nullable String notificationLanguage) { this.notificationLanguage = notificationLanguage; }
  public List<String> getCovers() { return covers; }
  public void setCovers(List<String> covers) { this.covers = covers; }
  public @Nullable String getRecipient() { return recipient; }
  public void setRecipient(@Nullable String recipient) { this.recipient = recipient; }
  public @Nullable String getAssignee() { return assignee; }
  public void setAssignee(@Nullable String assignee) { this.assignee = assignee; }
  public @Nullable String getAppealOutcome() { return appealOutcome; }
  public void setAppealOutcome(@Nullable String appealOutcome) { this.appealOutcome = appealOutcome; }
  public @Nullable String getReasons() { return reasons; }
  public void setReasons(@Nullable String reasons) { this.reasons = reasons; }
  public @Nullable String getMemberId() { return memberId; }
  public void setMemberId(@Nullable String memberId) { this.memberId = memberId; }
  public boolean isGrant() { return grant; }
  public void setGrant(boolean grant) { this.grant = grant; }
  public boolean isExclusionFlag() { return exclusionFlag; }
  public void setExclusionFlag(boolean exclusionFlag) { this.exclusionFlag = exclusionFlag; }
  public boolean isSensitive() { return sensitive; }
  public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }
  public boolean isGuardianPresent() { return guardianPresent; }
  public void setGuardianPresent(boolean guardianPresent) { this.guardianPresent = guardianPresent; }
  public @Nullable String getReason() { return reason; }
  public void setReason(@Nullable String reason) { this.reason = reason; }
}
