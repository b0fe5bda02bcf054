package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.ClaimState;
import org.sanctuary.procedure.Command;
import org.sanctuary.procedure.DailyRun;
import org.sanctuary.procedure.OfficeStatistics;
import org.sanctuary.procedure.ProcedureStatistics;
import org.sanctuary.procedure.StatisticsOracle;
import org.sanctuary.registry.PersonId;
import org.sanctuary.vault.Vault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random sequences of API calls by random users of an office (every role, an officer who is also an
 * appeal officer, a user of another office) against random cases of a family and a single applicant,
 * through the same HTTP endpoints a client uses. After every call: a refused call (4xx) left the case
 * exactly as it was; nothing answers 5xx; a removal is let through only for a person whose every
 * claim is final-negative or withdrawn; no appeal is decided by anyone who acted at first instance;
 * no rejection is signed without an interview and complete reasons.
 */
@SanctuaryTest
class CaseApiProperties {

  private static final LocalDate START = LocalDate.of(2002, 4, 1);
  /** How far a walk got, when it got at least to a signed decision. */
  private static final Set<Object> SIGNED_OR_LATER = Set.of("DecisionSigned", "AppealLodged", "AppealAssigned", "AppealDecided");
  private static final String POSITIVE = "{\"finding\":\"POSITIVE\",\"reasons\":\"Established.\"}";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Intake intake;
  @Autowired DailyRun daily;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired ProcedureStatistics statistics;
  @Autowired Vault vault;

  private Fixtures.Staffed office;
  private Fixtures.Staffed elsewhere;
  private String dual;
  private List<String> users;

