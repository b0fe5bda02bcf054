package org.sanctuary.web;

import org.sanctuary.procedure.Appeals;
import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.StatusEndings;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.Command;
import org.sanctuary.procedure.RemovalRequests;
import org.sanctuary.procedure.RemovalKind;
import org.sanctuary.procedure.Requester;
import org.sanctuary.access.Role;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, proven: every endpoint of the API and the pages, called by a user holding exactly
 * one role, answers 2xx (or a redirect after a form) when the permission table grants that role and
 * 403 otherwise. A test below fails if an endpoint exists that this table does not cover.
 */
@SanctuaryTest
class RoleEndpointMatrixTest {

  /**
   * One endpoint: how to call it as a given user, which roles may, and what an allowed call answers
   * (0: any success; the removal lock answers an allowed caller with its 409).
   */
  record Endpoint(String method, String pattern, Set<Role> allowed, BiFunction<Call, String, MockHttpServletRequestBuilder> request, int allowedStatus) {
    Endpoint(String method, String pattern, Set<Role> allowed, BiFunction<Call, String, MockHttpServletRequestBuilder> request) {
      this(method, pattern, allowed, request, 0);
    }
  }

  /** What a request needs: the office under test and records in it. */
  record Call(Fixtures.Staffed staff, PersonId person, UUID group, UUID otherUser, String personReference, CaseId caseId) {}

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Appeals appeals;
  @Autowired Decisions decisions;
  @Autowired StatusEndings endings;
  @Autowired Intake intake;
  @Autowired Interviews interviews;
  @Autowired RemovalRequests removals;
  @Autowired org.sanctuary.access.OfficerProfiles profiles;
  @Autowired org.sanctuary.monitoring.estimates.ListOverlaps overlaps;
  @Autowired org.sanctuary.monitoring.reports.SourceReports reports;
  @Autowired org.sanctuary.monitoring.events.Events events;
  @Autowired org.sanctuary.monitoring.interventions.Interventions interventions;
  @Autowired org.sanctuary.monitoring.concern.PersonsOfConcern concern;

  private Call call;

