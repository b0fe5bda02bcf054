package org.sanctuary.registry;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The person pages: a refused form comes back filled in with each error beside its field. */
@SanctuaryTest
class PersonPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired org.sanctuary.monitoring.places.Gazetteer gazetteer;
  @Autowired PersonDirectory directory;
  @Autowired org.sanctuary.access.AccessPolicy access;

  private Fixtures.Staffed office;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
  }

  @Test
  void aRefusedFormKeepsWhatWasTypedAndShowsTheErrorBesideTheField() throws Exception {
    mvc.perform(
            post("/persons")
                .with(as(Role.REGISTRAR))
                .with(csrf())
                .param("officeId", office.office().id().toString())
                .param("names[0].script", "HANGUL")
                .param("names[0].value", "Kim Young-hee")
                .param("primaryName", "0")
                .param("sex", "FEMALE")
                .param("dateOfBirth", "the year of the famine"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("value=\"Kim Young-hee\""),
                        containsString("value=\"the year of the famine\""),
                        containsString("is not written in HANGUL script"),
                        containsString("id=\"dob-error\""))));
  }

  @Test
  void thePlaceOfOriginIsChosenFromTheGazetteerKeptWhenTheFormIsRefusedAndShownOnThePersonsPage() throws Exception {
    java.util.UUID korea = gazetteer.add(null, org.sanctuary.monitoring.places.Place.Level.COUNTRY,
        java.util.List.of(new org.sanctuary.monitoring.places.Place.Name("LATIN", "DPRK", true)), null, null);
    java.util.UUID musan = gazetteer.add(korea, org.sanctuary.monitoring.places.Place.Level.COUNTY,
        java.util.List.of(new org.sanctuary.monitoring.places.Place.Name("LATIN", "Musan", true)), null, null);
    mvc.perform(get("/persons/new").with(as(Role.REGISTRAR)))
        .andExpect(content().string(allOf(containsString("id=\"originPlace\""), containsString(">Musan, DPRK<"))));
    mvc.perform(post("/persons").with(as(Role.REGISTRAR)).with(csrf())
            .param("officeId", office.office().id().toString())
            .param("names[0].script", "HANGUL").param("names[0].value", "Kim Young-hee").param("primaryName", "0")
            .param("sex", "FEMALE").param("originPlace", musan.toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + musan + "\" selected")));
    String page = mvc.perform(post("/persons").with(as(Role.REGISTRAR)).with(csrf())
            .param("officeId", office.office().id().toString())
            .param("names[0].script", "HANGUL").param("names[0].value", "김영희").param("primaryName", "0")
            .param("sex", "FEMALE").param("originPlace", musan.toString()))
        .andExpect(redirectedUrlPattern("/persons/*")).andReturn().getResponse().getRedirectedUrl();
    mvc.perform(get(page).with(as(Role.REGISTRAR))).andExpect(content().string(containsString("Musan, DPRK")));
  }

  @Test
  void anEditSavedByAnotherMeanwhileKeepsWhatWasTypedShowsWhatChangedAndSavesOnTheSecondTry() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "김영희");
    // A colleague adds the date of birth after this registrar opened the form at version 0.
    String colleague = "registrar2-" + office.office().code().toLowerCase(java.util.Locale.ROOT);
    access.actingAs(office.username(Role.ADMIN), () -> fixtures.addUser(colleague, office, Role.REGISTRAR));
    access.actingAs(colleague, () -> {
      Person read = directory.read(person);
      directory.revise(person, read.version(), new PersonDraft(List.of(new PersonDraft.NameDraft(NameScript.HANGUL, "김영희", true)),
          Sex.FEMALE, "1975", List.of(), List.of(), List.of(), null, null, null, java.util.Set.of()));
      return null;
    });
    String page = mvc.perform(post("/persons/" + person).with(as(Role.REGISTRAR)).with(csrf())
            .param("version", "0")
            .param("names[0].script", "HANGUL").param("names[0].value", "김영희")
            .param("names[1].script", "LATIN_RR").param("names[1].value", "Gim Yeonghui")
            .param("primaryName", "0").param("sex", "FEMALE"))
        .andExpect(status().isConflict())
        .andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(page)
        .contains("id=\"changed-meanwhile\"")
        .contains("value=\"Gim Yeonghui\"")
        .contains("<td>1975</td>")
        .contains("name=\"version\" value=\"1\"");

    mvc.perform(post("/persons/" + person).with(as(Role.REGISTRAR)).with(csrf())
            .param("version", "1")
            .param("names[0].script", "HANGUL").param("names[0].value", "김영희")
            .param("names[1].script", "LATIN_RR").param("names[1].value", "Gim Yeonghui")
            .param("primaryName", "0").param("sex", "FEMALE").param("dateOfBirth", "1975"))
        .andExpect(redirectedUrlPattern("/persons/*"));
    org.assertj.core.api.Assertions.assertThat(access.actingAs(colleague, () -> directory.read(person))
        .details().names()).hasSize(2);
  }

  @Test
  void aValidFormRegistersThePersonAndShowsTheirPage() throws Exception {
    mvc.perform(
            post("/persons")
                .with(as(Role.REGISTRAR))
                .with(csrf())
                .param("officeId", office.office().id().toString())
                .param("names[0].script", "HANGUL")
                .param("names[0].value", "김영희")
                .param("names[1].script", "LATIN_RR")
                .param("names[1].value", "Gim Yeonghui")
                .param("primaryName", "0")
                .param("sex", "FEMALE")
                .param("nationalities", "PRK, CHN")
                .param("specificNeeds", "WOMAN_AT_RISK"))
        .andExpect(redirectedUrlPattern("/persons/*"));
    mvc.perform(get("/persons").param("name", "gim yeong").with(as(Role.ELIGIBILITY_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("김영희")));
  }

  @Test
  void actionsAppearOnlyForThoseWhoMayTakeThem() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "정미경");
    mvc.perform(get("/persons/" + person).with(as(Role.ELIGIBILITY_OFFICER)))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/edit\""))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Record whereabouts"))));
    mvc.perform(get("/persons/" + person).with(as(Role.REGISTRAR)))
        .andExpect(content().string(allOf(containsString("/edit\""), containsString("Record whereabouts"))));
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
