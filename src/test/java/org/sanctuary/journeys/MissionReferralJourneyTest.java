package org.sanctuary.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.sanctuary.journeys.CaseActions.act;
import static org.sanctuary.journeys.CaseActions.open;
import static org.sanctuary.journeys.CaseActions.submit;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An embassy receives, the protection officer refers, Beijing decides, in a real Chromium through the
 * pages alone: reception records the intent at the embassy intake point, which offers no step of the
 * determination; the protection officer refers the claim; Beijing informs, books the interview with
 * its day, time, interpreter and representative, hears, assesses, drafts and signs a reasoned
 * refusal; the case page shows the appointment, the participants and the appeal deadline, and the
 * letter prints in Korean with that deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MissionReferralJourneyTest {

  private static final List<String> ELEMENTS =
      List.of("identityAndNationality", "materialFacts", "wellFoundedFear", "persecution", "noStateProtection", "nexus",
          "noInternalFlightAlternative");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired UserAccounts accounts;

  @Test
  void anEmbassyReceivesTheProtectionOfficerRefersAndBeijingDecides() {
    Fixtures.Staffed embassy = fixtures.anOfficeWithEveryRole(OfficeType.DIPLOMATIC_MISSION);
    Fixtures.Staffed beijing = fixtures.anOfficeWithEveryRole();
    String protectionOfficer = "po-" + Fixtures.randomCode().toLowerCase(java.util.Locale.ROOT);
    accounts.createUnchecked(new NewUser(protectionOfficer, "Protection officer", Fixtures.PASSWORD,
        Map.of(embassy.office().id(), EnumSet.of(Role.PROTECTION_OFFICER), beijing.office().id(), EnumSet.of(Role.PROTECTION_OFFICER))));
    String eo = beijing.username(Role.ELIGIBILITY_OFFICER);
    fixtures.officerProfile(beijing, eo, "FEMALE", List.of("ko"), false);
    PersonId applicant = fixtures.aPersonAt(embassy, "한은별");
    String appointment = LocalDate.now() + "T10:30";
    String deadline = LocalDate.now().plusDays(30).toString();

    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      chromium.signIn(embassy.username(Role.RECEPTION));
      page.navigate(chromium.url("/persons/" + applicant));
      page.getByText("Record intent to seek asylum").click();
      page.locator("#intent-channel").selectOption("DIPLOMATIC_PREMISES");
      page.getByText("Open the case").click();
      assertThat(page.locator("h1 .state")).hasText("Intent expressed");
      String caseUrl = page.url();
      chromium.signOut();

      chromium.signIn(embassy.username(Role.REGISTRAR));
      page.navigate(caseUrl);
      act(page, "REGISTER");
      assertThat(page.locator("h1 .state")).hasText("Registered");
      assertThat(page.locator("details.action[data-command=PROVIDE_INFORMATION]")).hasCount(0);
      chromium.signOut();

      chromium.signIn(protectionOfficer);
      page.navigate(caseUrl);
      Locator refer = open(page, "REFER");
      refer.locator("#refer-officeId").selectOption(beijing.office().id().toString());
      refer.locator("#refer-reason").fill("Safe passage to the Beijing office agreed; escorted by embassy staff.");
      submit(page, "REFER");
      assertThat(page.locator("#timeline")).containsText("Referred to a determination office");
      chromium.screenshot("mission-1-referred");
      chromium.signOut();

      chromium.signIn(beijing.username(Role.REGISTRAR));
      page.navigate(caseUrl);
      open(page, "PROVIDE_INFORMATION").locator("#provide_information-language").selectOption("ko");
      submit(page, "PROVIDE_INFORMATION");
      assertThat(page.locator("h1 .state")).hasText("Information provided");
      chromium.signOut();

      chromium.signIn(beijing.username(Role.RECEPTION));
      page.navigate(caseUrl);
      Locator booking = open(page, "SCHEDULE_INTERVIEW");
      booking.locator("#schedule_interview-interviewer").selectOption(eo);
      booking.locator("#schedule_interview-appointment").fill(appointment);
      booking.locator("#schedule_interview-interpreter-name").fill("Park Ji-won");
      booking.locator("#schedule_interview-interpreter-language").selectOption("ko");
      booking.locator("#schedule_interview-interpreterSex").selectOption("FEMALE");
      booking.locator("#schedule_interview-legalRepresentative-name").fill("Lee Min-ho");
      booking.locator("#schedule_interview-representativeSex").selectOption("MALE");
      submit(page, "SCHEDULE_INTERVIEW");
      assertThat(page.locator("h1 .state")).hasText("Interview scheduled");
      chromium.signOut();

      chromium.signIn(eo);
      page.navigate(caseUrl);
      open(page, "RECORD_INTERVIEW").locator("#record_interview-readBack").check();
      submit(page, "RECORD_INTERVIEW");
      Locator assessment = open(page, "WRITE_ASSESSMENT");
      for (String element : ELEMENTS) {
        assessment.locator("#f-" + element).selectOption(element.equals("materialFacts") ? "NEGATIVE" : "POSITIVE");
        assessment.locator("#r-" + element).fill(element.equals("materialFacts")
            ? "The route described changed between the embassy interview and this one, without explanation."
            : "Consistent with country information.");
      }
      assessment.locator("#write_assessment-surPlaceAndIllegalExit").fill("Illegal exit weighed against country information.");
      assessment.locator("#write_assessment-exclusion").selectOption("NOT_EXCLUDED");
      submit(page, "WRITE_ASSESSMENT");
      Locator draft = open(page, "DRAFT_DECISION");
      draft.locator("#draft_decision-outcome").selectOption("REJECTION");
      draft.locator("#draft_decision-reasonCategories").fill("CREDIBILITY");
      draft.locator("#draft_decision-individualExplanation").fill("Your account of the route changed and you could not explain why.");
      draft.locator("#draft_decision-legalBasis").fill("1951 Convention, Art 1A(2)");
      draft.locator("#draft_decision-appealInstructions").fill("Appeal in writing to the office within 30 days of notification.");
      draft.locator("#draft_decision-notificationLanguage").selectOption("ko");
      submit(page, "DRAFT_DECISION");
      assertThat(page.locator("h1 .state")).hasText("Decision drafted");
      chromium.signOut();

      chromium.signIn(beijing.username(Role.SUPERVISOR));
      page.navigate(caseUrl);
      assertThat(page.locator("#before-signing")).containsText("Nothing: every rule of the decision is met.");
      open(page, "SIGN_DECISION").locator("#sign_decision-recipient").selectOption("APPLICANT");
      submit(page, "SIGN_DECISION");
      assertThat(page.locator("h1 .state")).hasText("Rejected, notified");
      assertThat(page.locator("#interviews")).containsText(appointment.replace('T', ' '));
      assertThat(page.locator("#interviews")).containsText("Park Ji-won");
      assertThat(page.locator("#interviews")).containsText("Lee Min-ho");
      assertThat(page.locator("dl.facts").first()).containsText(deadline);
      chromium.screenshot("mission-2-decided-at-beijing");

      // The new panels read in Korean, with no message left untranslated, on a phone too.
      page.setViewportSize(390, 844);
      page.navigate(caseUrl + "?lang=ko");
      assertThat(page.locator("#interviews h2")).hasText("면담과 참석자");
      assertThat(page.locator("#appeals")).hasCount(0);
      assertThat(page.locator("main")).not().containsText("??");
      chromium.screenshot("mission-2b-case-ko-phone");
      page.navigate(chromium.url("/persons/" + applicant + "?lang=ko"));
      assertThat(page.locator("#claims h2")).hasText("신청");
      assertThat(page.locator("main")).not().containsText("??");
      chromium.screenshot("mission-2c-person-ko-phone");
      page.setViewportSize(1280, 900);
      page.navigate(caseUrl + "/letter?lang=ko");
      assertThat(page.locator("h1")).hasText("난민 지위 신청에 대한 결정");
      assertThat(page.locator("body")).containsText(deadline);
      HangulCheck.assertHangulIsDrawn(page);
      chromium.screenshot("mission-3-letter-ko");
      page.navigate(caseUrl + "?lang=en");
    }
  }
}
