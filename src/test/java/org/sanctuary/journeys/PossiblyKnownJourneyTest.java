package org.sanctuary.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.access.Role;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A registrar types "Ri Yong Hui" for a woman already registered as 이영희: before anything is saved
 * the form shows the existing record and why; the registrar opens it, finds her by the same spelling
 * from the persons page, and registers a different Ri Yong Hui only by saying why she is someone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PossiblyKnownJourneyTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired org.sanctuary.monitoring.places.Gazetteer gazetteer;

  @Test
  void theExistingRecordIsShownWithWhyBeforeSavingAndADifferentPersonNeedsAReason() {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    PersonId younghee = fixtures.aPersonAt(office, "이영희");
    long before = registeredAs("Ri Yong Hui");
    java.util.UUID korea = gazetteer.add(null, org.sanctuary.monitoring.places.Place.Level.COUNTRY,
        java.util.List.of(new org.sanctuary.monitoring.places.Place.Name("LATIN", "Democratic People's Republic of Korea", true)), null, null);
    java.util.UUID province = gazetteer.add(korea, org.sanctuary.monitoring.places.Place.Level.PROVINCE,
        java.util.List.of(new org.sanctuary.monitoring.places.Place.Name("LATIN", "North Hamgyong Province", true)), null, null);
    gazetteer.add(province, org.sanctuary.monitoring.places.Place.Level.COUNTY,
        java.util.List.of(new org.sanctuary.monitoring.places.Place.Name("LATIN", "Hoeryong", true)), null, null);
    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      chromium.signIn(office.username(Role.REGISTRAR));

      registerRiYongHui(chromium);

      Locator known = page.locator("#possibly-known");
      assertThat(known).containsText("This person may already be registered");
      Locator row = known.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("이영희"));
      assertThat(row).containsText("is the same name in another spelling (I YOG.HI)");
      assertThat(row).containsText("agrees with the date given");
      assertThat(page.getByLabel("Date of birth")).hasValue("circa 1975");
      org.assertj.core.api.Assertions.assertThat(registeredAs("Ri Yong Hui")).isEqualTo(before);
      chromium.screenshot("possibly-known");

      row.getByRole(AriaRole.LINK).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("이영희");
      org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/persons/" + younghee);

      page.navigate(chromium.url("/persons"));
      page.getByLabel("Name, in any script or spelling").fill("Lee Young-hee");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
      assertThat(page.locator("#matches")).containsText("이영희");

      registerRiYongHui(chromium);
      page.getByLabel("Not one of these, because").fill("Another woman: she came with her mother from Hoeryong in 2002.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a different person")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Ri Yong Hui");
      org.assertj.core.api.Assertions.assertThat(registeredAs("Ri Yong Hui")).isEqualTo(before + 1);

      // The same in Korean, on a phone: the search and the warning read in Korean and fit the screen.
      page.setViewportSize(390, 844);
      page.navigate(chromium.url("/persons?lang=ko&q=" + java.net.URLEncoder.encode("Lee Young-hee", java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(page.locator("#matches h2")).containsText("일 수 있는 사람");
      assertThat(page.locator("#matches")).containsText("다른 표기의 같은 이름");
      assertThat(page.locator("main")).not().containsText("??");
      // The matches fit; the person list below them does not yet (narrow-screen tables are issue 12's).
      chromium.assertFitsTheScreen("#matches");
      chromium.screenshot("possibly-known-search-ko-phone");
      registerRiYongHui(chromium);
      assertThat(page.locator("#possibly-known h2")).hasText("이미 등록된 사람일 수 있습니다");
      assertThat(page.locator("main")).not().containsText("??");
      chromium.screenshot("possibly-known-form-ko-phone");
      chromium.assertFitsTheScreen("#possibly-known");
      // The place of origin, however long its chain of names, fits the phone too.
      page.locator("#originPlace").selectOption(new com.microsoft.playwright.options.SelectOption()
          .setLabel("Hoeryong, North Hamgyong Province, Democratic People's Republic of Korea"));
      assertThat(page.locator("label[for=originPlace]")).hasText("출신지");
      chromium.assertFitsTheScreen("#originPlace");
    }
  }

  /** Fills the registration form for a Ri Yong Hui born circa 1975, and saves (in any language). */
  private static void registerRiYongHui(Chromium chromium) {
    Page page = chromium.page;
    page.navigate(chromium.url("/persons/new"));
    page.locator("#names0\\.script").selectOption("LATIN_MR");
    page.locator("#names0\\.value").fill("Ri Yong Hui");
    page.locator("#sex").selectOption("FEMALE");
    page.locator("#dateOfBirth").fill("circa 1975");
    page.locator("main form button[type=submit]").click();
  }

  private long registeredAs(String name) {
    return jdbc.sql("SELECT COUNT(*) FROM person_name WHERE full_name = ?").param(name).query(Long.class).single();
  }
}