  @BeforeEach
  void anOfficeWithAPersonAGroupAndAnotherUser() throws Exception {
    Fixtures.Staffed staff = fixtures.anOfficeWithEveryRole();
    PersonId person = fixtures.aPersonAt(staff, "김영희");
    String reference = jdbc.sql("SELECT reference FROM person WHERE id = ?").param(person.value()).query(String.class).single();
    String body =
        mvc.perform(
                post("/api/groups")
                    .with(user(fixtures.user(staff.username(Role.REGISTRAR))))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"officeId\":\"" + staff.office().id() + "\",\"label\":\"Matrix household\","
                            + "\"kind\":\"HOUSEHOLD\",\"members\":[\"" + person + "\"]}"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    UUID group = UUID.fromString(body.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
    UUID otherUser =
        jdbc.sql("SELECT id FROM app_user WHERE username = ?")
            .param(staff.username(Role.ANALYST))
            .query(UUID.class)
            .single();
    UUID officer = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(staff.username(Role.ELIGIBILITY_OFFICER)).query(UUID.class).single();
    access.actingAs(staff.username(Role.ADMIN), () -> {
      profiles.set(officer, "FEMALE", java.util.List.of("ko"), true);
      return null;
    });
    call = new Call(staff, person, group, otherUser, reference, aCase(staff, person, false));
  }

  List<Endpoint> endpoints() {
    List<Endpoint> e = new ArrayList<>();
    // API
    e.add(new Endpoint("GET", "/api/me", EVERYONE, (c, u) -> get("/api/me")));
    e.add(new Endpoint("GET", "/api/offices", EVERYONE, (c, u) -> get("/api/offices")));
    e.add(new Endpoint("PUT", "/api/offices/{id}/names/{language}", roles(Permission.OFFICE_MANAGE),
        (c, u) -> json(put("/api/offices/" + c.staff().office().id() + "/names/ko"), "{\"name\":\"시험 사무소\"}")));
    e.add(new Endpoint("POST", "/api/offices", roles(Permission.OFFICE_MANAGE),
        (c, u) -> json(post("/api/offices"), "{\"code\":\"" + Fixtures.randomCode() + "\",\"name\":\"New office\",\"type\":\"MONITORING_TEAM\"}")));
    e.add(new Endpoint("GET", "/api/users", roles(Permission.USER_MANAGE), (c, u) -> get("/api/users")));
    e.add(new Endpoint("POST", "/api/users", roles(Permission.USER_MANAGE),
        (c, u) -> json(post("/api/users"), "{\"username\":\"u" + UUID.randomUUID().toString().substring(0, 8)
            + "\",\"displayName\":\"New\",\"password\":\"a-long-password\",\"memberships\":[{\"officeId\":\""
            + c.staff().office().id() + "\",\"roles\":[\"ANALYST\"]}]}")));
    e.add(new Endpoint("PUT", "/api/users/{id}", roles(Permission.USER_MANAGE),
        (c, u) -> json(put("/api/users/" + c.otherUser()), "{\"displayName\":\"Renamed\",\"enabled\":true,\"version\":"
            + version("app_user", c.otherUser()) + ",\"memberships\":[{\"officeId\":\"" + c.staff().office().id()
            + "\",\"roles\":[\"ANALYST\"]}]}")));
    e.add(new Endpoint("GET", "/api/audit/verify", roles(Permission.AUDIT_READ), (c, u) -> get("/api/audit/verify")));
    e.add(new Endpoint("GET", "/api/audit/entries", roles(Permission.AUDIT_READ), (c, u) -> get("/api/audit/entries")));
    e.add(new Endpoint("GET", "/api/audit/checkpoint", roles(Permission.AUDIT_READ), (c, u) -> get("/api/audit/checkpoint")));
    e.add(new Endpoint("POST", "/api/persons", roles(Permission.PERSON_REGISTER),
        (c, u) -> json(post("/api/persons"), personJson(c, null))));
    e.add(new Endpoint("GET", "/api/persons", roles(Permission.PERSON_READ), (c, u) -> get("/api/persons")));
    e.add(new Endpoint("GET", "/api/persons/matches", roles(Permission.PERSON_READ),
        (c, u) -> get("/api/persons/matches").param("q", "Kim Chol-su")));
    e.add(new Endpoint("GET", "/api/persons/{id}", roles(Permission.PERSON_READ), (c, u) -> get("/api/persons/" + c.person())));
    e.add(new Endpoint("POST", "/api/offices/{officeId}/linkage-runs", roles(Permission.PERSON_REGISTER),
        (c, u) -> post("/api/offices/" + idleForLinkage(c) + "/linkage-runs")));
    e.add(new Endpoint("GET", "/api/linkage-runs/{id}", roles(Permission.PERSON_REGISTER),
        (c, u) -> get("/api/linkage-runs/" + aLinkageRun(c))));
    e.add(new Endpoint("GET", "/api/offices/{officeId}/linkage-runs", roles(Permission.PERSON_REGISTER),
        (c, u) -> get("/api/offices/" + c.staff().office().id() + "/linkage-runs")));
    e.add(new Endpoint("GET", "/api/offices/{officeId}/link-candidates", roles(Permission.PERSON_REGISTER),
        (c, u) -> get("/api/offices/" + c.staff().office().id() + "/link-candidates")));
    e.add(new Endpoint("POST", "/api/link-candidates/{id}/decision", roles(Permission.PERSON_REGISTER),
        (c, u) -> json(post("/api/link-candidates/" + aLinkCandidate(c) + "/decision"), "{\"decision\":\"DEFER\"}")));
    e.add(new Endpoint("POST", "/api/person-links/{id}/withdrawal", roles(Permission.PERSON_REGISTER),
        (c, u) -> json(post("/api/person-links/" + aPersonLink(c) + "/withdrawal"), "{\"reason\":\"Asserted in error.\"}")));
    e.add(new Endpoint("GET", "/api/persons/{id}/cluster", roles(Permission.PERSON_READ),
        (c, u) -> get("/api/persons/" + c.person() + "/cluster")));
    e.add(new Endpoint("PUT", "/api/persons/{id}", roles(Permission.PERSON_REGISTER),
        (c, u) -> json(put("/api/persons/" + c.person()), personJson(c, version("person", c.person().value())))));
    e.add(new Endpoint("POST", "/api/persons/{id}/whereabouts", roles(Permission.WHEREABOUTS_RECORD),
        (c, u) -> json(post("/api/persons/" + c.person() + "/whereabouts"), "{\"status\":\"DETAINED\",\"on\":\"end of May 2002\"}")));
    e.add(new Endpoint("POST", "/api/persons/{id}/consents", roles(Permission.CONSENT_RECORD),
        (c, u) -> json(post("/api/persons/" + c.person() + "/consents"), "{\"purpose\":\"FAMILY_TRACING\",\"given\":true}")));
    e.add(new Endpoint("GET", "/api/persons/{id}/access-log", roles(Permission.PERSON_ACCESS_LOG_READ),
        (c, u) -> get("/api/persons/" + c.person() + "/access-log")));
    e.add(new Endpoint("POST", "/api/groups", roles(Permission.PERSON_REGISTER),
        (c, u) -> json(post("/api/groups"), "{\"officeId\":\"" + c.staff().office().id()
            + "\",\"label\":\"Another\",\"kind\":\"TRAVELLING_GROUP\",\"members\":[\"" + c.person() + "\"]}")));
    e.add(new Endpoint("GET", "/api/groups", roles(Permission.PERSON_READ), (c, u) -> get("/api/groups")));
    e.add(new Endpoint("GET", "/api/groups/{id}", roles(Permission.PERSON_READ), (c, u) -> get("/api/groups/" + c.group())));
    e.add(new Endpoint("PUT", "/api/groups/{id}", roles(Permission.PERSON_REGISTER),
        (c, u) -> json(put("/api/groups/" + c.group()), "{\"label\":\"Renamed\",\"kind\":\"HOUSEHOLD\",\"version\":"
            + version("registration_group", c.group()) + ",\"members\":[\"" + c.person() + "\"]}")));
    e.add(new Endpoint("POST", "/api/cases", Command.RECORD_INTENT.roles(),
        (c, u) -> json(post("/api/cases"), "{\"officeId\":\"" + c.staff().office().id() + "\",\"principalId\":\""
            + fresh(c) + "\",\"channel\":\"OFFICE\"}")));
    e.add(new Endpoint("GET", "/api/cases", roles(Permission.CASE_READ), (c, u) -> get("/api/cases")));
    e.add(new Endpoint("GET", "/api/cases/{id}", roles(Permission.CASE_READ), (c, u) -> get("/api/cases/" + c.caseId())));
    e.add(new Endpoint("GET", "/api/cases/{id}/history", roles(Permission.CASE_READ), (c, u) -> get("/api/cases/" + c.caseId() + "/history")));
    e.add(new Endpoint("POST", "/api/cases/{id}/registration", Command.REGISTER.roles(),
        (c, u) -> json(post("/api/cases/" + aCase(c.staff(), fresh(c), false) + "/registration"), "{\"version\":0}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/information", Command.PROVIDE_INFORMATION.roles(),
        (c, u) -> json(post("/api/cases/" + aCase(c.staff(), fresh(c), true) + "/information"), "{\"version\":1,\"language\":\"ko\"}")));
    e.add(new Endpoint("PUT", "/api/users/{id}/officer-profile", roles(Permission.USER_MANAGE),
        (c, u) -> json(put("/api/users/" + c.otherUser() + "/officer-profile"), "{\"sex\":\"MALE\",\"languages\":[\"ko\",\"en\"],\"traumaTrained\":false}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/interviews", Command.SCHEDULE_INTERVIEW.roles(),
        (c, u) -> json(post("/api/cases/" + anInformedCase(c) + "/interviews"),
            "{\"version\":2,\"interviewer\":\"" + c.staff().username(Role.ELIGIBILITY_OFFICER) + "\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/interviews/{interviewId}/record", Command.RECORD_INTERVIEW.roles(),
        (c, u) -> json(post(aScheduledInterview(c) + "/record"), "{\"version\":3,\"readBackConfirmed\":true}")));
    e.add(new Endpoint("GET", "/api/cases/{id}/decision/check", roles(Permission.CASE_READ),
        (c, u) -> get("/api/cases/" + c.caseId() + "/decision/check")));
    e.add(new Endpoint("POST", "/api/cases/{id}/status-ending", Command.PROPOSE_STATUS_ENDING.roles(),
        (c, u) -> json(post("/api/cases/" + aRecognisedCase(c, false) + "/status-ending"),
            "{\"version\":7,\"kind\":\"CESSATION\",\"provision\":\"1C(5)\",\"reasons\":\"Circumstances changed.\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/status-ending/drop", Command.DROP_STATUS_ENDING.roles(),
        (c, u) -> json(post("/api/cases/" + aRecognisedCase(c, true) + "/status-ending/drop"), "{\"version\":8,\"reason\":\"Not confirmed.\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/status-ending/decision", Command.DECIDE_STATUS_ENDING.roles(),
        (c, u) -> json(post("/api/cases/" + aRecognisedCase(c, true) + "/status-ending/decision"), "{\"version\":8,\"recipient\":\"APPLICANT\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/referral", Command.REFER.roles(),
        (c, u) -> json(post("/api/cases/" + aMissionCase(c) + "/referral"),
            "{\"version\":0,\"officeId\":\"" + c.staff().office().id() + "\",\"reason\":\"Safe passage agreed.\"}")));
    e.add(new Endpoint("GET", "/api/persons/{id}/cases", roles(Permission.CASE_READ), (c, u) -> get("/api/persons/" + c.person() + "/cases")));
    e.add(new Endpoint("GET", "/api/persons/{id}/removal-requests", roles(Permission.CASE_READ),
        (c, u) -> get("/api/persons/" + c.person() + "/removal-requests")));
    e.add(new Endpoint("POST", "/api/cases/{id}/interview-record/finalisation", Command.FINALISE_INTERVIEW_RECORD.roles(),
        (c, u) -> json(post("/api/cases/" + anOpenInterviewRecord(c) + "/interview-record/finalisation"),
            "{\"version\":4,\"readBackConfirmed\":true}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/interviews/{interviewId}/no-show", Command.RECORD_NO_SHOW.roles(),
        (c, u) -> json(post(aScheduledInterview(c) + "/no-show"), "{\"version\":3}")));
    e.add(new Endpoint("PUT", "/api/cases/{id}/assessment", Command.WRITE_ASSESSMENT.roles(),
        (c, u) -> json(put("/api/cases/" + advanced(c, 4).id() + "/assessment"), "{\"version\":4}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/decision", Command.DRAFT_DECISION.roles(),
        (c, u) -> json(post("/api/cases/" + advanced(c, 5).id() + "/decision"), "{\"version\":5,\"outcome\":\"REJECTION\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/decision/return", Command.RETURN_DRAFT.roles(),
        (c, u) -> json(post("/api/cases/" + advanced(c, 6).id() + "/decision/return"), "{\"version\":6,\"reason\":\"Look again.\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/decision/sign", Command.SIGN_DECISION.roles(),
        (c, u) -> json(post("/api/cases/" + advanced(c, 6).id() + "/decision/sign"), "{\"version\":6,\"recipient\":\"APPLICANT\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/appeals", Command.LODGE_APPEAL.roles(),
        (c, u) -> json(post("/api/cases/" + advanced(c, 7).id() + "/appeals"), "{\"version\":7}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/appeals/{appealId}/assign", Command.ASSIGN_APPEAL.roles(),
        (c, u) -> {
          Advanced a = advanced(c, 8);
          return json(post("/api/cases/" + a.id() + "/appeals/" + a.appeal() + "/assign"),
              "{\"version\":8,\"assignee\":\"" + c.staff().username(Role.APPEAL_OFFICER) + "\"}");
        }));
    e.add(new Endpoint("POST", "/api/cases/{id}/appeals/{appealId}/decision", Command.DECIDE_APPEAL.roles(),
        (c, u) -> {
          Advanced a = advanced(c, 9);
          return json(post("/api/cases/" + a.id() + "/appeals/" + a.appeal() + "/decision"),
              "{\"version\":9,\"outcome\":\"DISMISSED\",\"reasons\":\"Unexplained contradictions.\"}");
        }));
    e.add(new Endpoint("POST", "/api/cases/{id}/derivatives/{personId}/decision", Command.DECIDE_DERIVATIVE.roles(),
        (c, u) -> {
          PersonId child = fixtures.aDistinctPersonAt(c.staff());
          CaseId recognised = recognisedWith(c, child);
          return json(post("/api/cases/" + recognised + "/derivatives/" + child + "/decision"), "{\"version\":7,\"grant\":true}");
        }));
    e.add(new Endpoint("POST", "/api/cases/{id}/independent-claims", Command.LODGE_INDEPENDENT_CLAIM.roles(),
        (c, u) -> {
          PersonId wife = fixtures.aDistinctPersonAt(c.staff());
          CaseId family = access.actingAs(c.staff().username(Role.RECEPTION),
              () -> intake.recordIntent(Intake.RecordIntent.of(c.staff().office().id(), fresh(c), Set.of(wife), Channel.OFFICE, null)));
          return json(post("/api/cases/" + family + "/independent-claims"), "{\"version\":0,\"memberId\":\"" + wife + "\"}");
        }));
    e.add(new Endpoint("POST", "/api/cases/{id}/contact-attempts", Command.RECORD_CONTACT_ATTEMPT.roles(),
        (c, u) -> json(post("/api/cases/" + aCase(c.staff(), fresh(c), false) + "/contact-attempts"), "{\"version\":0,\"how\":\"Phone\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/withdrawal", Command.WITHDRAW.roles(),
        (c, u) -> json(post("/api/cases/" + aCase(c.staff(), fresh(c), false) + "/withdrawal"), "{\"version\":0}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/closure", Command.CLOSE_ABANDONED.roles(),
        (c, u) -> json(post("/api/cases/" + abandoned(c) + "/closure"), "{\"version\":5}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/reopening", Command.REOPEN.roles(),
        (c, u) -> json(post("/api/cases/" + withdrawn(c) + "/reopening"), "{\"version\":1,\"reason\":\"New elements\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/hold", Command.HOLD.roles(),
        (c, u) -> json(post("/api/cases/" + aCase(c.staff(), fresh(c), false) + "/hold"), "{\"version\":0,\"reason\":\"Pause\"}")));
    e.add(new Endpoint("POST", "/api/cases/{id}/resume", Command.RESUME.roles(),
        (c, u) -> json(post("/api/cases/" + held(c) + "/resume"), "{\"version\":1}")));
    e.add(new Endpoint("GET", "/api/jurisdiction-profiles/{name}", EVERYONE, (c, u) -> get("/api/jurisdiction-profiles/unhcr-mandate")));
    e.add(new Endpoint("PUT", "/api/jurisdiction-profiles/{name}", roles(Permission.PROFILE_MANAGE),
        (c, u) -> json(put("/api/jurisdiction-profiles/unhcr-mandate"), "{\"appealDays\":30,\"graceDays\":42,\"abandonmentDays\":42,"
            + "\"interviewTargetDays\":182,\"decisionTargetDays\":30,\"priorityDivisor\":2,\"version\":"
            + jdbc.sql("SELECT version FROM jurisdiction_profile WHERE name = 'unhcr-mandate'").query(Long.class).single() + "}")));
    e.add(new Endpoint("POST", "/api/disclosure-requests", roles(Permission.DISCLOSURE_REQUEST_RECORD),
        (c, u) -> json(post("/api/disclosure-requests"), "{\"personId\":\"" + c.person() + "\",\"requester\":\"COURT\",\"purpose\":\"Custody hearing\"}")));
    e.add(new Endpoint("POST", "/api/persons/{id}/removal-requests", roles(Permission.REMOVAL_REQUEST_RECORD),
        (c, u) -> json(post("/api/persons/" + c.person() + "/removal-requests"), "{\"requester\":\"HOST_AUTHORITY\",\"kind\":\"HANDOVER\"}"), 409));
    e.add(new Endpoint("GET", "/api/alerts", roles(Permission.ALERT_READ), (c, u) -> get("/api/alerts")));
    e.add(new Endpoint("POST", "/api/alerts/{id}/acknowledgement", roles(Permission.ALERT_READ),
        (c, u) -> json(post("/api/alerts/" + anAlert(c) + "/acknowledgement"), "{\"note\":\"Seen.\"}")));
    // Pages
    e.add(new Endpoint("GET", "/", EVERYONE, (c, u) -> get("/")));
    e.add(new Endpoint("GET", "/login", EVERYONE, (c, u) -> get("/login")));
    e.add(new Endpoint("GET", "/cases", roles(Permission.CASE_READ), (c, u) -> get("/cases")));
    e.add(new Endpoint("GET", "/cases/new", roles(Permission.CASE_OPEN), (c, u) -> get("/cases/new").param("personId", c.person().toString())));
    e.add(new Endpoint("POST", "/cases", roles(Permission.CASE_OPEN),
        (c, u) -> post("/cases").with(csrf()).param("principalId", fixtures.aDistinctPersonAt(c.staff()).toString()).param("channel", "OFFICE")));
    e.add(new Endpoint("GET", "/cases/{id}", roles(Permission.CASE_READ), (c, u) -> get("/cases/" + c.caseId())));
    e.add(new Endpoint("POST", "/cases/{id}/actions/{command}", Command.REGISTER.roles(),
        (c, u) -> post("/cases/" + aCase(c.staff(), fresh(c), false) + "/actions/REGISTER").with(csrf()).param("version", "0")));
    e.add(new Endpoint("GET", "/cases/{id}/letter", roles(Permission.CASE_READ),
        (c, u) -> get("/cases/" + recognisedWith(c, fixtures.aDistinctPersonAt(c.staff())) + "/letter")));
    e.add(new Endpoint("GET", "/cases/{id}/letter.pdf", roles(Permission.CASE_READ),
        (c, u) -> get("/cases/" + recognisedWith(c, fixtures.aDistinctPersonAt(c.staff())) + "/letter.pdf")));
    e.add(new Endpoint("GET", "/api/cases/{id}/letter", roles(Permission.CASE_READ),
        (c, u) -> get("/api/cases/" + recognisedWith(c, fixtures.aDistinctPersonAt(c.staff())) + "/letter")));
    e.add(new Endpoint("GET", "/alerts", roles(Permission.ALERT_READ), (c, u) -> get("/alerts")));
    Set<Role> placeReaders = EnumSet.copyOf(roles(Permission.MONITORING_READ));
    placeReaders.addAll(roles(Permission.MONITORING_STATISTICS));
    e.add(new Endpoint("GET", "/api/monitoring/places", placeReaders, (c, u) -> get("/api/monitoring/places").param("name", "Longjing")));
    e.add(new Endpoint("POST", "/api/monitoring/reports", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/reports"), "{\"officeId\":\"" + c.staff().office().id() + "\",\"sourceType\":\"MEDIA\","
            + "\"receivedOn\":\"2002-06-01\",\"language\":\"en\",\"content\":\"Returns reported.\"}")));
    e.add(new Endpoint("GET", "/api/monitoring/reports", roles(Permission.MONITORING_READ), (c, u) -> get("/api/monitoring/reports")));
    e.add(new Endpoint("GET", "/api/monitoring/reports/{id}", roles(Permission.MONITORING_READ),
        (c, u) -> get("/api/monitoring/reports/" + aReport(c))));
    e.add(new Endpoint("PUT", "/api/monitoring/reports/{id}", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(put("/api/monitoring/reports/" + aReport(c)), "{\"content\":\"Changed.\"}"), 409));
    e.add(new Endpoint("POST", "/api/monitoring/reports/{id}/imports", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/api/monitoring/reports/" + aReport(c) + "/imports").contentType(MediaType.valueOf("text/csv"))
            .content("hangul,sex\n김철수,MALE\n")));
    e.add(new Endpoint("POST", "/api/monitoring/events", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/events"), "{\"officeId\":\"" + c.staff().office().id() + "\",\"title\":\"Returns\","
            + "\"date\":\"May 2002\"}")));
    e.add(new Endpoint("GET", "/api/monitoring/events", roles(Permission.MONITORING_READ), (c, u) -> get("/api/monitoring/events")));
    e.add(new Endpoint("POST", "/api/monitoring/events/{id}/sensitivity", roles(Permission.MONITORING_REVIEW),
        (c, u) -> json(post("/api/monitoring/events/" + anEvent(c) + "/sensitivity"), "{\"version\":0}")));
    e.add(new Endpoint("POST", "/api/monitoring/interventions/{id}/sensitivity", roles(Permission.MONITORING_REVIEW),
        (c, u) -> json(post("/api/monitoring/interventions/" + anIntervention(c) + "/sensitivity"), "{\"version\":0}")));
    e.add(new Endpoint("POST", "/monitoring/interventions/{id}/sensitivity", roles(Permission.MONITORING_REVIEW),
        (c, u) -> post("/monitoring/interventions/" + anIntervention(c) + "/sensitivity").with(csrf()).param("version", "0")));
    e.add(new Endpoint("POST", "/monitoring/events/{id}/sensitivity", roles(Permission.MONITORING_REVIEW),
        (c, u) -> post("/monitoring/events/" + anEvent(c) + "/sensitivity").with(csrf()).param("version", "0")));
    e.add(new Endpoint("GET", "/api/monitoring/events/{id}", roles(Permission.MONITORING_READ),
        (c, u) -> get("/api/monitoring/events/" + anEvent(c))));
    e.add(new Endpoint("POST", "/api/monitoring/events/{id}/claims/{claimId}/parts", roles(Permission.MONITORING_RECORD), (c, u) -> {
      UUID[] counted = aCountedEvent(c);
      return json(post("/api/monitoring/events/" + counted[0] + "/claims/" + counted[1] + "/parts"),
          "{\"ageBand\":\"UNDER_18\",\"count\":\"2\"}");
    }));
    e.add(new Endpoint("POST", "/api/monitoring/events/{id}/acts", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/events/" + anEvent(c) + "/acts"), "{\"actType\":\"FORCED_RETURN\",\"victimGroup\":\"People\"}")));
    e.add(new Endpoint("POST", "/api/monitoring/events/{id}/information", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/events/" + anEvent(c) + "/information"), "{\"reportId\":\"" + aReport(c) + "\","
            + "\"connection\":\"MEDIA\",\"reliability\":\"C\",\"credibility\":3}")));
    e.add(new Endpoint("POST", "/api/monitoring/events/{id}/review", roles(Permission.MONITORING_REVIEW),
        (c, u) -> json(post("/api/monitoring/events/" + anEvent(c) + "/review"), "{\"version\":0,\"verification\":\"POSSIBLE\","
            + "\"reason\":\"One media source.\"}")));
    e.add(new Endpoint("POST", "/api/monitoring/events/{id}/relations", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/events/" + anEvent(c) + "/relations"), "{\"toEventId\":\"" + anEvent(c) + "\","
            + "\"kind\":\"PRECEDES\"}")));
    e.add(new Endpoint("GET", "/api/monitoring/statistics", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> get("/api/monitoring/statistics").param("from", "2002-04-01").param("to", "2002-05-31")));
    e.add(new Endpoint("GET", "/api/monitoring/estimates", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> get("/api/monitoring/estimates").param("list", aReport(c).toString()).param("list", aReport(c).toString())));
    e.add(new Endpoint("GET", "/monitoring/estimates", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> get("/monitoring/estimates").param("list", aReport(c).toString()).param("list", aReport(c).toString())));
    e.add(new Endpoint("POST", "/api/monitoring/saved-estimates", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> json(post("/api/monitoring/saved-estimates"), "{\"title\":\"Spring\",\"lists\":[\"" + aReport(c) + "\",\""
            + aReport(c) + "\"]}")));
    e.add(new Endpoint("GET", "/api/monitoring/lists", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> get("/api/monitoring/lists").param("actType", "FORCED_RETURN")));
    e.add(new Endpoint("GET", "/api/monitoring/saved-estimates", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> get("/api/monitoring/saved-estimates")));
    e.add(new Endpoint("GET", "/api/monitoring/saved-estimates/{id}", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> get("/api/monitoring/saved-estimates/" + aSavedEstimate(c))));
    e.add(new Endpoint("POST", "/monitoring/saved-estimates", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> post("/monitoring/saved-estimates").with(csrf()).param("title", "Spring").param("list", aReport(c).toString())
            .param("list", aReport(c).toString())));
    e.add(new Endpoint("GET", "/monitoring/saved-estimates/{id}", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> get("/monitoring/saved-estimates/" + aSavedEstimate(c))));
    e.add(new Endpoint("GET", "/monitoring/saved-estimates/{id}/download", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> get("/monitoring/saved-estimates/" + aSavedEstimate(c) + "/download")));
    e.add(new Endpoint("GET", "/monitoring", roles(Permission.MONITORING_READ), (c, u) -> get("/monitoring")));
    e.add(new Endpoint("GET", "/monitoring/reports", roles(Permission.MONITORING_READ), (c, u) -> get("/monitoring/reports")));
    e.add(new Endpoint("GET", "/monitoring/reports/new", roles(Permission.MONITORING_RECORD), (c, u) -> get("/monitoring/reports/new")));
    e.add(new Endpoint("POST", "/monitoring/reports", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/reports").with(csrf()).param("officeId", c.staff().office().id().toString()).param("sourceType", "MEDIA")
            .param("receivedOn", "2002-06-01").param("language", "en").param("content", "Returns reported.")));
    e.add(new Endpoint("GET", "/monitoring/reports/{id}", roles(Permission.MONITORING_READ), (c, u) -> get("/monitoring/reports/" + aReport(c))));
    e.add(new Endpoint("GET", "/monitoring/reports/{id}/import", roles(Permission.MONITORING_RECORD),
        (c, u) -> get("/monitoring/reports/" + aReport(c) + "/import")));
    e.add(new Endpoint("POST", "/monitoring/reports/{id}/import", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/reports/" + aReport(c) + "/import").with(csrf()).param("csv", "hangul,sex\n김철수,MALE\n")
            .param("importId", UUID.randomUUID().toString())));
    e.add(new Endpoint("GET", "/monitoring/imports/{importId}/progress", roles(Permission.MONITORING_RECORD),
        (c, u) -> get("/monitoring/imports/" + UUID.randomUUID() + "/progress")));
    e.add(new Endpoint("GET", "/monitoring/events", roles(Permission.MONITORING_READ), (c, u) -> get("/monitoring/events")));
    e.add(new Endpoint("GET", "/monitoring/events/new", roles(Permission.MONITORING_RECORD), (c, u) -> get("/monitoring/events/new")));
    e.add(new Endpoint("POST", "/monitoring/events", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/events").with(csrf()).param("officeId", c.staff().office().id().toString()).param("title", "Returns")
            .param("date", "May 2002")));
    e.add(new Endpoint("GET", "/monitoring/events/{id}", roles(Permission.MONITORING_READ), (c, u) -> get("/monitoring/events/" + anEvent(c))));
    e.add(new Endpoint("POST", "/monitoring/events/{id}/information", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/events/" + anEvent(c) + "/information").with(csrf()).param("reportId", aReport(c).toString())
            .param("connection", "MEDIA").param("reliability", "C").param("credibility", "3").param("counts", "up to 500")));
    e.add(new Endpoint("POST", "/monitoring/events/{id}/parts", roles(Permission.MONITORING_RECORD), (c, u) -> {
      UUID[] counted = aCountedEvent(c);
      return post("/monitoring/events/" + counted[0] + "/parts").with(csrf()).param("claimId", counted[1].toString())
          .param("sex", "FEMALE").param("count", "2");
    }));
    e.add(new Endpoint("POST", "/monitoring/events/{id}/acts", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/events/" + anEvent(c) + "/acts").with(csrf()).param("actType", "ARREST").param("victimGroup", "Helpers")));
    e.add(new Endpoint("POST", "/monitoring/events/{id}/review", roles(Permission.MONITORING_REVIEW),
        (c, u) -> post("/monitoring/events/" + anEvent(c) + "/review").with(csrf()).param("version", "0").param("verification", "POSSIBLE")
            .param("reason", "One media source.")));
    e.add(new Endpoint("GET", "/monitoring/interventions", roles(Permission.MONITORING_READ), (c, u) -> get("/monitoring/interventions")));
    e.add(new Endpoint("POST", "/monitoring/interventions", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/interventions").with(csrf()).param("officeId", c.staff().office().id().toString())
            .param("addresseeId", anAddressee(c).toString()).param("sentOn", "2002-06-12").param("asked", "Protection.")));
    e.add(new Endpoint("POST", "/monitoring/addressees", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/addressees").with(csrf()).param("officeId", c.staff().office().id().toString())
            .param("name", "Premier " + UUID.randomUUID()).param("kind", "HOST_AUTHORITY")));
    e.add(new Endpoint("POST", "/monitoring/interventions/{id}/follow-ups", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/interventions/" + anIntervention(c) + "/follow-ups").with(csrf()).param("version", "0")
            .param("response", "DENIED").param("status", "CLOSED")));
    e.add(new Endpoint("GET", "/monitoring/persons-of-concern", roles(Permission.MONITORING_READ), (c, u) -> get("/monitoring/persons-of-concern")));
    e.add(new Endpoint("POST", "/monitoring/persons-of-concern", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/persons-of-concern").with(csrf()).param("personId", fixtures.aDistinctPersonAt(c.staff()).toString())
            .param("teamId", c.staff().office().id().toString())));
    e.add(new Endpoint("POST", "/monitoring/persons-of-concern/{personId}/fate", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/persons-of-concern/" + aPersonOfConcern(c) + "/fate").with(csrf()).param("fate", "UNKNOWN")));
    e.add(new Endpoint("GET", "/monitoring/places", roles(Permission.MONITORING_READ), (c, u) -> get("/monitoring/places")));
    e.add(new Endpoint("POST", "/monitoring/places", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/places").with(csrf()).param("level", "TOWN").param("nameLATIN", "Hoeryong " + UUID.randomUUID())));
    e.add(new Endpoint("POST", "/monitoring/events/{id}/relations", roles(Permission.MONITORING_RECORD),
        (c, u) -> post("/monitoring/events/" + anEvent(c) + "/relations").with(csrf()).param("toEventId", anEvent(c).toString())
            .param("kind", "PART_OF")));
    e.add(new Endpoint("GET", "/monitoring/statistics", roles(Permission.MONITORING_STATISTICS), (c, u) -> get("/monitoring/statistics")));
    e.add(new Endpoint("GET", "/monitoring/statistics/download", roles(Permission.MONITORING_STATISTICS),
        (c, u) -> get("/monitoring/statistics/download").param("from", "2002-04-01").param("to", "2002-05-31").param("format", "csv")));
    e.add(new Endpoint("GET", "/monitoring/export/download", roles(Permission.MONITORING_EXPORT),
        (c, u) -> get("/monitoring/export/download").param("format", "csv")));
    e.add(new Endpoint("POST", "/api/monitoring/interventions", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/interventions"), "{\"officeId\":\"" + c.staff().office().id() + "\",\"addresseeId\":\""
            + anAddressee(c) + "\",\"sentOn\":\"2002-06-12\",\"asked\":\"Protection.\"}")));
    e.add(new Endpoint("POST", "/api/monitoring/addressees", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/addressees"), "{\"officeId\":\"" + c.staff().office().id() + "\",\"name\":\"Premier "
            + UUID.randomUUID() + "\",\"kind\":\"HOST_AUTHORITY\"}")));
    e.add(new Endpoint("GET", "/api/monitoring/addressees", roles(Permission.MONITORING_READ), (c, u) -> get("/api/monitoring/addressees")));
    e.add(new Endpoint("GET", "/api/monitoring/interventions", roles(Permission.MONITORING_READ), (c, u) -> get("/api/monitoring/interventions")));
    e.add(new Endpoint("GET", "/api/monitoring/interventions/{id}", roles(Permission.MONITORING_READ),
        (c, u) -> get("/api/monitoring/interventions/" + anIntervention(c))));
    e.add(new Endpoint("POST", "/api/monitoring/interventions/{id}/follow-ups", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/interventions/" + anIntervention(c) + "/follow-ups"),
            "{\"version\":0,\"response\":\"DENIED\",\"status\":\"CLOSED\"}")));
    e.add(new Endpoint("POST", "/api/monitoring/persons-of-concern", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/persons-of-concern"), "{\"personId\":\"" + fixtures.aDistinctPersonAt(c.staff()) + "\","
            + "\"teamId\":\"" + c.staff().office().id() + "\"}")));
    e.add(new Endpoint("GET", "/api/monitoring/persons-of-concern", roles(Permission.MONITORING_READ),
        (c, u) -> get("/api/monitoring/persons-of-concern")));
    e.add(new Endpoint("POST", "/api/monitoring/persons-of-concern/{personId}/fate", roles(Permission.MONITORING_RECORD),
        (c, u) -> json(post("/api/monitoring/persons-of-concern/" + aPersonOfConcern(c) + "/fate"), "{\"fate\":\"UNKNOWN\"}")));
    e.add(new Endpoint("GET", "/api/monitoring/export", roles(Permission.MONITORING_EXPORT), (c, u) -> get("/api/monitoring/export")));
    e.add(new Endpoint("GET", "/removal-requests/new", roles(Permission.REMOVAL_REQUEST_RECORD),
        (c, u) -> get("/removal-requests/new").param("personId", c.person().toString())));
    e.add(new Endpoint("POST", "/removal-requests", roles(Permission.REMOVAL_REQUEST_RECORD),
        (c, u) -> post("/removal-requests").with(csrf()).param("personId", c.person().toString()).param("requester", "HOST_AUTHORITY")
            .param("kind", "HANDOVER"), 409));
    e.add(new Endpoint("GET", "/statistics", roles(Permission.STATISTICS_READ), (c, u) -> get("/statistics")));
    e.add(new Endpoint("GET", "/api/statistics/offices/{officeId}", roles(Permission.STATISTICS_READ),
        (c, u) -> get("/api/statistics/offices/" + c.staff().office().id())));
    e.add(new Endpoint("POST", "/alerts/{id}/acknowledgement", roles(Permission.ALERT_READ),
        (c, u) -> post("/alerts/" + anAlert(c) + "/acknowledgement").with(csrf()).param("note", "Seen.")));
    e.add(new Endpoint("GET", "/persons", roles(Permission.PERSON_READ), (c, u) -> get("/persons")));
    e.add(new Endpoint("GET", "/persons/new", roles(Permission.PERSON_REGISTER), (c, u) -> get("/persons/new")));
    e.add(new Endpoint("POST", "/persons", roles(Permission.PERSON_REGISTER),
        (c, u) -> personForm(post("/persons").param("officeId", c.staff().office().id().toString())
            .param("notADuplicateBecause", "Each role registers its own 리순옥 here."))));
    e.add(new Endpoint("GET", "/persons/{id}", roles(Permission.PERSON_READ), (c, u) -> get("/persons/" + c.person())));
    e.add(new Endpoint("GET", "/api/persons/{id}/possible-duplicates", roles(Permission.PERSON_READ),
        (c, u) -> get("/api/persons/" + c.person() + "/possible-duplicates")));
    e.add(new Endpoint("GET", "/persons/{id}/cluster", roles(Permission.PERSON_READ), (c, u) -> get("/persons/" + c.person() + "/cluster")));
    e.add(new Endpoint("GET", "/linkage", roles(Permission.PERSON_REGISTER),
        (c, u) -> get("/linkage").param("office", c.staff().office().id().toString())));
    e.add(new Endpoint("POST", "/linkage/runs", roles(Permission.PERSON_REGISTER),
        (c, u) -> post("/linkage/runs").with(csrf()).param("office", idleForLinkage(c).toString())));
    e.add(new Endpoint("GET", "/linkage/runs/{id}", roles(Permission.PERSON_REGISTER), (c, u) -> get("/linkage/runs/" + aLinkageRun(c))));
    e.add(new Endpoint("POST", "/link-candidates/{id}/decision", roles(Permission.PERSON_REGISTER),
        (c, u) -> post("/link-candidates/" + aLinkCandidate(c) + "/decision").with(csrf())
            .param("office", c.staff().office().id().toString()).param("decision", "DEFER")));
    e.add(new Endpoint("POST", "/person-links/{id}/withdrawal", roles(Permission.PERSON_REGISTER),
        (c, u) -> post("/person-links/" + aPersonLink(c) + "/withdrawal").with(csrf())
            .param("person", c.person().toString()).param("reason", "Asserted in error.")));
    e.add(new Endpoint("GET", "/persons/{id}/access-log", roles(Permission.PERSON_ACCESS_LOG_READ),
        (c, u) -> get("/persons/" + c.person() + "/access-log")));
    e.add(new Endpoint("GET", "/persons/{id}/edit", roles(Permission.PERSON_REGISTER), (c, u) -> get("/persons/" + c.person() + "/edit")));
    e.add(new Endpoint("POST", "/persons/{id}", roles(Permission.PERSON_REGISTER),
        (c, u) -> personForm(post("/persons/" + c.person()).param("version", Long.toString(version("person", c.person().value())))
            .param("notADuplicateBecause", "Each role revises its own 박순희 here."))));
    e.add(new Endpoint("POST", "/persons/{id}/whereabouts", roles(Permission.WHEREABOUTS_RECORD),
        (c, u) -> post("/persons/" + c.person() + "/whereabouts").with(csrf()).param("status", "RELEASED").param("on", "June 2002")));
    e.add(new Endpoint("POST", "/persons/{id}/consents", roles(Permission.CONSENT_RECORD),
        (c, u) -> post("/persons/" + c.person() + "/consents").with(csrf()).param("purpose", "PHOTOGRAPH").param("given", "false")));
    e.add(new Endpoint("GET", "/groups", roles(Permission.PERSON_READ), (c, u) -> get("/groups")));
    e.add(new Endpoint("GET", "/groups/new", roles(Permission.PERSON_REGISTER), (c, u) -> get("/groups/new")));
    e.add(new Endpoint("POST", "/groups", roles(Permission.PERSON_REGISTER),
        (c, u) -> groupForm(post("/groups").param("officeId", c.staff().office().id().toString()), c)));
    e.add(new Endpoint("GET", "/groups/{id}", roles(Permission.PERSON_READ), (c, u) -> get("/groups/" + c.group())));
    e.add(new Endpoint("GET", "/groups/{id}/edit", roles(Permission.PERSON_REGISTER), (c, u) -> get("/groups/" + c.group() + "/edit")));
    e.add(new Endpoint("POST", "/groups/{id}", roles(Permission.PERSON_REGISTER),
        (c, u) -> groupForm(post("/groups/" + c.group()).param("version", Long.toString(version("registration_group", c.group()))), c)));
    e.add(new Endpoint("GET", "/audit", roles(Permission.AUDIT_READ), (c, u) -> get("/audit")));
    e.add(new Endpoint("GET", "/admin/users", roles(Permission.USER_MANAGE), (c, u) -> get("/admin/users")));
    e.add(new Endpoint("GET", "/admin/users/new", roles(Permission.USER_MANAGE), (c, u) -> get("/admin/users/new")));
    e.add(new Endpoint("POST", "/admin/users", roles(Permission.USER_MANAGE),
        (c, u) -> post("/admin/users").with(csrf()).param("username", "p" + UUID.randomUUID().toString().substring(0, 8))
            .param("displayName", "Page user").param("password", "a-long-password")
            .param("grants", c.staff().office().id() + ":ANALYST")));
    e.add(new Endpoint("GET", "/admin/users/{id}", roles(Permission.USER_MANAGE), (c, u) -> get("/admin/users/" + c.otherUser())));
    e.add(new Endpoint("POST", "/admin/users/{id}", roles(Permission.USER_MANAGE),
        (c, u) -> post("/admin/users/" + c.otherUser()).with(csrf()).param("displayName", "Renamed on page")
            .param("enabled", "true").param("version", Long.toString(version("app_user", c.otherUser())))
            .param("grants", c.staff().office().id() + ":ANALYST")));
    e.add(new Endpoint("GET", "/admin/offices", roles(Permission.OFFICE_MANAGE), (c, u) -> get("/admin/offices")));
    e.add(new Endpoint("POST", "/admin/offices/names", roles(Permission.OFFICE_MANAGE),
        (c, u) -> post("/admin/offices/names").with(csrf()).param("officeId", c.staff().office().id().toString())
            .param("language", "zh").param("name", "测试办事处")));
    e.add(new Endpoint("POST", "/admin/offices", roles(Permission.OFFICE_MANAGE),
        (c, u) -> post("/admin/offices").with(csrf()).param("code", Fixtures.randomCode()).param("name", "Page office").param("type", "NATIONAL_AUTHORITY")));
    // One's own password: a wrong current password is refused beside the field, whoever asks.
    e.add(new Endpoint("GET", "/account/password", EVERYONE, (c, u) -> get("/account/password")));
    e.add(new Endpoint("POST", "/account/password", EVERYONE, (c, u) -> post("/account/password").with(csrf())
        .param("currentPassword", "not-the-password").param("newPassword", "lanterns over the river")
        .param("repeatPassword", "lanterns over the river")));
    e.add(new Endpoint("POST", "/api/me/password", EVERYONE, (c, u) -> json(post("/api/me/password"),
        "{\"currentPassword\":\"not-the-password\",\"newPassword\":\"lanterns over the river\"}"), 400));
    e.add(new Endpoint("POST", "/api/users/{id}/password-reset", roles(Permission.USER_MANAGE),
        (c, u) -> post("/api/users/" + aThrowawayUser(c) + "/password-reset")));
    e.add(new Endpoint("POST", "/admin/users/{id}/password-reset", roles(Permission.USER_MANAGE),
        (c, u) -> post("/admin/users/" + aThrowawayUser(c) + "/password-reset").with(csrf())));
    // The second factor: pages for oneself, resets by administrators.
    e.add(new Endpoint("GET", "/login/second-factor", EVERYONE, (c, u) -> get("/login/second-factor")));
    e.add(new Endpoint("POST", "/login/second-factor", EVERYONE, (c, u) -> post("/login/second-factor").with(csrf()).param("code", "000000")));
    e.add(new Endpoint("GET", "/account/two-factor", EVERYONE, (c, u) -> get("/account/two-factor")));
    e.add(new Endpoint("POST", "/account/two-factor", EVERYONE, (c, u) -> post("/account/two-factor").with(csrf()).param("code", "000000")));
    e.add(new Endpoint("POST", "/api/users/{id}/two-factor-reset", roles(Permission.USER_MANAGE),
        (c, u) -> post("/api/users/" + aThrowawayUser(c) + "/two-factor-reset")));
    e.add(new Endpoint("POST", "/admin/users/{id}/two-factor-reset", roles(Permission.USER_MANAGE),
        (c, u) -> post("/admin/users/" + aThrowawayUser(c) + "/two-factor-reset").with(csrf())));
    e.add(new Endpoint("POST", "/api/offices/{id}/key-rotation", roles(Permission.OFFICE_MANAGE),
        (c, u) -> post("/api/offices/" + c.staff().office().id() + "/key-rotation")));
    e.add(new Endpoint("GET", "/api/role-grants", roles(Permission.USER_MANAGE), (c, u) -> get("/api/role-grants")));
    e.add(new Endpoint("POST", "/api/role-grants/{id}/approval", roles(Permission.USER_MANAGE),
        (c, u) -> post("/api/role-grants/" + aWaitingGrant(c) + "/approval")));
    e.add(new Endpoint("POST", "/api/role-grants/{id}/rejection", roles(Permission.USER_MANAGE),
        (c, u) -> post("/api/role-grants/" + aWaitingGrant(c) + "/rejection")));
    e.add(new Endpoint("POST", "/admin/role-grants/{id}/approval", roles(Permission.USER_MANAGE),
        (c, u) -> post("/admin/role-grants/" + aWaitingGrant(c) + "/approval").with(csrf())));
    e.add(new Endpoint("POST", "/admin/role-grants/{id}/rejection", roles(Permission.USER_MANAGE),
        (c, u) -> post("/admin/role-grants/" + aWaitingGrant(c) + "/rejection").with(csrf())));
    return e;
  }

  /** A monitor role for a new user, asked for by another user than the caller, waiting for a decision. */
  private UUID aWaitingGrant(Call c) {
    UUID grant = UUID.randomUUID();
    jdbc.sql("INSERT INTO role_grant (id, user_id, office_id, role, requested_by, requested_at) VALUES (?, ?, ?, 'MONITOR', ?, ?)")
        .params(grant, aThrowawayUser(c), c.staff().office().id().value(), c.otherUser(), java.time.OffsetDateTime.now())
        .update();
    return grant;
  }

  /** A user of the office whose password may be reset without disturbing the users the matrix calls as. */
  private UUID aThrowawayUser(Call c) {
    return fixtures.addUser("t" + UUID.randomUUID().toString().substring(0, 8), c.staff(), Role.ANALYST);
  }

  /** Endpoints checked by their own tests: token issue and revoke need a real token. */
  private static final Set<String> COVERED_ELSEWHERE = Set.of("POST /api/tokens", "DELETE /api/tokens/current");

  @Test
  void everyRoleIsAllowedExactlyWhereThePermissionTableSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Role role : Role.values()) {
        String username = call.staff().username(role);
        int status =
            mvc.perform(endpoint.request().apply(call, username).with(user(fixtures.user(username))))
                .andReturn()
                .getResponse()
                .getStatus();
        boolean allowed = endpoint.allowed().contains(role);
        boolean ok =
            allowed
                ? (endpoint.allowedStatus() == 0 ? status >= 200 && status < 400 : status == endpoint.allowedStatus())
                : status == 403;
        if (!ok) {
          wrong.add(endpoint.method() + " " + endpoint.pattern() + " as " + role + " → " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * Organisation-wide records (users, role grants, jurisdiction profiles, office keys) belong to no
   * office; an import's progress is the caller's own (another user's id shows nothing).
   */
  private static boolean ofAnOffice(Endpoint endpoint) {
    String p = endpoint.pattern();
    return p.contains("{") && !p.startsWith("/monitoring/imports/") && !p.startsWith("/api/users") && !p.startsWith("/admin/") && !p.startsWith("/api/role-grants")
        && !p.startsWith("/api/jurisdiction-profiles") && !p.startsWith("/api/offices/");
  }

  /**
   * The other half of segregation: every endpoint that names a record of this office (a person, a
   * case, an event, a report, an intervention, an alert), called by every role of another office,
   * answers 403 or 404 — the record is neither shown nor changed, pages and API alike.
   */
  @Test
  void noRoleOfAnotherOfficeReachesThisOfficesRecords() throws Exception {
    Fixtures.Staffed stranger = fixtures.anOfficeWithEveryRole();
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      if (!ofAnOffice(endpoint)) {
        continue;
      }
      for (Role role : Role.values()) {
        String username = stranger.username(role);
        int status = mvc.perform(endpoint.request().apply(call, username).with(user(fixtures.user(username))))
            .andReturn().getResponse().getStatus();
        if (status != 403 && status != 404) {
          wrong.add(endpoint.method() + " " + endpoint.pattern() + " as " + role + " of another office → " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theMatrixCoversEveryEndpointTheApplicationServes() {
    Set<String> served = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (!method.getBeanType().getPackageName().startsWith("org.sanctuary")) {
        return;
      }
      for (String pattern : info.getPatternValues()) {
        for (var verb : info.getMethodsCondition().getMethods()) {
          served.add(verb.name() + " " + pattern);
        }
      }
    });
    Set<String> covered = new TreeSet<>(COVERED_ELSEWHERE);
    endpoints().forEach(e -> covered.add(e.method() + " " + e.pattern()));
    assertThat(covered).isEqualTo(served);
  }

  /** Another person of the call's office, with no claim yet: a person has one open claim at a time. */
  private PersonId fresh(Call c) {
    return fixtures.aDistinctPersonAt(c.staff());
  }

  /** A fresh case of the person, opened by reception and, if asked, registered. */
  private CaseId aCase(Fixtures.Staffed staff, PersonId person, boolean registered) {
    CaseId id = access.actingAs(staff.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(staff.office().id(), person, Set.of(), Channel.OFFICE, null)));
    if (registered) {
      access.actingAs(staff.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, null, null)));
    }
    return id;
  }

  private CaseId anInformedCase(Call c) {
    CaseId id = aCase(c.staff(), fresh(c), true);
    access.actingAs(c.staff().username(Role.REGISTRAR), () -> intake.provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    return id;
  }

  /** The path of an interview booked on a fresh case. */
  private String aScheduledInterview(Call c) {
    CaseId id = anInformedCase(c);
    UUID interview = access.actingAs(c.staff().username(Role.RECEPTION),
        () -> interviews.schedule(id, new Interviews.ScheduleInterview(2L, c.staff().username(Role.ELIGIBILITY_OFFICER), null, null, null, null, null, null, null)));
    return "/api/cases/" + id + "/interviews/" + interview;
  }

  /**
   * A claim received at a mission intake point where the call's users hold their roles too (version
   * 0), to be referred to the call's office.
   */
  private CaseId aMissionCase(Call c) {
    Fixtures.Staffed mission = fixtures.anOfficeWithEveryRole(org.sanctuary.access.OfficeType.DIPLOMATIC_MISSION);
    for (Role role : Role.values()) {
      UUID user = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(c.staff().username(role)).query(UUID.class).single();
      jdbc.sql("INSERT INTO membership (user_id, office_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
          .params(user, mission.office().id().value(), role.name()).update();
    }
    PersonId person = fixtures.aPersonAt(mission, "한성민");
    return access.actingAs(mission.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(mission.office().id(), person, Set.of(), Channel.DIPLOMATIC_PREMISES, null)));
  }

  /** A refugee recognised today (version 7) and, if asked, with an ending of the status proposed (version 8). */
  private CaseId aRecognisedCase(Call c, boolean endingProposed) {
    String path = aScheduledInterview(c);
    CaseId id = new CaseId(UUID.fromString(path.split("/")[3]));
    UUID interview = UUID.fromString(path.split("/")[5]);
    Fixtures.Staffed s = c.staff();
    var yes = new org.sanctuary.procedure.decision.Assessment.Element(org.sanctuary.procedure.decision.Finding.POSITIVE, "Established.");
    access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> interviews.record(id, interview, new Interviews.RecordInterview(3L, true, null, null, null)));
    access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> decisions.writeAssessment(id, Decisions.WriteAssessment.of(4, new org.sanctuary.procedure.decision.Assessment(yes, yes, yes, yes, yes, yes,
            Set.of(org.sanctuary.procedure.decision.ConventionGround.RELIGION), yes, "Considered.",
            org.sanctuary.procedure.decision.Exclusion.NOT_EXCLUDED, null, null))));
    access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> decisions.draft(id, Decisions.DraftDecision.of(5, new org.sanctuary.procedure.decision.DecisionDraft(org.sanctuary.procedure.decision.DecisionDraft.Outcome.RECOGNITION,
            Set.of(), null, "Art 1A(2)", null, "ko", Set.of()))));
    access.actingAs(s.username(Role.SUPERVISOR),
        () -> decisions.sign(id, new Decisions.SignDecision(6L, org.sanctuary.procedure.disclosure.RecipientType.APPLICANT, null, null, null)));
    if (endingProposed) {
      access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> endings.propose(id, new StatusEndings.ProposeStatusEnding(7L, org.sanctuary.procedure.StatusEnding.Kind.CESSATION, "1C(5)", "Circumstances changed.", null, null)));
    }
    return id;
  }

  /** A case heard with its interview record left open (version 4). */
  private CaseId anOpenInterviewRecord(Call c) {
    String path = aScheduledInterview(c);
    CaseId id = new CaseId(UUID.fromString(path.split("/")[3]));
    UUID interview = UUID.fromString(path.split("/")[5]);
    access.actingAs(c.staff().username(Role.ELIGIBILITY_OFFICER),
        () -> interviews.record(id, interview, new Interviews.RecordInterview(3L, false, null, null, null)));
    return id;
  }

  /** A case of the call's person taken to a version: 4 heard, 5 assessed, 6 drafted, 7 rejected, 8 appealed, 9 assigned. */
  record Advanced(CaseId id, UUID appeal) {}

  private Advanced advanced(Call c, int version) {
    String path = aScheduledInterview(c);
    CaseId id = new CaseId(UUID.fromString(path.split("/")[3]));
    UUID interview = UUID.fromString(path.split("/")[5]);
    Fixtures.Staffed s = c.staff();
    access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> interviews.record(id, interview, new Interviews.RecordInterview(3L, true, null, null, null)));
    var yes = new org.sanctuary.procedure.decision.Assessment.Element(org.sanctuary.procedure.decision.Finding.POSITIVE, "Established.");
    var no = new org.sanctuary.procedure.decision.Assessment.Element(org.sanctuary.procedure.decision.Finding.NEGATIVE, "Contradictions.");
    if (version >= 5) {
      access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> decisions.writeAssessment(id, Decisions.WriteAssessment.of(4, new org.sanctuary.procedure.decision.Assessment(yes, no, yes, yes, yes, yes, Set.of(), yes, "Illegal exit considered.",
              org.sanctuary.procedure.decision.Exclusion.NOT_EXCLUDED, null, null))));
    }
    if (version >= 6) {
      access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> decisions.draft(id, Decisions.DraftDecision.of(5, new org.sanctuary.procedure.decision.DecisionDraft(org.sanctuary.procedure.decision.DecisionDraft.Outcome.REJECTION,
              Set.of("CREDIBILITY"), "Reasons.", "Art 1A(2)", "Appeal within 30 days.", "ko", Set.of()))));
    }
    if (version >= 7) {
      access.actingAs(s.username(Role.SUPERVISOR),
          () -> decisions.sign(id, new Decisions.SignDecision(6L, org.sanctuary.procedure.disclosure.RecipientType.APPLICANT, null, null, null)));
    }
    UUID appeal = null;
    if (version >= 8) {
      appeal = access.actingAs(s.username(Role.REGISTRAR), () -> appeals.lodge(id, new Appeals.LodgeAppeal(7L, null, null)));
    }
    if (version >= 9) {
      UUID lodged = appeal;
      access.actingAs(s.username(Role.SUPERVISOR), () -> appeals.assign(id, lodged, new Appeals.AssignAppeal(8L, s.username(Role.APPEAL_OFFICER), null, null)));
    }
    return new Advanced(id, appeal);
  }

  /** A recognised case of the call's person with the dependant given (version 7). */
  private CaseId recognisedWith(Call c, PersonId dependant) {
    Fixtures.Staffed s = c.staff();
    CaseId id = access.actingAs(s.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(s.office().id(), fresh(c), Set.of(dependant), Channel.OFFICE, null)));
    access.actingAs(s.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, null, null)));
    access.actingAs(s.username(Role.REGISTRAR), () -> intake.provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(s.username(Role.RECEPTION),
        () -> interviews.schedule(id, new Interviews.ScheduleInterview(2L, s.username(Role.ELIGIBILITY_OFFICER), null, null, null, null, null, null, null)));
    access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> interviews.record(id, interview, new Interviews.RecordInterview(3L, true, null, null, null)));
    var yes = new org.sanctuary.procedure.decision.Assessment.Element(org.sanctuary.procedure.decision.Finding.POSITIVE, "Established.");
    access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> decisions.writeAssessment(id, Decisions.WriteAssessment.of(4, new org.sanctuary.procedure.decision.Assessment(yes, yes, yes, yes, yes, yes,
            Set.of(org.sanctuary.procedure.decision.ConventionGround.POLITICAL_OPINION), yes, "Illegal exit is punished.",
            org.sanctuary.procedure.decision.Exclusion.NOT_EXCLUDED, null, null))));
    access.actingAs(s.username(Role.ELIGIBILITY_OFFICER), () -> decisions.draft(id, Decisions.DraftDecision.of(5, new org.sanctuary.procedure.decision.DecisionDraft(org.sanctuary.procedure.decision.DecisionDraft.Outcome.RECOGNITION,
            Set.of(), null, "Art 1A(2)", null, "ko", Set.of()))));
    access.actingAs(s.username(Role.SUPERVISOR),
        () -> decisions.sign(id, new Decisions.SignDecision(6L, org.sanctuary.procedure.disclosure.RecipientType.APPLICANT, null, null, null)));
    return id;
  }

  private CaseId withdrawn(Call c) {
    CaseId id = aCase(c.staff(), fresh(c), false);
    access.actingAs(c.staff().username(Role.REGISTRAR), () -> casework.withdraw(id, new Casework.Withdraw(0L, false, null, null)));
    return id;
  }

  private CaseId held(Call c) {
    CaseId id = aCase(c.staff(), fresh(c), false);
    access.actingAs(c.staff().username(Role.SUPERVISOR), () -> casework.hold(id, new Casework.Hold(0L, "Pause", null, null)));
    return id;
  }

  /** A case whose applicant missed the interview two months ago and was sought once (version 5). */
  private CaseId abandoned(Call c) {
    Fixtures.Staffed s = c.staff();
    java.time.LocalDate before = java.time.LocalDate.now().minusDays(80);
    CaseId id = access.actingAs(s.username(Role.RECEPTION),
        () -> intake.asOf(before).recordIntent(Intake.RecordIntent.of(s.office().id(), fresh(c), Set.of(), Channel.OFFICE, null)));
    access.actingAs(s.username(Role.REGISTRAR), () -> intake.asOf(before).register(id, new Intake.Register(0L, null, null)));
    access.actingAs(s.username(Role.REGISTRAR), () -> intake.asOf(before).provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(s.username(Role.RECEPTION),
        () -> interviews.asOf(before).schedule(id, new Interviews.ScheduleInterview(2L, s.username(Role.ELIGIBILITY_OFFICER), null, null, null, null, null, null, null)));
    access.actingAs(s.username(Role.RECEPTION), () -> interviews.asOf(before.plusDays(5)).recordNoShow(id, interview, new Interviews.RecordNoShow(3L, null, null)));
    access.actingAs(s.username(Role.REGISTRAR), () -> interviews.asOf(before.plusDays(6)).recordContactAttempt(id, new Interviews.RecordContactAttempt(4L, "Phone", null, null)));
    return id;
  }

  /** An open alert of the office, raised by a refused handover. */
  private UUID anAlert(Call c) {
    access.actingAs(c.staff().username(Role.PROTECTION_OFFICER),
        () -> removals.record(c.person(), Requester.HOST_AUTHORITY, RemovalKind.HANDOVER, null, null));
    return jdbc.sql("SELECT id FROM alert WHERE office_id = ? AND acknowledged_at IS NULL ORDER BY raised_at DESC LIMIT 1")
        .param(c.staff().office().id().value())
        .query(UUID.class)
        .single();
  }

  private UUID aReport(Call c) {
    return access.actingAs(c.staff().username(Role.MONITOR), () -> reports.file(new org.sanctuary.monitoring.reports.SourceReports.Draft(
        c.staff().office().id(), org.sanctuary.monitoring.reports.SourceReport.SourceType.WITNESS, java.time.LocalDate.of(2002, 6, 2), "ko",
        "A witness saw trucks.", "A teacher", org.sanctuary.monitoring.reports.SourceReport.Confidentiality.CONFIDENTIAL, null)));
  }

  private UUID aSavedEstimate(Call c) {
    return access.actingAs(c.staff().username(Role.MONITOR), () -> overlaps.save("Spring 2002", List.of(aReport(c), aReport(c)),
        org.sanctuary.monitoring.estimates.ListOverlaps.ListFilter.NONE));
  }

  private UUID anAddressee(Call c) {
    return access.actingAs(c.staff().username(Role.MONITOR), () -> interventions.addAddressee(c.staff().office().id(),
        "Premier " + UUID.randomUUID(), org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY));
  }

  private UUID anIntervention(Call c) {
    return access.actingAs(c.staff().username(Role.MONITOR), () -> interventions.record(new org.sanctuary.monitoring.interventions.Interventions.Draft(
        c.staff().office().id(), interventions.addAddressee(c.staff().office().id(), "Premier " + UUID.randomUUID(),
            org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY),
        java.time.LocalDate.of(2002, 6, 12), "Protection.", null, null, List.of(), List.of())));
  }

  private PersonId aPersonOfConcern(Call c) {
    PersonId person = fixtures.aDistinctPersonAt(c.staff());
    access.actingAs(c.staff().username(Role.MONITOR), () -> {
      concern.follow(person, c.staff().office().id());
      return null;
    });
    return person;
  }

  /** An event and the count a report gave for it. */
  private UUID[] aCountedEvent(Call c) {
    UUID event = anEvent(c);
    UUID report = aReport(c);
    return access.actingAs(c.staff().username(Role.MONITOR), () -> {
      events.addInformation(event, new org.sanctuary.monitoring.events.Events.InformationDraft(report, null,
          org.sanctuary.monitoring.events.MonitoringEvent.Connection.WITNESS, "B", 2, List.of("up to 10")));
      return new UUID[] {event, events.read(event).claims().get(0).id()};
    });
  }

  private UUID anEvent(Call c) {
    return access.actingAs(c.staff().username(Role.MONITOR), () -> events.record(new org.sanctuary.monitoring.events.Events.EventDraft(
        c.staff().office().id(), "Returns at Tumen", "May 2002", null, null, null)));
  }

  private static Set<Role> roles(Permission permission) {
    return permission.roles();
  }

  private long version(String table, UUID id) {
    return jdbc.sql("SELECT version FROM " + table + " WHERE id = ?").param(id).query(Long.class).single();
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  /** The call's office once no linkage run of it is working (one run at a time per office). */
  private UUID idleForLinkage(Call c) {
    UUID office = c.staff().office().id().value();
    for (int i = 0; i < 600 && jdbc.sql("SELECT COUNT(*) FROM linkage_run WHERE office_id = ? AND status = 'RUNNING'")
        .param(office).query(Long.class).single() > 0; i++) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return office;
  }

  /** A finished linkage run of the call's office. */
  private UUID aLinkageRun(Call c) {
    UUID run = UUID.randomUUID();
    jdbc.sql("INSERT INTO linkage_run (id, office_id, started_by, started_at, finished_at, records, candidate_pairs, proposed,"
            + " to_review, skipped_blocks, match_share, parameters) VALUES (?, ?, 'fixture', ?, ?, 2, 1, 0, 1, 0, 0.5, 'fixture')")
        .params(run, c.staff().office().id().value(), java.time.OffsetDateTime.now(), java.time.OffsetDateTime.now()).update();
    return run;
  }

  /** A pair proposed by a linkage run of the call's office, between two fresh persons. */
  private UUID aLinkCandidate(Call c) {
    UUID run = aLinkageRun(c);
    UUID candidate = UUID.randomUUID();
    jdbc.sql("INSERT INTO link_candidate (id, run_id, office_id, first_person, second_person, probability, contributions, status)"
            + " VALUES (?, ?, ?, ?, ?, 0.7, 'names:3.000,birth:1.000,sex:0.500', 'TO_REVIEW')")
        .params(candidate, run, c.staff().office().id().value(), fixtures.aDistinctPersonAt(c.staff()).value(),
            fixtures.aDistinctPersonAt(c.staff()).value())
        .update();
    return candidate;
  }

  /** A "same as" link between two fresh persons of the call's office. */
  private UUID aPersonLink(Call c) {
    UUID link = UUID.randomUUID();
    jdbc.sql("INSERT INTO person_link (id, office_id, first_person, second_person, same_person, score, reason, asserted_by,"
            + " asserted_at) VALUES (?, ?, ?, ?, TRUE, 0.99, 'Same person.', 'fixture', ?)")
        .params(link, c.staff().office().id().value(), fixtures.aDistinctPersonAt(c.staff()).value(),
            fixtures.aDistinctPersonAt(c.staff()).value(), java.time.OffsetDateTime.now())
        .update();
    return link;
  }

  private static String personJson(Call c, Long version) {
    return "{\"officeId\":\"" + c.staff().office().id() + "\"," + (version == null ? "" : "\"version\":" + version + ",")
        + "\"names\":[{\"script\":\"HANGUL\",\"value\":\"리순옥\",\"primary\":true}],\"sex\":\"FEMALE\","
        + "\"languages\":[\"ko\"],\"bestLanguage\":\"ko\",\"interviewerPreference\":\"FEMALE\""
        + ",\"notADuplicateBecause\":\"Each role registers its own 리순옥 here.\"}";
  }

  private static MockHttpServletRequestBuilder personForm(MockHttpServletRequestBuilder request) {
    return request.with(csrf()).param("names[0].script", "HANGUL").param("names[0].value", "박순희")
        .param("primaryName", "0").param("sex", "FEMALE").param("languages", "ko").param("bestLanguage", "ko");
  }

  private static MockHttpServletRequestBuilder groupForm(MockHttpServletRequestBuilder request, Call c) {
    return request.with(csrf()).param("label", "Page group").param("kind", "HOUSEHOLD").param("members", c.personReference());
  }
}
