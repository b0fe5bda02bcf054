package org.sanctuary.monitoring;

import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.interventions.Intervention;
import org.sanctuary.monitoring.interventions.Interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The monitoring forms a team uses beyond the journey: a detention recorded with what observers know,
 * an act done to a registered person named by reference, events related, and an intervention for
 * the persons it concerns. Errors come back beside the field and change nothing.
 */
@SanctuaryTest
class MonitoringPagesTest {

  @Autowired MockMvc mvc;
  @Autowired org.sanctuary.monitoring.reports.SourceReports reports;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Events events;
  @Autowired PersonDirectory persons;
  @Autowired Interventions interventions;
  @Autowired org.sanctuary.monitoring.concern.PersonsOfConcern concern;
  @Autowired org.sanctuary.monitoring.places.Gazetteer places;

  private Fixtures.Staffed team;
  private PersonId boy;

  @BeforeEach
  void aTeamAndAChild() {
    team = fixtures.anOfficeWithEveryRole();
    boy = fixtures.aPersonAt(team, "김준");
  }

  @Test
  void aDetentionIsRecordedWithWhatObserversKnowAndOnlyForADetention() throws Exception {
    MockHttpServletResponse refused = send(post("/persons/" + boy + "/whereabouts").param("status", "AT_LARGE").param("on", "June 2002")
        .param("detention.acknowledged", "DENIED"));
    assertThat(refused.getContentAsString()).contains("is recorded only with the status DETAINED");
    assertThat(whereabouts()).isZero();

    MockHttpServletResponse recorded = send(post("/persons/" + boy + "/whereabouts").param("status", "DETAINED").param("on", "end of May 2002")
        .param("detention.acknowledged", "DENIED").param("detention.locationDisclosed", "false").param("detention.observerAccess", ""));
    assertThat(recorded.getStatus()).isEqualTo(302);
    String page = send(get("/persons/" + boy)).getContentAsString();
    assertThat(page).contains("denied").contains("place not disclosed").doesNotContain("observers admitted");
  }

  @Test
  void anActDoneToARegisteredPersonIsNamedByReferenceAndEventsAreRelated() throws Exception {
    UUID detention = event("Six detained in South China");
    UUID appeal = event("Appeals for the six");
    String reference = access.actingAs(team.username(Role.MONITOR), () -> persons.read(boy)).reference();

    MockHttpServletResponse unknown = send(post("/monitoring/events/" + detention + "/acts").param("actType", "DETENTION")
        .param("victimReference", "NOBODY-1"));
    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(unknown.getContentAsString()).contains("no person you may see has this reference");

    send(post("/monitoring/events/" + detention + "/acts").param("actType", "DETENTION").param("victimReference", reference)
        .param("victimStatusAfter", "WHEREABOUTS_UNKNOWN").param("perpetrator", "Public security").param("perpetratorKind", "AUTHORITY")
        .param("degree", "CARRIED_OUT"));
    send(post("/monitoring/events/" + appeal + "/relations").param("toEventId", detention.toString()).param("kind", "CONSEQUENCE_OF"));

    MonitoringEvent recorded = access.actingAs(team.username(Role.MONITOR), () -> events.read(detention));
    assertThat(recorded.acts()).singleElement().satisfies(a -> {
      assertThat(a.victimPerson()).isEqualTo(boy.value());
      assertThat(a.victimStatusAfter()).isEqualTo("WHEREABOUTS_UNKNOWN");
      assertThat(a.involvements()).extracting(MonitoringEvent.Involvement::degree).containsExactly(MonitoringEvent.Degree.CARRIED_OUT);
    });
    assertThat(access.actingAs(team.username(Role.MONITOR), () -> events.read(appeal)).relations())
        .containsExactly(new MonitoringEvent.Relation(detention, MonitoringEvent.RelationKind.CONSEQUENCE_OF));
  }

  @Test
  void anInterventionIsRecordedForThePersonsItConcerns() throws Exception {
    UUID detention = event("Six detained in South China");
    send(post("/monitoring/interventions").param("officeId", team.office().id().toString()).param("addresseeId", fixtures.anAddressee(team, org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY).toString())
        .param("sentOn", "2002-06-12").param("asked", "Protection for the six.").param("priority", "HIGH")
        .param("nextFollowUp", "2002-07-12").param("personIds", boy.toString()).param("eventIds", detention.toString()));
    Intervention recorded = access.actingAs(team.username(Role.MONITOR),
        () -> interventions.list(false, new org.sanctuary.shared.PageRequest(0, 10))).items().get(0);
    assertThat(recorded.persons()).containsExactly(boy.value());
    assertThat(recorded.events()).containsExactly(detention);
    assertThat(recorded.priority()).isEqualTo(Intervention.Priority.HIGH);
  }