  /** The office and its staff, made once per property: tries differ in their cases and calls. */
  @BeforeProperty
  void anOfficeWithEveryRoleAndAnOfficerWhoIsAlsoAnAppealOfficer() throws Exception {
    new TestContextManager(getClass()).prepareTestInstance(this);
    office = fixtures.anOfficeWithEveryRole();
    elsewhere = fixtures.anOfficeWithEveryRole();
    dual = "eo-appeal-" + office.office().code().toLowerCase(java.util.Locale.ROOT);
    UUID dualId = access.actingAs(office.username(Role.ADMIN), () -> fixtures.addUser(dual, office, Role.ELIGIBILITY_OFFICER));
    jdbc.sql("INSERT INTO membership (user_id, office_id, role) VALUES (?, ?, 'APPEAL_OFFICER')")
        .params(dualId, office.office().id().value())
        .update();
    fixtures.officerProfile(office, office.username(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko"), false);
    fixtures.officerProfile(office, dual, "FEMALE", List.of("ko"), false);
    users = new ArrayList<>();
    for (Role role : Role.values()) {
      users.add(office.username(role));
    }
    users.add(dual);
    users.add(elsewhere.username(Role.SUPERVISOR));
  }

  /** What the calls do; most are commands of the procedure, one is a request to remove a person. */
  enum Call {
    REGISTER, INFORMATION, SCHEDULE, RECORD_INTERVIEW, NO_SHOW, CONTACT, ASSESS, DRAFT, RETURN, SIGN, APPEAL, ASSIGN,
    DECIDE_APPEAL, LAPSE, WITHDRAW, CLOSE, REOPEN, HOLD, RESUME, INDEPENDENT_CLAIM, DERIVATIVE, REMOVAL
  }

  /**
   * One call: guided calls pick what the case's state invites, by someone whose role may do it (so
   * that walks reach decisions and appeals); the others are anything by anyone. {@code variant}
   * picks the content (a complete or a bare draft, an outcome, an assignee); {@code stale} sends an
   * old version.
   */
  record Step(boolean guided, int target, int call, int user, int variant, int days, boolean stale) {}

  /** What the walk knows of one case beyond what the API shows: its interview, appeal and last draft. */
  static final class Tracked {
    final CaseId id;
    final PersonId principal;
    final @Nullable PersonId dependant;
    @Nullable String interview;
    @Nullable String appeal;
    boolean lastDraftCompleteRejection;
    boolean assessedNegative;

    Tracked(CaseId id, PersonId principal, @Nullable PersonId dependant) {
      this.id = id;
      this.principal = principal;
      this.dependant = dependant;
    }
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void noSequenceOfCallsByAnyoneBreaksTheProcedure(@ForAll("walks") List<Step> steps) throws Exception {
    List<Tracked> cases = new ArrayList<>();
    PersonId mother = fixtures.aDistinctPersonAt(office);
    PersonId daughter = fixtures.aDistinctPersonAt(office);
    PersonId alone = fixtures.aDistinctPersonAt(office);
    cases.add(new Tracked(open(mother, Set.of(daughter)), mother, daughter));
    cases.add(new Tracked(open(alone, Set.of()), alone, null));
    LocalDate day = START;
    for (Step step : steps) {
      day = day.plusDays(step.days());
      Tracked target = cases.get(step.target() % cases.size());
      JsonNode before = read(target.id);
      ClaimState state = ClaimState.valueOf(before.get("state").asString());
      Call call = step.guided() ? invited(state, step) : Call.values()[step.call() % Call.values().length];
      String by = step.guided() ? someoneWhoMay(call, step) : users.get(step.user() % users.size());
      long version = before.get("version").asLong() - (step.stale() ? 1 : 0);

      MockHttpServletResponse response = perform(call, target, by, version, day, step, cases);

      assertThat(response.getStatus()).as("%s by %s: %s", call, by, response.getContentAsString()).isLessThan(500);
      JsonNode after = read(target.id);
      if (response.getStatus() >= 400 && call != Call.LAPSE) {
        assertThat(after.get("version").asLong()).as("%s refused (%s) changed nothing", call, response.getStatus())
            .isEqualTo(before.get("version").asLong());
        assertThat(after.get("state")).isEqualTo(before.get("state"));
        assertThat(after.get("history").size()).isEqualTo(before.get("history").size());
      }
      if (call == Call.REMOVAL && response.getStatus() == 201) {
        for (Tracked protecting : cases) {
          if (protecting.principal.equals(target.principal) || target.principal.equals(protecting.dependant)) {
            assertThat(state(protecting.id)).as("removal let through").isIn(ClaimState.FINAL_NEGATIVE, ClaimState.CLOSED_WITHDRAWN);
          }
        }
      }
      assertNoAppealDecidedByAFirstInstanceActor(after);
      assertNoRejectionWithoutHearingAndReasons(after, target);
    }
    Statistics.label("furthest state").collect(furthest(cases));
    assertTheStatisticsAddUpTheCases(office);
    assertTheStatisticsAddUpTheCases(elsewhere);
    // The walks must get somewhere: refused at every step, they would check nothing.
    Statistics.label("furthest state").coverage(coverage -> {
      coverage.check("IntentRecorded").percentage(p -> p < 20.0);
      coverage.checkQuery(furthest -> SIGNED_OR_LATER.contains(furthest.get(0))).percentage(p -> p > 20.0);
    });
  }

  /**
   * The office statistics, read from the tallies the procedure keeps as cases move, equal the same
   * statistics worked out from every row, for a supervisor and for a reader who sees small cells
   * suppressed: whatever the walks did to the office's cases since the property began.
   */
  private void assertTheStatisticsAddUpTheCases(Fixtures.Staffed at) {
    StatisticsOracle oracle = new StatisticsOracle(jdbc, vault);
    OfficeStatistics supervisor = access.actingAs(at.username(Role.SUPERVISOR), () -> statistics.forOffice(at.office().id()));
    assertThat(supervisor).isEqualTo(oracle.of(at.office().id(), at.office().code(), supervisor.asOf(), false));
    OfficeStatistics analyst = access.actingAs(at.username(Role.ANALYST), () -> statistics.forOffice(at.office().id()));
    assertThat(analyst).isEqualTo(oracle.of(at.office().id(), at.office().code(), analyst.asOf(), true));
  }

  private void assertNoAppealDecidedByAFirstInstanceActor(JsonNode claim) {
    Set<String> firstInstance = new HashSet<>();
    for (JsonNode event : claim.get("history")) {
      String what = event.get("what").asString();
      switch (what) {
        case "InterviewScheduled" -> firstInstance.add(event.get("detail").asString());
        case "InterviewRecorded", "AssessmentWritten", "DecisionDrafted", "DraftReturned", "DecisionSigned" ->
            firstInstance.add(event.get("by").asString());
        case "AppealDecided" ->
            assertThat(firstInstance).as("appeal decided by a first-instance actor").doesNotContain(event.get("by").asString());
        default -> { }
      }
    }
  }

  private void assertNoRejectionWithoutHearingAndReasons(JsonNode claim, Tracked tracked) {
    boolean heard = false;
    JsonNode history = claim.get("history");
    for (int i = 0; i < history.size(); i++) {
      JsonNode event = history.get(i);
      heard |= event.get("what").asString().equals("InterviewRecorded");
      if (event.get("what").asString().equals("DecisionSigned") && event.get("detail").asString().equals("REJECTION")) {
        assertThat(heard).as("a rejection signed without an interview").isTrue();
        if (i == history.size() - 1) {
          assertThat(tracked.lastDraftCompleteRejection).as("a rejection signed without complete reasons").isTrue();
        }
      }
    }
  }

  /** What a case in this state invites next; now and then a side step (withdrawal, hold, an own claim, removal). */
  private static Call invited(ClaimState state, Step step) {
    if (step.variant() % 12 == 0) {
      List<Call> side = List.of(Call.WITHDRAW, Call.HOLD, Call.CLOSE, Call.CONTACT, Call.INDEPENDENT_CLAIM, Call.REMOVAL);
      return side.get(step.call() % side.size());
    }
    List<Call> next =
        switch (state) {
          case INTENT_EXPRESSED -> List.of(Call.REGISTER);
          case REGISTERED -> List.of(Call.INFORMATION);
          case INFO_PROVIDED -> List.of(Call.SCHEDULE);
          case INTERVIEW_SCHEDULED -> List.of(Call.RECORD_INTERVIEW, Call.RECORD_INTERVIEW, Call.RECORD_INTERVIEW, Call.NO_SHOW);
          case INTERVIEWED, APPEAL_REMITTED -> List.of(Call.ASSESS);
          case ASSESSMENT_IN_PROGRESS -> List.of(Call.DRAFT, Call.DRAFT, Call.ASSESS);
          case DECISION_DRAFTED -> List.of(Call.SIGN, Call.SIGN, Call.RETURN);
          case REJECTED_NOTIFIED -> List.of(Call.APPEAL, Call.APPEAL, Call.LAPSE, Call.REMOVAL);
          case APPEAL_LODGED -> List.of(Call.ASSIGN);
          case APPEAL_UNDER_CONSIDERATION -> List.of(Call.DECIDE_APPEAL);
          case RECOGNISED -> List.of(Call.DERIVATIVE, Call.REMOVAL);
          case FINAL_NEGATIVE, CLOSED_WITHDRAWN, CLOSED_ABANDONED, STATUS_ENDED -> List.of(Call.REMOVAL, Call.REMOVAL, Call.REOPEN);
          case STATUS_ENDING_PROPOSED, STATUS_ENDING_NOTIFIED -> List.of(Call.REMOVAL);
          case ON_HOLD -> List.of(Call.RESUME);
          case REOPENED -> List.of(Call.INFORMATION, Call.SCHEDULE, Call.ASSESS);
        };
    return next.get(step.call() % next.size());
  }

  /** A user of the office whose role may make the call (the appeal-officer-and-officer included). */
  private String someoneWhoMay(Call call, Step step) {
    Set<Role> roles =
        switch (call) {
          case REMOVAL -> Set.of(Role.PROTECTION_OFFICER, Role.SUPERVISOR);
          case LAPSE -> Set.of(Role.SUPERVISOR);
          default -> command(call).roles();
        };
    List<String> able = new ArrayList<>();
    for (Role role : roles) {
      able.add(office.username(role));
      if (role == Role.ELIGIBILITY_OFFICER || role == Role.APPEAL_OFFICER) {
        able.add(dual);
      }
    }
    able.sort(String::compareTo);
    return able.get(step.user() % able.size());
  }

  private static Command command(Call call) {
    return switch (call) {
      case REGISTER -> Command.REGISTER;
      case INFORMATION -> Command.PROVIDE_INFORMATION;
      case SCHEDULE -> Command.SCHEDULE_INTERVIEW;
      case RECORD_INTERVIEW -> Command.RECORD_INTERVIEW;
      case NO_SHOW -> Command.RECORD_NO_SHOW;
      case CONTACT -> Command.RECORD_CONTACT_ATTEMPT;
      case ASSESS -> Command.WRITE_ASSESSMENT;
      case DRAFT -> Command.DRAFT_DECISION;
      case RETURN -> Command.RETURN_DRAFT;
      case SIGN -> Command.SIGN_DECISION;
      case APPEAL -> Command.LODGE_APPEAL;
      case ASSIGN -> Command.ASSIGN_APPEAL;
      case DECIDE_APPEAL -> Command.DECIDE_APPEAL;
      case WITHDRAW -> Command.WITHDRAW;
      case CLOSE -> Command.CLOSE_ABANDONED;
      case REOPEN -> Command.REOPEN;
      case HOLD -> Command.HOLD;
      case RESUME -> Command.RESUME;
      case INDEPENDENT_CLAIM -> Command.LODGE_INDEPENDENT_CLAIM;
      case DERIVATIVE -> Command.DECIDE_DERIVATIVE;
      case LAPSE, REMOVAL -> throw new IllegalArgumentException(call + " is not a command a person gives");
    };
  }

  private MockHttpServletResponse perform(
      Call call, Tracked target, String by, long version, LocalDate day, Step step, List<Tracked> cases) throws Exception {
    String path = "/api/cases/" + target.id;
    String on = ",\"on\":\"" + day + "\",\"lateReason\":\"Recorded from the paper file.\"";
    String v = "{\"version\":" + version;
    int variant = step.variant();
    return switch (call) {
      case REGISTER -> send(post(path + "/registration"), by, v + on + "}");
      case INFORMATION -> send(post(path + "/information"), by, v + ",\"language\":\"" + (variant % 7 == 0 ? "" : "ko") + "\"" + on + "}");
      case SCHEDULE -> {
        String interviewer = List.of(office.username(Role.ELIGIBILITY_OFFICER), dual, office.username(Role.ELIGIBILITY_OFFICER),
            office.username(Role.APPEAL_OFFICER)).get(variant % 4);
        MockHttpServletResponse response = send(post(path + "/interviews"), by, v + ",\"interviewer\":\"" + interviewer + "\"" + on + "}");
        if (response.getStatus() == 201) {
          target.interview = json.readTree(response.getContentAsString()).get("interviewId").asString();
        }
        yield response;
      }
      case RECORD_INTERVIEW -> send(post(path + "/interviews/" + interview(target) + "/record"), by,
          v + ",\"readBackConfirmed\":" + (variant % 5 != 0) + on + "}");
      case NO_SHOW -> send(post(path + "/interviews/" + interview(target) + "/no-show"), by, v + on + "}");
      case CONTACT -> send(post(path + "/contact-attempts"), by, v + ",\"how\":\"Letter\"" + on + "}");
      case ASSESS -> {
        MockHttpServletResponse response = send(put(path + "/assessment"), by, v + on + "," + assessment(variant) + "}");
        if (response.getStatus() == 200) {
          target.assessedNegative = variant % 3 == 0;
        }
        yield response;
      }
      case DRAFT -> {
        // Guided drafts mostly follow the assessment, so that walks get past the signature.
        int kind = step.guided() && variant % 4 != 0 ? (target.assessedNegative ? 0 : 2) : variant % 3;
        boolean completeRejection = kind == 0;
        String body =
            switch (kind) {
              case 0 -> "\"outcome\":\"REJECTION\",\"reasonCategories\":[\"CREDIBILITY\"],\"individualExplanation\":\"Your account"
                  + " changed.\",\"legalBasis\":\"Art 1A(2)\",\"appealInstructions\":\"Appeal within 30 days.\",\"appealDeadline\":\""
                  + day.plusDays(30) + "\",\"notificationLanguage\":\"ko\"";
              case 1 -> "\"outcome\":\"REJECTION\",\"individualExplanation\":\"Economic migrant.\"";
              default -> "\"outcome\":\"RECOGNITION\",\"legalBasis\":\"Art 1A(2)\",\"notificationLanguage\":\"ko\"";
            };
        MockHttpServletResponse response = send(post(path + "/decision"), by, v + on + "," + body + "}");
        if (response.getStatus() == 200) {
          target.lastDraftCompleteRejection = completeRejection;
        }
        yield response;
      }
      case RETURN -> send(post(path + "/decision/return"), by, v + ",\"reason\":\"Reconsider.\"" + on + "}");
      case SIGN -> send(post(path + "/decision/sign"), by,
          v + ",\"recipient\":\"" + (variant % 9 == 0 ? "COUNTRY_OF_ORIGIN_AUTHORITY" : "APPLICANT") + "\",\"notifiedOn\":\"" + day + "\",\"lateReason\":\"Recorded from the paper file.\"}");
      case APPEAL -> {
        MockHttpServletResponse response = send(post(path + "/appeals"), by, v + on + "}");
        if (response.getStatus() == 201) {
          target.appeal = json.readTree(response.getContentAsString()).get("appealId").asString();
        }
        yield response;
      }
      case ASSIGN -> send(post(path + "/appeals/" + appeal(target) + "/assign"), by,
          v + ",\"assignee\":\"" + (variant % 3 == 0 ? dual : office.username(Role.APPEAL_OFFICER)) + "\"" + on + "}");
      case DECIDE_APPEAL -> send(post(path + "/appeals/" + appeal(target) + "/decision"), by,
          v + ",\"outcome\":\"" + List.of("DISMISSED", "REMITTED", "ALLOWED").get(variant % 3) + "\",\"reasons\":\"Reasons.\"" + on + "}");
      case LAPSE -> {
        daily.run(day);
        MockHttpServletResponse done = new MockHttpServletResponse();
        done.setStatus(204);
        yield done;
      }
      case WITHDRAW -> send(post(path + "/withdrawal"), by, v + on + "}");
      case CLOSE -> send(post(path + "/closure"), by, v + "}");
      case REOPEN -> send(post(path + "/reopening"), by, v + ",\"reason\":\"New elements.\"" + on + "}");
      case HOLD -> send(post(path + "/hold"), by, v + ",\"reason\":\"Pause.\"" + on + "}");
      case RESUME -> send(post(path + "/resume"), by, v + on + "}");
      case INDEPENDENT_CLAIM -> {
        PersonId member = target.dependant == null ? target.principal : target.dependant;
        MockHttpServletResponse response = send(post(path + "/independent-claims"), by,
            v + ",\"memberId\":\"" + member + "\",\"sensitive\":" + (variant % 2 == 0) + on + "}");
        if (response.getStatus() == 201) {
          cases.add(new Tracked(new CaseId(UUID.fromString(json.readTree(response.getContentAsString()).get("id").asString())), member, null));
        }
        yield response;
      }
      case DERIVATIVE -> send(post(path + "/derivatives/" + (target.dependant == null ? target.principal : target.dependant) + "/decision"),
          by, v + ",\"grant\":" + (variant % 4 != 0) + on + "}");
      case REMOVAL -> send(post("/api/persons/" + target.principal + "/removal-requests"), by,
          "{\"requester\":\"HOST_AUTHORITY\",\"kind\":\"HANDOVER\",\"requestedOn\":\"" + day + "\""
              + (variant % 4 == 0 ? "" : ",\"riskAssessment\":\"Risk of return considered.\"") + "}");
    };
  }

  private static String assessment(int variant) {
    String materialFacts = variant % 3 == 0 ? "{\"finding\":\"NEGATIVE\",\"reasons\":\"Contradictions.\"}" : POSITIVE;
    return "\"identityAndNationality\":" + POSITIVE + ",\"materialFacts\":" + materialFacts + ",\"wellFoundedFear\":" + POSITIVE
        + ",\"persecution\":" + POSITIVE + ",\"noStateProtection\":" + POSITIVE + ",\"nexus\":" + POSITIVE
        + ",\"grounds\":[\"POLITICAL_OPINION\"],\"noInternalFlightAlternative\":" + POSITIVE
        + ",\"surPlaceAndIllegalExit\":\"" + (variant % 8 == 1 ? "" : "Illegal exit is punished.") + "\""
        + ",\"exclusion\":\"NOT_EXCLUDED\"";
  }

  private static String interview(Tracked target) {
    return target.interview == null ? UUID.randomUUID().toString() : target.interview;
  }

  private static String appeal(Tracked target) {
    return target.appeal == null ? UUID.randomUUID().toString() : target.appeal;
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String by, String body) throws Exception {
    return mvc.perform(request.with(user(fixtures.user(by))).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn().getResponse();
  }

  private CaseId open(PersonId principal, Set<PersonId> dependants) {
    return access.actingAs(office.username(Role.RECEPTION),
        () -> intake.asOf(START).recordIntent(Intake.RecordIntent.of(office.office().id(), principal, dependants, Channel.DIPLOMATIC_PREMISES, null)));
  }

  private JsonNode read(CaseId id) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/api/cases/" + id).with(user(fixtures.user(office.username(Role.SUPERVISOR))))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return json.readTree(response.getContentAsString());
  }

  private ClaimState state(CaseId id) throws Exception {
    return ClaimState.valueOf(read(id).get("state").asString());
  }

  /** For the report: the deepest state any case of the walk reached. */
  private String furthest(List<Tracked> cases) throws Exception {
    Map<String, Integer> depth = new HashMap<>();
    List<String> order = List.of("IntentRecorded", "Registered", "InformationProvided", "InterviewScheduled", "InterviewRecorded",
        "AssessmentWritten", "DecisionDrafted", "DecisionSigned", "AppealLodged", "AppealAssigned", "AppealDecided");
    for (int i = 0; i < order.size(); i++) {
      depth.put(order.get(i), i);
    }
    int deepest = 0;
    for (Tracked tracked : cases) {
      for (JsonNode event : read(tracked.id).get("history")) {
        deepest = Math.max(deepest, depth.getOrDefault(event.get("what").asString(), 0));
      }
    }
    return order.get(deepest);
  }

  @Provide
  Arbitrary<List<Step>> walks() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 9).map(n -> n < 9),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100),
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 10)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(30, 120))),
                Arbitraries.integers().between(0, 19).map(n -> n == 0))
            .as(Step::new);
    return step.list().ofMinSize(20).ofMaxSize(80);
  }
}
