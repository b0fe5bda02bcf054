package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.SpecificNeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The work queue filtered as officers use it: the cases a user has in hand (the interviews booked
 * with them), priority cases only, by state; priority cases always come first.
 */
@SanctuaryTest
class WorkQueueApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Intake intake;
  @Autowired Interviews interviews;
  @Autowired PersonDirectory persons;

  private Fixtures.Staffed office;
  private String kim;
  private String choi;
  private CaseId withKim;
  private CaseId withChoi;
  private CaseId child;

  @BeforeEach
  void threeCasesTwoInterviewers() {
    office = fixtures.anOfficeWithEveryRole();
    kim = office.username(Role.ELIGIBILITY_OFFICER);
    choi = "eo2-" + office.office().code().toLowerCase(java.util.Locale.ROOT);
    access.actingAs(office.username(Role.ADMIN), () -> fixtures.addUser(choi, office, Role.ELIGIBILITY_OFFICER));
    fixtures.officerProfile(office, kim, "FEMALE", List.of("ko"), false);
    fixtures.officerProfile(office, choi, "FEMALE", List.of("ko"), false);
    withKim = scheduled(fixtures.aPersonAt(office, "김영희"), kim);
    withChoi = scheduled(fixtures.aPersonAt(office, "박순희"), choi);
    PersonDraft alone = Fixtures.aDraft("최경철");
    PersonId boy = access.actingAs(office.username(Role.REGISTRAR), () -> persons.register(office.office().id(),
        new PersonDraft(alone.names(), alone.sex(), "about 12 years old on 1 June 2002", alone.nationalities(),
            alone.otherNationalityClaims(), alone.languages(), alone.bestLanguage(), alone.interviewerPreference(),
            alone.interpreterPreference(), Set.of(SpecificNeed.UNACCOMPANIED_CHILD))));
    child = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), boy, Set.of(), Channel.MONITORING_MISSION, null)));
  }

  @Test
  void anOfficerSeesTheCasesInTheirHandsAndPriorityCasesComeFirst() throws Exception {
    mvc.perform(get("/api/cases?assignee=" + kim).with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[*].id").value(contains(withKim.toString())));
    mvc.perform(get("/api/cases?assignee=" + choi).with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.items[*].id").value(contains(withChoi.toString())));
    mvc.perform(get("/api/cases?priority=true").with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[*].id").value(contains(child.toString())));
    mvc.perform(get("/api/cases?size=10").with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items[0].id").value(child.toString()));
    mvc.perform(get("/api/cases?state=INTERVIEW_SCHEDULED&assignee=" + kim).with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/cases?state=INTENT_EXPRESSED&assignee=" + kim).with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.total").value(0));
  }

  private CaseId scheduled(PersonId person, String interviewer) {
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), person, Set.of(), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    access.actingAs(office.username(Role.RECEPTION), () -> interviews.schedule(id, new Interviews.ScheduleInterview(2L, interviewer, null, null, null, null, null, null, null)));
    return id;
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
