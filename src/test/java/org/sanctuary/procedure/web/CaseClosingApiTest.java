package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Pausing, withdrawing, closing and reopening a case through the API, with their guards both ways. */
@SanctuaryTest
class CaseClosingApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Intake intake;
  @Autowired Interviews interviews;
  @Autowired PersonDirectory persons;

  private Fixtures.Staffed office;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
    fixtures.officerProfile(office, office.username(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko"), false);
  }

  @Test
  void aSupervisorPausesACaseAndItResumesWhereItStood() throws Exception {
    CaseId id = opened(fixtures.aPersonAt(office, "김은정"));
    act(id, "hold", Role.REGISTRAR, "{\"version\":0,\"reason\":\"Medical emergency\"}").andExpect(status().isForbidden());
    act(id, "resume", Role.SUPERVISOR, "{\"version\":0}").andExpect(refused("ILLEGAL_TRANSITION"));
    act(id, "hold", Role.SUPERVISOR, "{\"version\":0,\"reason\":\"Medical emergency\"}").andExpect(jsonPath("$.state").value("ON_HOLD"));
    act(id, "resume", Role.SUPERVISOR, "{\"version\":1}").andExpect(jsonPath("$.state").value("INTENT_EXPRESSED"));
  }

  @Test
  void aChildAloneWithdrawsOnlyWithTheGuardianPresentAndTheClaimCanBeReopened() throws Exception {
    CaseId id = opened(aChildAlone());
    act(id, "withdrawal", Role.REGISTRAR, "{\"version\":0}").andExpect(refused("NO_GUARDIAN"));
    act(id, "withdrawal", Role.REGISTRAR, "{\"version\":0,\"guardianPresent\":true}").andExpect(jsonPath("$.state").value("CLOSED_WITHDRAWN"));
    act(id, "reopening", Role.SUPERVISOR, "{\"version\":1,\"reason\":\"She asks to resume her claim\"}")
        .andExpect(jsonPath("$.state").value("REOPENED"));
  }

  @Test
  void aNoShowClosesOnlyAfterSixWeeksAndAContactAttempt() throws Exception {
    CaseId recent = missedOn(fixtures.aPersonAt(office, "리철"), LocalDate.now());
    act(recent, "contact-attempts", Role.REGISTRAR, "{\"version\":4,\"how\":\"Phone, no answer\"}").andExpect(status().isOk());
    act(recent, "closure", Role.SUPERVISOR, "{\"version\":5}").andExpect(refused("CLOSURE_TOO_EARLY"));

    CaseId old = missedOn(fixtures.aPersonAt(office, "최명숙"), LocalDate.now().minusDays(60));
    act(old, "closure", Role.SUPERVISOR, "{\"version\":4}").andExpect(refused("CLOSURE_TOO_EARLY"));
    act(old, "contact-attempts", Role.REGISTRAR, "{\"version\":4,\"how\":\"Letter to last address\"}").andExpect(status().isOk());
    act(old, "closure", Role.SUPERVISOR, "{\"version\":5}").andExpect(jsonPath("$.state").value("CLOSED_ABANDONED"));
  }

  private CaseId opened(PersonId person) {
    return access.actingAs(office.username(Role.RECEPTION),
        () -> intake.asOf(LocalDate.now().minusDays(90)).recordIntent(Intake.RecordIntent.of(office.office().id(), person, Set.of(), Channel.OFFICE, null)));
  }

  /** A case whose applicant missed the interview on the day given (version 4). */
  private CaseId missedOn(PersonId person, LocalDate missed) {
    CaseId id = opened(person);
    LocalDate before = LocalDate.now().minusDays(80);
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(before).register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(before).provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.asOf(before).schedule(id, new Interviews.ScheduleInterview(2L, office.username(Role.ELIGIBILITY_OFFICER), null, null, null, null, null, null, null)));
    access.actingAs(office.username(Role.RECEPTION), () -> interviews.asOf(missed).recordNoShow(id, interview, new Interviews.RecordNoShow(3L, null, null)));
    return id;
  }

  private PersonId aChildAlone() {
    return access.actingAs(office.username(Role.REGISTRAR), () -> persons.register(office.office().id(),
        new PersonDraft(List.of(new PersonDraft.NameDraft(NameScript.HANGUL, "한철진", true)), Sex.MALE, "1990",
            List.of("PRK"), List.of(), List.of("ko"), "ko", GenderPreference.NONE, GenderPreference.NONE,
            Set.of(SpecificNeed.UNACCOMPANIED_CHILD))));
  }

  private ResultActions act(CaseId id, String act, Role role, String body) throws Exception {
    return mvc.perform(post("/api/cases/" + id + "/" + act).with(as(role)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static ResultMatcher refused(String code) {
    return result -> {
      status().isConflict().match(result);
      jsonPath("$.code").value(code).match(result);
    };
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
