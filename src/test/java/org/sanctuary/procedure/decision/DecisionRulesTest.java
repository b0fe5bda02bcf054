package org.sanctuary.procedure.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.procedure.Modality;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.decision.Assessment.Element;
import org.sanctuary.registry.PersonId;

/** The guards on deciding a claim (procedure.md §4), each refusing and letting through. */
class DecisionRulesTest {

  private static final PersonId PRINCIPAL = new PersonId(UUID.randomUUID());
  private static final PersonId DAUGHTER = new PersonId(UUID.randomUUID());

  @Test
  void noRejectionWithoutAPersonalInterviewButRecognitionOnTheFileIsPossible() {
    DecisionContext noInterview = context(Modality.ACCELERATED, false, false, false, Set.of(), true);
    assertThat(DecisionRules.personalInterviewBeforeRefusal(aRejection(), aNegativeAssessment(), noInterview).refusal())
        .isEqualTo(ReasonCode.NO_PERSONAL_INTERVIEW);
    assertThat(DecisionRules.personalInterviewBeforeRefusal(aRecognition(), aPositiveAssessment(), noInterview).allowed()).isTrue();
  }

  @Test
  void noDecisionBeforeTheRecordIsReadBackOrItsRefusalRecorded() {
    assertThat(DecisionRules.interviewRecordFinalised(aRejection(), aNegativeAssessment(),
            context(Modality.REGULAR, true, false, false, Set.of(), true)).refusal())
        .isEqualTo(ReasonCode.INTERVIEW_RECORD_NOT_FINALISED);
    assertThat(DecisionRules.interviewRecordFinalised(aRejection(), aNegativeAssessment(), regular()).allowed()).isTrue();
  }

  @Test
  void recognitionNeedsEveryInclusionElementAGroundAndAnExclusionAssessment() {
    Assessment noGroundNoExclusion = new Assessment(positive(), positive(), positive(), positive(), positive(), positive(),
        Set.of(), positive(), "Risk on return for illegal exit.", Exclusion.NOT_ASSESSED, null, "Recognise.");
    var verdict = DecisionRules.assessmentSupportsTheOutcome(aRecognition(), noGroundNoExclusion, regular());
    assertThat(verdict.refusal()).isEqualTo(ReasonCode.INCOMPLETE_ASSESSMENT);
    assertThat(verdict.missing()).containsExactly("grounds (at least one Convention ground)", "exclusion (assessed and not excluded)");
    assertThat(DecisionRules.assessmentSupportsTheOutcome(aRecognition(), aPositiveAssessment(), regular()).allowed()).isTrue();
  }

  @Test
  void rejectionNeedsAFailedElementWithItsReasons() {
    Assessment negativeWithoutReasons = new Assessment(positive(), new Element(Finding.NEGATIVE, " "), positive(), positive(),
        positive(), positive(), Set.of(), positive(), "n/a", Exclusion.NOT_EXCLUDED, null, null);
    assertThat(DecisionRules.assessmentSupportsTheOutcome(aRejection(), negativeWithoutReasons, regular()).refusal())
        .isEqualTo(ReasonCode.INCOMPLETE_ASSESSMENT);
    assertThat(DecisionRules.assessmentSupportsTheOutcome(aRejection(), aNegativeAssessment(), regular()).allowed()).isTrue();
  }

  @Test
  void aNorthKoreanWhoLeftIrregularlyIsNotDecidedWithoutTheSurPlaceAnalysis() {
    DecisionContext irregularExit = context(Modality.REGULAR, true, true, true, Set.of(), true);
    Assessment silent = new Assessment(positive(), new Element(Finding.NEGATIVE, "Inconsistent account of the route."),
        positive(), positive(), positive(), positive(), Set.of(), positive(), "", Exclusion.NOT_EXCLUDED, null, null);
    assertThat(DecisionRules.surPlaceAnalysed(aRejection(), silent, irregularExit).refusal()).isEqualTo(ReasonCode.MISSING_SUR_PLACE_ANALYSIS);
    assertThat(DecisionRules.surPlaceAnalysed(aRejection(), aNegativeAssessment(), irregularExit).allowed()).isTrue();
  }

