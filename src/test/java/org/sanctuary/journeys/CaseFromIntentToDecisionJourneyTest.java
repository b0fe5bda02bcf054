package org.sanctuary.journeys;

import org.sanctuary.procedure.Intake;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.sanctuary.journeys.CaseActions.act;
import static org.sanctuary.journeys.CaseActions.open;
import static org.sanctuary.journeys.CaseActions.submit;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The procedure in a real Chromium, through the pages alone: one woman's claim from the intent she
 * expressed at an embassy to a signed, notified recognition, each step by the role that takes it;
 * the letter printed in Korean; and a handover demanded for a man whose claim is pending, refused
 * with the rule shown in plain words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseFromIntentToDecisionJourneyTest {

  private static final List<String> ELEMENTS =
      List.of("identityAndNationality", "materialFacts", "wellFoundedFear", "persecution", "noStateProtection", "nexus",
          "noInternalFlightAlternative");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Intake intake;

  @Test
  void aClaimGoesFromIntentToASignedRecognitionAndTheLetterPrintsInKorean() {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    String eo = office.username(Role.ELIGIBILITY_OFFICER);
    fixtures.officerProfile(office, eo, "FEMALE", List.of("ko"), false);
    PersonId applicant = fixtures.aPersonAt(office, "정미경");

    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      chromium.signIn(office.username(Role.RECEPTION));
      page.navigate(chromium.url("/persons/" + applicant));
      page.getByText("Record intent to seek asylum").click();
      page.locator("#intent-channel").selectOption("DIPLOMATIC_PREMISES");
      page.getByText("Open the case").click();
      assertThat(page.locator("h1 .state")).hasText("Intent expressed");
      assertThat(page.locator("details.action[data-command=REGISTER]")).hasCount(0);
      chromium.screenshot("1-intent-recorded");
      String caseUrl = page.url();
      chromium.signOut();

      chromium.signIn(office.username(Role.REGISTRAR));
      page.navigate(caseUrl);
      act(page, "REGISTER");
      assertThat(page.locator("h1 .state")).hasText("Registered");
      open(page, "PROVIDE_INFORMATION").locator("#provide_information-language").selectOption("ko");
      submit(page, "PROVIDE_INFORMATION");
      assertThat(page.locator("h1 .state")).hasText("Information provided");
      chromium.signOut();

      chromium.signIn(office.username(Role.RECEPTION));
      page.navigate(caseUrl);
      open(page, "SCHEDULE_INTERVIEW").locator("#schedule_interview-interviewer").selectOption(eo);
      submit(page, "SCHEDULE_INTERVIEW");
      assertThat(page.locator("h1 .state")).hasText("Interview scheduled");
      chromium.signOut();

      chromium.signIn(eo);
      page.navigate(caseUrl);
      open(page, "RECORD_INTERVIEW").locator("#record_interview-readBack").check();
      submit(page, "RECORD_INTERVIEW");
      assertThat(page.locator("h1 .state")).hasText("Interviewed");
      Locator assessment = open(page, "WRITE_ASSESSMENT");
      for (String element : ELEMENTS) {
        assessment.locator("#f-" + element).selectOption("POSITIVE");
        assessment.locator("#r-" + element).fill("Consistent with her account and with country information.");
      }
      assessment.locator("#g-POLITICAL_OPINION").check();
      assessment.locator("#write_assessment-surPlaceAndIllegalExit").fill("Leaving the DPRK without permission is punished by labour camp.");
      assessment.locator("#write_assessment-exclusion").selectOption("NOT_EXCLUDED");
      chromium.screenshot("2-structured-assessment");
      submit(page, "WRITE_ASSESSMENT");
      assertThat(page.locator("h1 .state")).hasText("Assessment in progress");
      Locator draft = open(page, "DRAFT_DECISION");
      draft.locator("#draft_decision-outcome").selectOption("RECOGNITION");
      draft.locator("#draft_decision-legalBasis").fill("1951 Convention, Art 1A(2)");
      draft.locator("#draft_decision-notificationLanguage").selectOption("ko");
      submit(page, "DRAFT_DECISION");
      assertThat(page.locator("h1 .state")).hasText("Decision drafted");
      assertThat(page.locator("details.action[data-command=SIGN_DECISION]")).hasCount(0);
      chromium.signOut();

      chromium.signIn(office.username(Role.SUPERVISOR));
      page.navigate(caseUrl);
      open(page, "SIGN_DECISION").locator("#sign_decision-recipient").selectOption("APPLICANT");
      submit(page, "SIGN_DECISION");
      assertThat(page.locator("h1 .state")).hasText("Recognised");
      assertThat(page.locator("#timeline")).containsText("Decision signed and notified");
      chromium.screenshot("3-recognised");

      page.navigate(caseUrl + "/letter?lang=ko");
      assertThat(page.locator("h1")).hasText("난민 지위 신청에 대한 결정");
      assertThat(page.locator(".outcome")).hasText("귀하는 난민으로 인정되었습니다.");
      chromium.screenshot("4-letter-ko");
      HangulCheck.assertHangulIsDrawn(page);
      page.navigate(caseUrl + "?lang=en");
    }
  }

  @Test
  void aHandoverDemandedForAManWhoseClaimIsPendingIsRefusedWithTheRuleInWords() {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    PersonId man = fixtures.aPersonAt(office, "한성민");
    access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), man, Set.of(), Channel.DIPLOMATIC_PREMISES, null)));

    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      chromium.signIn(office.username(Role.PROTECTION_OFFICER));
      page.navigate(chromium.url("/persons/" + man));
      page.getByText("Record a removal or handover request").click();
      page.locator("#rr-requester").selectOption("HOST_AUTHORITY");
      page.locator("#rr-kind").selectOption("HANDOVER");
      page.getByText("Record the request and ask the lock").click();
      Locator refusal = page.locator("#refusal");
      assertThat(refusal).containsText("Refused: this person is not handed over");
      assertThat(refusal).containsText("PENDING_CLAIM_NON_REFOULEMENT");
      assertThat(refusal).containsText("A removal, return, handover or transfer to the country of origin is refused");
      assertThat(refusal).containsText("no removal while it is pending");
      chromium.screenshot("5-handover-refused");
      chromium.signOut();

      chromium.signIn(office.username(Role.SUPERVISOR));
      page.navigate(chromium.url("/alerts"));
      assertThat(page.locator("tr[data-kind=REMOVAL_ATTEMPT_REFUSED]")).hasCount(1);
    }
  }
}