  @Test
  void aFollowUpOrAReviewSavedByAnotherMeanwhileIsRefusedWithWhatWasTypedKept() throws Exception {
    send(post("/monitoring/interventions").param("officeId", team.office().id().toString()).param("addresseeId", fixtures.anAddressee(team, org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY).toString())
        .param("sentOn", "2002-06-12").param("asked", "Protection for the six.").param("priority", "HIGH")
        .param("nextFollowUp", "2002-07-12").param("personIds", boy.toString()));
    Intervention recorded = access.actingAs(team.username(Role.MONITOR),
        () -> interventions.list(false, new org.sanctuary.shared.PageRequest(0, 10))).items().get(0);
    // A colleague records a follow-up first (version 0 -> 1); this one was typed against version 0.
    access.actingAs(team.username(Role.MONITOR), () -> {
      interventions.followUp(recorded.id(), 0, Intervention.Response.TOKEN, "They called back.", Intervention.Status.OPEN,
          java.time.LocalDate.now().plusDays(7));
      return null;
    });
    MockHttpServletResponse stale = send(post("/monitoring/interventions/" + recorded.id() + "/follow-ups").param("version", "0")
        .param("response", "DENIED").param("note", "Refused by letter of 3 July.").param("status", "OPEN")
        .param("nextFollowUp", java.time.LocalDate.now().plusDays(30).toString()));
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentAsString()).contains("value=\"Refused by letter of 3 July.\"").contains("someone saved this after you opened it")
        .contains("<option value=\"DENIED\" selected=\"selected\"");

