package org.sanctuary.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The statistics against a small office computed by hand: five recognitions by one officer (political
 * opinion), six rejections by another (religion), three of them explained "Economic migrant." word
 * for word, and two cases just opened. A supervisor sees every cell; an analyst sees cells under 5
 * suppressed, and nothing computed from them.
 */
@SanctuaryTest
class StatisticsTest {

  private static final LocalDate INTENT = LocalDate.of(2002, 5, 1);

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Decisions decisions;
  @Autowired Intake intake;
  @Autowired Interviews interviews;

  private Fixtures.Staffed office;
  private String recogniser;
  private String rejecter;

  @BeforeEach
  void anOfficeWithElevenDecisionsAndTwoNewCases() {
    office = fixtures.anOfficeWithEveryRole();
    recogniser = office.username(Role.ELIGIBILITY_OFFICER);
    rejecter = "eo2-" + office.office().code().toLowerCase(java.util.Locale.ROOT);
    access.actingAs(office.username(Role.ADMIN), () -> fixtures.addUser(rejecter, office, Role.ELIGIBILITY_OFFICER));
    fixtures.officerProfile(office, recogniser, "FEMALE", List.of("ko"), false);
    fixtures.officerProfile(office, rejecter, "FEMALE", List.of("ko"), false);
    for (int i = 1; i <= 5; i++) {
      // Registered after 2 days, interviewed 8..12 days later, decided 20..16 days after that.
      decided(recogniser, INTENT.plusDays(2), LocalDate.of(2002, 5, 10 + i), LocalDate.of(2002, 6, 1), null);
    }
    for (int i = 1; i <= 6; i++) {
      // Registered after 4 days, interviewed 15 days later, decided 21 days after that.
      decided(rejecter, INTENT.plusDays(4), LocalDate.of(2002, 5, 20), LocalDate.of(2002, 6, 10),
          i <= 3 ? "Economic migrant." : "Account of the crossing contradicted in interview " + i + ".");
    }
    for (int i = 0; i < 2; i++) {
      access.actingAs(office.username(Role.RECEPTION), () -> intake.asOf(INTENT).recordIntent(Intake.RecordIntent.of(office.office().id(), fixtures.aDistinctPersonAt(office), Set.of(), Channel.OFFICE, null)));
    }
  }