  @Test
  void exclusionIsDecidedOnlyInTheRegularProcedureAndSignedByASupervisor() {
    Assessment excluded = new Assessment(positive(), positive(), positive(), positive(), positive(), positive(),
        Set.of(ConventionGround.POLITICAL_OPINION), positive(), "Assessed.", Exclusion.EXCLUDED, "Art 1F(b): serious crime.", null);
    assertThat(DecisionRules.exclusionOnlyInTheRegularProcedure(aRejection(), excluded,
            context(Modality.ACCELERATED, true, true, false, Set.of(), true)).refusal())
        .isEqualTo(ReasonCode.EXCLUSION_REQUIRES_REGULAR_PROCEDURE);
    assertThat(DecisionRules.exclusionOnlyInTheRegularProcedure(aRejection(), excluded,
            context(Modality.REGULAR, true, true, false, Set.of(), false)).refusal())
        .isEqualTo(ReasonCode.EXCLUSION_REQUIRES_REGULAR_PROCEDURE);
    assertThat(DecisionRules.exclusionOnlyInTheRegularProcedure(aRejection(), excluded, regular()).allowed()).isTrue();
  }

  @Test
  void aRefusalListsEveryMissingPartOfItsReasons() {
    DecisionDraft bare = new DecisionDraft(DecisionDraft.Outcome.REJECTION, Set.of(), "Economic migrant.", null, null, "ko", Set.of(PRINCIPAL));
    var verdict = DecisionRules.reasonsComplete(bare, aNegativeAssessment(), regular());
    assertThat(verdict.refusal()).isEqualTo(ReasonCode.INCOMPLETE_REASONS);
    assertThat(verdict.missing()).containsExactly("reasonCategories", "legalBasis", "appealInstructions");
    assertThat(DecisionRules.reasonsComplete(aRejection(), aNegativeAssessment(), regular()).allowed()).isTrue();
  }

  @Test
  void aDependantWithASensitiveClaimIsDecidedSeparately() {
    DecisionContext sensitive = context(Modality.REGULAR, true, true, false, Set.of(DAUGHTER), true);
    DecisionDraft family = new DecisionDraft(DecisionDraft.Outcome.RECOGNITION, Set.of(), null, null, null, "ko", Set.of(PRINCIPAL, DAUGHTER));
    assertThat(DecisionRules.separateDecisionForSensitiveClaims(family, aPositiveAssessment(), sensitive).refusal())
        .isEqualTo(ReasonCode.SEPARATE_DECISION_REQUIRED);
    assertThat(DecisionRules.separateDecisionForSensitiveClaims(aRecognition(), aPositiveAssessment(), sensitive).allowed()).isTrue();
  }

  @Test
  void aCompleteReasonedDecisionPassesEveryGuard() {
    DecisionContext irregularExit = context(Modality.REGULAR, true, true, true, Set.of(), true);
    assertThat(DecisionRules.check(aRejection(), aNegativeAssessment(), irregularExit).allowed()).isTrue();
    assertThat(DecisionRules.check(aRecognition(), aPositiveAssessment(), irregularExit).allowed()).isTrue();
    assertThat(DecisionRules.all()).hasSize(7);
  }

  static DecisionDraft aRejection() {
    return new DecisionDraft(DecisionDraft.Outcome.REJECTION, Set.of("CREDIBILITY"),
        "Your account of the crossing at Tumen changed between interviews in ways you could not explain.",
        "1951 Convention Art 1A(2)", "You may appeal in writing to the appeal unit.", "ko", Set.of(PRINCIPAL));
  }

  static DecisionDraft aRecognition() {
    return new DecisionDraft(DecisionDraft.Outcome.RECOGNITION, Set.of(), null, "1951 Convention Art 1A(2)", null, "ko", Set.of(PRINCIPAL));
  }

  static Assessment aPositiveAssessment() {
    return new Assessment(positive(), positive(), positive(), positive(), positive(), positive(),
        Set.of(ConventionGround.POLITICAL_OPINION), positive(),
        "Illegal exit is punished by imprisonment; returnees are interrogated.", Exclusion.NOT_EXCLUDED, "No indication.", "Recognise.");
  }

  static Assessment aNegativeAssessment() {
    return new Assessment(positive(), new Element(Finding.NEGATIVE, "Material contradictions on the route."), positive(),
        positive(), positive(), positive(), Set.of(), positive(), "Illegal exit considered; see COI.", Exclusion.NOT_EXCLUDED, null, "Reject.");
  }

  private static Element positive() {
    return new Element(Finding.POSITIVE, "Established.");
  }

  private static DecisionContext regular() {
    return context(Modality.REGULAR, true, true, false, Set.of(), true);
  }

  private static DecisionContext context(Modality modality, boolean held, boolean finalised, boolean dprk, Set<PersonId> sensitive, boolean supervisor) {
    return new DecisionContext(modality, held, finalised, dprk, sensitive, supervisor);
  }
}