    UUID detention = event("Six detained in South China");
    long version = access.actingAs(team.username(Role.MONITOR), () -> events.read(detention)).version();
    MockHttpServletResponse first = mvc.perform(post("/monitoring/events/" + detention + "/review").with(csrf())
            .with(user(fixtures.user(team.username(Role.SUPERVISOR)))).param("version", String.valueOf(version))
            .param("verification", "LIKELY").param("reason", "Two independent sources."))
        .andReturn().getResponse();
    assertThat(first.getStatus()).isEqualTo(302);
    MockHttpServletResponse second = mvc.perform(post("/monitoring/events/" + detention + "/review").with(csrf())
            .with(user(fixtures.user(team.username(Role.SUPERVISOR)))).param("version", String.valueOf(version))
            .param("verification", "UNVERIFIED").param("reason", "The second source repeats the first."))
        .andReturn().getResponse();
    assertThat(second.getStatus()).isEqualTo(409);
    assertThat(second.getContentAsString()).contains("value=\"The second source repeats the first.\"")
        .contains("someone saved this after you opened it");
  }

  @Test
  void anInterventionRefusedKeepsTheEventsChosen() throws Exception {
    UUID detention = event("Six detained in South China");
    UUID appeal = event("Appeals for the six");
    UUID other = event("A raid in Yanji");
    MockHttpServletResponse refused = send(post("/monitoring/interventions").param("officeId", team.office().id().toString())
        .param("addresseeId", fixtures.anAddressee(team, org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY).toString())
        .param("sentOn", "2002-06-12").param("asked", "").param("eventIds", detention.toString()).param("eventIds", appeal.toString()));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString())
        .containsPattern("value=\"" + detention + "\"[^>]*selected")
        .containsPattern("value=\"" + appeal + "\"[^>]*selected")
        .doesNotContainPattern("value=\"" + other + "\"[^>]*selected");
  }

  @Test
  void anEventOlderThanTheHundredOfferedIsChosenFromItsOwnPage() throws Exception {
    UUID oldest = event("Up to 900 returned from Longjing");
    for (int i = 0; i < 100; i++) {
      event("A later event " + i);
    }
    assertThat(send(get("/monitoring/interventions")).getContentAsString()).doesNotContain(oldest.toString());

    String eventPage = send(get("/monitoring/events/" + oldest)).getContentAsString();
    assertThat(eventPage).contains("/monitoring/interventions?about=" + oldest + "#new-intervention");
    String form = send(get("/monitoring/interventions").param("about", oldest.toString())).getContentAsString();
    assertThat(form).containsPattern("value=\"" + oldest + "\"[^>]*selected").contains("Up to 900 returned from Longjing");

    UUID addressee = fixtures.anAddressee(team, org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY);
    send(post("/monitoring/interventions").param("officeId", team.office().id().toString()).param("addresseeId", addressee.toString())
        .param("sentOn", "2002-06-12").param("asked", "Where are the 900?").param("eventIds", oldest.toString()));
    Intervention recorded = access.actingAs(team.username(Role.MONITOR),
        () -> interventions.list(false, new org.sanctuary.shared.PageRequest(0, 10))).items().get(0);
    assertThat(recorded.events()).containsExactly(oldest);
  }

  @Test
  void aPersonFollowedBeyondTheHundredOfferedIsChosenFromTheListOfPersonsOfConcern() throws Exception {
    List<PersonId> followed = new java.util.ArrayList<>();
    for (int i = 0; i < 101; i++) {
      followed.add(fixtures.aDistinctPersonAt(team));
    }
    PersonId beyond = access.actingAs(team.username(Role.MONITOR), () -> {
      followed.forEach(p -> concern.follow(p, team.office().id()));
      return concern.list(false, new org.sanctuary.shared.PageRequest(1, 100)).items().get(0).person();
    });
    assertThat(send(get("/monitoring/interventions")).getContentAsString()).doesNotContain(beyond.toString());

    assertThat(send(get("/monitoring/persons-of-concern").param("page", "4")).getContentAsString())
        .contains("/monitoring/interventions?person=" + beyond + "#new-intervention");
    String form = send(get("/monitoring/interventions").param("person", beyond.toString())).getContentAsString();
    assertThat(form).containsPattern("value=\"" + beyond + "\"[^>]*selected");

    MockHttpServletResponse refused = send(post("/monitoring/interventions").param("officeId", team.office().id().toString())
        .param("addresseeId", fixtures.anAddressee(team, org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY).toString())
        .param("sentOn", "2002-06-12").param("asked", "").param("personIds", beyond.toString()));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString()).containsPattern("value=\"" + beyond + "\"[^>]*selected");
  }

  @Test
  void anEventOrPersonOfAnotherTeamNamedInTheFormsAddressIsLeftOut() throws Exception {
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    UUID theirs = access.actingAs(other.username(Role.MONITOR),
        () -> events.record(new Events.EventDraft(other.office().id(), "Their own raid", "June 2002", null, null, null)));
    PersonId followedThere = fixtures.aPersonAt(other, "박영희");
    access.actingAs(other.username(Role.MONITOR), () -> {
      concern.follow(followedThere, other.office().id());
      return null;
    });
    MockHttpServletResponse page = send(get("/monitoring/interventions").param("about", theirs.toString())
        .param("person", followedThere.toString()));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).doesNotContain(theirs.toString()).doesNotContain("Their own raid")
        .doesNotContain(followedThere.toString()).doesNotContain("박영희");
  }

  @Test
  void aReportOlderThanTheHundredOfferedIsCitedFromTheListOfReportsAndThenGivesTheActsNumber() throws Exception {
    UUID detention = event("Six detained in South China");
    UUID oldest = report(java.time.LocalDate.of(2001, 3, 1), "A witness saw the six taken away.");
    for (int i = 0; i < 100; i++) {
      report(java.time.LocalDate.of(2002, 6, 2), "A later report " + i);
    }
    String page = send(get("/monitoring/events/" + detention)).getContentAsString();
    assertThat(page).doesNotContain(oldest.toString()).contains("/monitoring/reports?citeOn=" + detention);

    String list = send(get("/monitoring/reports").param("citeOn", detention.toString()).param("page", "4")).getContentAsString();
    assertThat(list).contains("Six detained in South China")
        .contains("/monitoring/events/" + detention + "?report=" + oldest + "#cite-report");
    String chosen = send(get("/monitoring/events/" + detention).param("report", oldest.toString())).getContentAsString();
    assertThat(chosen).containsPattern("value=\"" + oldest + "\"[^>]*selected");

    MockHttpServletResponse refused = send(post("/monitoring/events/" + detention + "/information").param("reportId", oldest.toString())
        .param("reliability", "B").param("credibility", "2"));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString()).containsPattern("value=\"" + oldest + "\"[^>]*selected");

    send(post("/monitoring/events/" + detention + "/information").param("reportId", oldest.toString()).param("connection", "WITNESS")
        .param("reliability", "B").param("credibility", "2"));
    String cited = send(get("/monitoring/events/" + detention)).getContentAsString();
    assertThat(cited).containsPattern("name=\"countReportId\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"" + oldest + "\"");
    send(post("/monitoring/events/" + detention + "/acts").param("actType", "DETENTION").param("victimGroup", "The six")
        .param("count", "6").param("countReportId", oldest.toString()));
    MonitoringEvent recorded = access.actingAs(team.username(Role.MONITOR), () -> events.read(detention));
    assertThat(recorded.information()).extracting(MonitoringEvent.Information::report).containsExactly(oldest);
    assertThat(recorded.acts()).singleElement().satisfies(a -> assertThat(a.victimCount()).isNotNull());
  }

  @Test
  void anEventOlderThanTheHundredOfferedIsRelatedFromTheListOfEvents() throws Exception {
    UUID oldest = event("Up to 900 returned from Longjing");
    for (int i = 0; i < 100; i++) {
      event("A later event " + i);
    }
    UUID appeal = event("Appeals for the returned");
    String page = send(get("/monitoring/events/" + appeal)).getContentAsString();
    assertThat(page).doesNotContain(oldest.toString()).contains("/monitoring/events?relateFrom=" + appeal);

    String list = send(get("/monitoring/events").param("relateFrom", appeal.toString()).param("page", "4")).getContentAsString();
    assertThat(list).contains("Appeals for the returned").contains("/monitoring/events?relateFrom=" + appeal + "&amp;page=3")
        .contains("/monitoring/events/" + appeal + "?relateTo=" + oldest + "#relate");
    String chosen = send(get("/monitoring/events/" + appeal).param("relateTo", oldest.toString())).getContentAsString();
    assertThat(chosen).containsPattern("value=\"" + oldest + "\"[^>]*selected").contains("Up to 900 returned from Longjing");

    MockHttpServletResponse refused = send(post("/monitoring/events/" + appeal + "/relations").param("toEventId", oldest.toString()));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString()).containsPattern("value=\"" + oldest + "\"[^>]*selected");

    send(post("/monitoring/events/" + appeal + "/relations").param("toEventId", oldest.toString()).param("kind", "CONSEQUENCE_OF"));
    assertThat(access.actingAs(team.username(Role.MONITOR), () -> events.read(appeal)).relations())
        .containsExactly(new MonitoringEvent.Relation(oldest, MonitoringEvent.RelationKind.CONSEQUENCE_OF));
  }

  @Test
  void aReportOrEventOfAnotherTeamNamedInAnEventsAddressIsLeftOutAndTheirEventOpensNoChoice() throws Exception {
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    UUID theirEvent = access.actingAs(other.username(Role.MONITOR),
        () -> events.record(new Events.EventDraft(other.office().id(), "Their own raid", "June 2002", null, null, null)));
    UUID theirReport = access.actingAs(other.username(Role.MONITOR), () -> reports.file(new org.sanctuary.monitoring.reports.SourceReports.Draft(
        other.office().id(), org.sanctuary.monitoring.reports.SourceReport.SourceType.WITNESS, java.time.LocalDate.of(2002, 6, 2), "ko",
        "Their witness.", null, null, null)));
    UUID ours = event("Six detained in South China");

    String page = send(get("/monitoring/events/" + ours).param("report", theirReport.toString())
        .param("relateTo", theirEvent.toString())).getContentAsString();
    assertThat(page).doesNotContain(theirReport.toString()).doesNotContain("Their witness")
        .doesNotContain(theirEvent.toString()).doesNotContain("Their own raid");
    String reportsList = send(get("/monitoring/reports").param("citeOn", theirEvent.toString())).getContentAsString();
    String eventsList = send(get("/monitoring/events").param("relateFrom", theirEvent.toString())).getContentAsString();
    assertThat(reportsList + eventsList).doesNotContain("Their own raid").doesNotContain(theirEvent.toString())
        .doesNotContain("?report=").doesNotContain("?relateTo=");
  }

  @Test
  void anEventIsOfferedForARelationOnlyAmongItsOwnTeamsEventsToAMonitorOfTwoTeams() throws Exception {
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    String both = ("both-" + other.office().code()).toLowerCase(java.util.Locale.ROOT);
    fixtures.addUserOfEach(both, Role.MONITOR, team, other);
    UUID ours = event("Six detained in South China");
    UUID theirs = access.actingAs(other.username(Role.MONITOR),
        () -> events.record(new Events.EventDraft(other.office().id(), "Their own raid", "June 2002", null, null, null)));

    String page = as(both, get("/monitoring/events/" + ours)).getContentAsString();
    String chosen = as(both, get("/monitoring/events/" + ours).param("relateTo", theirs.toString())).getContentAsString();
    String choosing = as(both, get("/monitoring/events").param("relateFrom", ours.toString())).getContentAsString();
    assertThat(page + chosen + choosing).doesNotContain(theirs.toString()).doesNotContain("Their own raid");
    assertThat(as(both, get("/monitoring/events")).getContentAsString()).contains("Their own raid");
  }

  private MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).with(user(fixtures.user(username)))).andReturn().getResponse();
  }

  private UUID report(java.time.LocalDate receivedOn, String content) {
    return access.actingAs(team.username(Role.MONITOR), () -> reports.file(new org.sanctuary.monitoring.reports.SourceReports.Draft(
        team.office().id(), org.sanctuary.monitoring.reports.SourceReport.SourceType.WITNESS, receivedOn, "ko", content, null, null,
        null)));
  }

  private UUID event(String title) {
    return access.actingAs(team.username(Role.MONITOR),
        () -> events.record(new Events.EventDraft(team.office().id(), title, "end of May 2002", null, null, null)));
  }

  private long whereabouts() {
    return access.actingAs(team.username(Role.MONITOR), () -> persons.read(boy)).whereabouts().size();
  }

  @Test
  void aChoiceThatIsNotAnIdIsSaidBesideItsFieldAndChangesNothing() throws Exception {
    UUID detention = event("Six detained in South China");
    access.actingAs(team.username(Role.MONITOR), () -> {
      UUID report = reports.file(new org.sanctuary.monitoring.reports.SourceReports.Draft(team.office().id(),
          org.sanctuary.monitoring.reports.SourceReport.SourceType.WITNESS, java.time.LocalDate.of(2002, 6, 2), "ko", "Six taken.", null,
          null, null));
      events.addInformation(detention, new org.sanctuary.monitoring.events.Events.InformationDraft(report, null,
          MonitoringEvent.Connection.WITNESS, "B", 2, java.util.List.of("6")));
      return null;
    });
    for (String[] form : new String[][] {
        {"/monitoring/events/" + detention + "/relations", "toEventId", "kind", "PRECEDES"},
        {"/monitoring/events/" + detention + "/acts", "countReportId", "actType", "DETENTION"},
        {"/monitoring/events/" + detention + "/parts", "claimId", "sex", "FEMALE"},
        {"/monitoring/events/" + detention + "/information", "reportId", "connection", "WITNESS"},
        {"/monitoring/reports", "supersedes", "language", "ko"},
        {"/monitoring/places", "parentId", "level", "TOWN"}}) {
      MockHttpServletResponse refused = send(post(form[0]).param(form[1], "not-an-id").param(form[2], form[3])
          .param("count", "5").param("victimGroup", "Helpers"));
      assertThat(refused.getStatus()).as(form[0]).isEqualTo(400);
      assertThat(refused.getContentAsString()).as(form[0]).contains("is not one of the choices");
    }
    assertThat(access.actingAs(team.username(Role.MONITOR), () -> events.read(detention)).acts()).isEmpty();
  }

  @Test
  void aFormBindsIntoTheCommandTheApiTakesAndSaysEachMistypedValueBesideItsField() throws Exception {
    String name = "Musan " + UUID.randomUUID();
    MockHttpServletResponse refused = send(post("/monitoring/places").param("level", "TOWN").param("nameLATIN", name)
        .param("latitude", "north").param("longitude", "200"));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString()).contains("is not a number", "lies between -180", "value=\"" + name + "\"");
    assertThat(places.find(name)).isEmpty();

    UUID detention = event("Six detained near Musan");
    MockHttpServletResponse saved = send(post("/monitoring/events/" + detention + "/information").param("reportId", "")
        .param("connection", "WITNESS").param("reliability", "B").param("credibility", "two").param("counts", "6"));
    assertThat(saved.getStatus()).isEqualTo(400);
    assertThat(saved.getContentAsString()).contains("is not a number");
    assertThat(access.actingAs(team.username(Role.MONITOR), () -> events.read(detention)).claims()).isEmpty();
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).with(user(fixtures.user(team.username(Role.MONITOR))))).andReturn().getResponse();
  }
}