  @Test
  void aSupervisorSeesEveryCellAsComputedByHand() throws Exception {
    mvc.perform(get("/api/statistics/offices/" + office.office().id()).with(as(Role.SUPERVISOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.smallCellsSuppressed").value(false))
        .andExpect(jsonPath("$.casesByState[?(@.key=='RECOGNISED')].count.value").value(5))
        .andExpect(jsonPath("$.casesByState[?(@.key=='REJECTED_NOTIFIED')].count.value").value(6))
        .andExpect(jsonPath("$.casesByState[?(@.key=='INTENT_EXPRESSED')].count.value").value(2))
        .andExpect(jsonPath("$.casesByState[?(@.key=='APPEAL_LODGED')].count.value").value(0))
        .andExpect(jsonPath("$.overdue.value").value(6))
        .andExpect(jsonPath("$.recognitionByNationality[0].key").value("PRK"))
        .andExpect(jsonPath("$.recognitionByNationality[0].recognised.value").value(5))
        .andExpect(jsonPath("$.recognitionByNationality[0].decided.value").value(11))
        .andExpect(jsonPath("$.recognitionByNationality[0].rate").value(0.455))
        .andExpect(jsonPath("$.recognitionByGround[?(@.key=='POLITICAL_OPINION')].rate").value(1.0))
        .andExpect(jsonPath("$.recognitionByGround[?(@.key=='RELIGION')].rate").value(0.0))
        .andExpect(jsonPath("$.recognitionByOfficer[?(@.key=='" + recogniser + "')].rate").value(1.0))
        .andExpect(jsonPath("$.recognitionByOfficer[?(@.key=='" + rejecter + "')].decided.value").value(6))
        .andExpect(jsonPath("$.officeRecognition.rate").value(0.455))
        // Every applicant here is a woman born circa 1975: 18 to 59 on the day of the decision.
        .andExpect(jsonPath("$.recognitionBySex[0].key").value("FEMALE"))
        .andExpect(jsonPath("$.recognitionBySex[0].decided.value").value(11))
        .andExpect(jsonPath("$.recognitionBySex[0].rate").value(0.455))
        .andExpect(jsonPath("$.recognitionByAgeBand[0].key").value("FROM_18_TO_59"))
        .andExpect(jsonPath("$.recognitionByAgeBand[0].recognised.value").value(5))
        .andExpect(jsonPath("$.casesByModality[?(@.key=='REGULAR')].count.value").value(13))
        .andExpect(jsonPath("$.casesByModality[?(@.key=='ACCELERATED')].count.value").value(0))
        .andExpect(jsonPath("$.medianDaysPerStage[?(@.stage=='INTENT_TO_REGISTRATION')].medianDays").value(4.0))
        .andExpect(jsonPath("$.medianDaysPerStage[?(@.stage=='REGISTRATION_TO_INTERVIEW')].medianDays").value(15.0))
        .andExpect(jsonPath("$.medianDaysPerStage[?(@.stage=='INTERVIEW_TO_DECISION')].medianDays").value(21.0))
        .andExpect(jsonPath("$.medianDaysPerStage[?(@.stage=='INTERVIEW_TO_DECISION')].cases.value").value(11))
        .andExpect(jsonPath("$.medianDaysPerStage[?(@.stage=='NOTIFICATION_TO_APPEAL_DECISION')].cases.value").value(0))
        .andExpect(jsonPath("$.repeatedExplanations.length()").value(1))
        .andExpect(jsonPath("$.repeatedExplanations[0].text").value("Economic migrant."))
        .andExpect(jsonPath("$.repeatedExplanations[0].cases.value").value(3))
        .andExpect(jsonPath("$.repeatedExplanations[0].fileNumbers.length()").value(3));
  }

  @Test
  void theStageDurationsAndRecognitionRatesAreDrawnAsChartsToScale() throws Exception {
    String page = mvc.perform(get("/statistics").param("office", office.office().id().toString()).with(as(Role.SUPERVISOR)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    // The longest median (21 days, interview to decision) is the full bar; 4 days is 4/21 of it.
    assertThat(page).contains("id=\"stages-chart\"").contains("role=\"img\"");
    assertThat(bar(page, "INTERVIEW_TO_DECISION")).isEqualTo(380.0);
    assertThat(bar(page, "INTENT_TO_REGISTRATION")).isCloseTo(380.0 * 4 / 21, org.assertj.core.data.Offset.offset(0.01));
    // Rates: the recogniser's 100 % is the full bar, the rejecter's 0 % an empty one, nationality 45.5 %.
    assertThat(page).contains("id=\"by-officer-chart\"").contains("id=\"by-nationality-chart\"");
    assertThat(bar(page, recogniser)).isEqualTo(380.0);
    assertThat(bar(page, rejecter)).isZero();
    assertThat(bar(page, "PRK")).isCloseTo(380 * 0.455, org.assertj.core.data.Offset.offset(0.01));
  }

  /** The width of the bar drawn for a key. */
  private static double bar(String page, String key) {
    java.util.regex.Matcher bar = java.util.regex.Pattern
        .compile("<rect class=\"bar\"[^>]*width=\"([0-9.]+)\"[^>]*data-key=\"" + java.util.regex.Pattern.quote(key) + "\"")
        .matcher(page);
    assertThat(bar.find()).as("a bar for %s", key).isTrue();
    return Double.parseDouble(bar.group(1));
  }

  @Test
  void anAnalystSeesCellsUnderFiveSuppressedAndNothingMadeFromThem() throws Exception {
    mvc.perform(get("/api/statistics/offices/" + office.office().id()).with(as(Role.ANALYST)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.smallCellsSuppressed").value(true))
        .andExpect(jsonPath("$.casesByState[?(@.key=='INTENT_EXPRESSED')].count.suppressed").value(true))
        .andExpect(jsonPath("$.casesByState[?(@.key=='INTENT_EXPRESSED')].count.value").doesNotExist())
        .andExpect(jsonPath("$.casesByState[?(@.key=='RECOGNISED')].count.value").value(5))
        .andExpect(jsonPath("$.casesByState[?(@.key=='APPEAL_LODGED')].count.value").value(0))
        .andExpect(jsonPath("$.recognitionByNationality[0].rate").value(0.455))
        .andExpect(jsonPath("$.recognitionByOfficer[?(@.key=='" + rejecter + "')].rate").value(0.0))
        .andExpect(jsonPath("$.repeatedExplanations[0].text").doesNotExist())
        .andExpect(jsonPath("$.repeatedExplanations[0].cases.suppressed").value(true))
        .andExpect(jsonPath("$.repeatedExplanations[0].fileNumbers.length()").value(0));

    mvc.perform(get("/statistics").with(as(Role.ANALYST)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("fewer than 5")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Economic migrant."))));
  }

  @Test
  void nobodyElseSeesTheStatistics() throws Exception {
    mvc.perform(get("/api/statistics/offices/" + office.office().id()).with(as(Role.ELIGIBILITY_OFFICER))).andExpect(status().isForbidden());
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    mvc.perform(get("/api/statistics/offices/" + office.office().id()).with(user(fixtures.user(other.username(Role.SUPERVISOR)))))
        .andExpect(status().isForbidden());
  }

  private void decided(String officer, LocalDate registered, LocalDate interviewed, LocalDate notified, String rejection) {
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.asOf(INTENT).recordIntent(Intake.RecordIntent.of(office.office().id(), fixtures.aDistinctPersonAt(office), Set.of(), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(registered).register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(registered).provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.asOf(registered).schedule(id, new Interviews.ScheduleInterview(2L, officer, null, null, null, null, null, null, null)));
    access.actingAs(officer, () -> interviews.asOf(interviewed).record(id, interview, new Interviews.RecordInterview(3L, true, null, null, null)));
    Assessment.Element yes = new Assessment.Element(Finding.POSITIVE, "Established.");
    Assessment.Element no = new Assessment.Element(Finding.NEGATIVE, "Contradictions.");
    Assessment assessment = rejection == null
        ? new Assessment(yes, yes, yes, yes, yes, yes, Set.of(ConventionGround.POLITICAL_OPINION), yes, "Punished.", Exclusion.NOT_EXCLUDED, null, null)
        : new Assessment(yes, no, yes, yes, yes, yes, Set.of(ConventionGround.RELIGION), yes, "Punished.", Exclusion.NOT_EXCLUDED, null, null);
    DecisionDraft draft = rejection == null
        ? new DecisionDraft(DecisionDraft.Outcome.RECOGNITION, Set.of(), null, "Art 1A(2)", null, "ko", Set.of())
        : new DecisionDraft(DecisionDraft.Outcome.REJECTION, Set.of("CREDIBILITY"), rejection, "Art 1A(2)", "Appeal within 30 days.", "ko", Set.of());
    access.actingAs(officer, () -> decisions.asOf(interviewed).writeAssessment(id, Decisions.WriteAssessment.of(4, assessment)));
    access.actingAs(officer, () -> decisions.asOf(interviewed).draft(id, Decisions.DraftDecision.of(5, draft)));
    access.actingAs(office.username(Role.SUPERVISOR), () -> decisions.asOf(notified).sign(id, new Decisions.SignDecision(6L, RecipientType.APPLICANT, null, null, null)));
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
