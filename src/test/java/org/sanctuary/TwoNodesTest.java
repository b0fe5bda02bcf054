package org.sanctuary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctuary.access.Role;
import org.sanctuary.monitoring.interventions.Interventions;
import org.sanctuary.monitoring.reports.ImportProgress;
import org.sanctuary.procedure.CaseFixtures;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.DailyRun;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database (the test database: PostgreSQL in CI, else the in-memory
 * H2 both share): a user signs in on one and goes on on the other, signs out on the other and is
 * signed out on both; the nightly run started on both at once does its work once, and as scheduled
 * runs on one node while the other finds it locked; an import's
 * progress written on one is what the other shows. Nothing a request needs lives in one node.
 */
class TwoNodesTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startTwoNodes() {
    first = node();
    second = node();
  }

  @AfterAll
  static void stopThem() {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
  }

  private static ConfigurableApplicationContext node() {
    return new SpringApplicationBuilder(SanctuaryApplication.class)
        .profiles("test")
        .properties("server.port=0", "spring.jmx.enabled=false")
        .run();
  }

  @Test
  void aUserSignsInOnOneNodeGoesOnOnTheOtherAndSigningOutThereEndsTheSessionOnBoth() throws Exception {
    Fixtures.Staffed office = first.getBean(Fixtures.class).anOfficeWithEveryRole();
    String registrar = office.username(Role.REGISTRAR);

    String session = signIn(first, registrar);
    HttpResponse<String> onTheOther = get(second, "/persons", session);
    assertThat(onTheOther.statusCode()).as("the other node knows the session").isEqualTo(200);
    assertThat(onTheOther.body()).contains(registrar);

    String csrf = match(CSRF, onTheOther.body());
    HttpResponse<String> signedOut = post(second, "/logout", session, "_csrf=" + csrf);
    assertThat(signedOut.statusCode()).isEqualTo(302);
    HttpResponse<String> back = get(first, "/persons", session);
    assertThat(back.statusCode()).as("signed out on the first node too").isEqualTo(302);
    assertThat(back.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void theNightlyRunStartedOnBothNodesAtOnceLapsesARejectionOnce() throws Exception {
    Fixtures.Staffed office = first.getBean(Fixtures.class).anOfficeWithEveryRole();
    CaseId rejected = CaseFixtures.storeRejected(first, office, first.getBean(Fixtures.class).aPersonAt(office, "리철"));

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Callable<DailyRun.Result>> nights = List.of(
        () -> first.getBean(DailyRun.class).run(CaseFixtures.graceEnds().plusDays(1)),
        () -> second.getBean(DailyRun.class).run(CaseFixtures.graceEnds().plusDays(1)));
    int lapsed = 0;
    for (Future<DailyRun.Result> night : nodes.invokeAll(nights)) {
      lapsed += night.get().lapsed();
    }
    nodes.shutdown();

    JdbcClient jdbc = second.getBean(JdbcClient.class);
    assertThat(jdbc.sql("SELECT state FROM procedure_case WHERE id = ?").param(rejected.value()).query(String.class).single())
        .isEqualTo("FINAL_NEGATIVE");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND action = 'APPEAL_WINDOW_LAPSED'")
        .param(rejected.toString()).query(Long.class).single()).isEqualTo(1);
    assertThat(lapsed).as("cases lapsed by both nodes together").isGreaterThanOrEqualTo(1);
  }

  @Test
  void theScheduledNightlyRunRunsOnOneNodeAndTheOtherFindsItLocked() throws Exception {
    JdbcClient jdbc = second.getBean(JdbcClient.class);
    jdbc.sql("DELETE FROM shedlock WHERE name = 'procedure.daily-run'").update();
    Fixtures.Staffed office = first.getBean(Fixtures.class).anOfficeWithEveryRole();
    CaseId lapsedByTheFirst = CaseFixtures.storeRejected(first, office, first.getBean(Fixtures.class).aPersonAt(office, "리철"));

    nightly(first);
    CaseId leftForTomorrow = CaseFixtures.storeRejected(first, office, first.getBean(Fixtures.class).aPersonAt(office, "김영호"));
    nightly(second);

    assertThat(stateOf(jdbc, lapsedByTheFirst)).isEqualTo("FINAL_NEGATIVE");
    assertThat(stateOf(jdbc, leftForTomorrow)).as("the second node found the night's run taken").isEqualTo("REJECTED_NOTIFIED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'procedure.daily-run'").query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void theScheduledFollowUpAlertsAreRaisedOnOneNodeAndTheOtherFindsThemLocked() throws Exception {
    JdbcClient jdbc = second.getBean(JdbcClient.class);
    jdbc.sql("DELETE FROM shedlock WHERE name = 'monitoring.follow-up-alerts'").update();
    Fixtures.Staffed team = first.getBean(Fixtures.class).anOfficeWithEveryRole();
    UUID alertedByTheFirst = anOverdueIntervention(team);

    nightly(first, Interventions.class);
    UUID leftForTomorrow = anOverdueIntervention(team);
    nightly(second, Interventions.class);

    String alerts = "SELECT COUNT(*) FROM alert WHERE subject_id = ? AND kind = 'FOLLOW_UP_OVERDUE'";
    assertThat(jdbc.sql(alerts).param(alertedByTheFirst).query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql(alerts).param(leftForTomorrow).query(Long.class).single()).as("the second node found the run taken").isZero();
  }

  private static UUID anOverdueIntervention(Fixtures.Staffed team) {
    Interventions interventions = first.getBean(Interventions.class);
    return first.getBean(org.sanctuary.access.AccessPolicy.class).actingAs(team.username(Role.MONITOR), () -> interventions.record(
        new Interventions.Draft(team.office().id(), interventions.addAddressee(team.office().id(), "Premier " + UUID.randomUUID(),
            org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY),
            java.time.LocalDate.of(2002, 6, 12), "Protection.", null, java.time.LocalDate.of(2002, 7, 12), List.of(), List.of())));
  }

  /** What the scheduler calls each night: the run as the node's scheduler starts it, through its lock. */
  private static void nightly(ConfigurableApplicationContext node) throws Exception {
    nightly(node, DailyRun.class);
  }

  private static void nightly(ConfigurableApplicationContext node, Class<?> work) throws Exception {
    java.lang.reflect.Method nightly = work.getDeclaredMethod("nightly");
    nightly.setAccessible(true);
    nightly.invoke(node.getBean(work));
  }

  private static String stateOf(JdbcClient jdbc, CaseId id) {
    return jdbc.sql("SELECT state FROM procedure_case WHERE id = ?").param(id.value()).query(String.class).single();
  }

  @Test
  void theProgressOfAnImportRunningOnOneNodeIsShownByTheOtherToItsUserOnly() throws Exception {
    Fixtures.Staffed team = first.getBean(Fixtures.class).anOfficeWithEveryRole();
    String monitor = team.username(Role.MONITOR);
    UUID importId = UUID.randomUUID();
    first.getBean(ImportProgress.class).trackerFor(importId, monitor).written(500, 2000);

    String session = signIn(second, monitor);
    String progress = "/monitoring/imports/" + importId + "/progress";
    assertThat(get(second, progress, session).body()).isEqualTo("500 / 2000");
    String other = signIn(second, team.username(Role.REGISTRAR));
    assertThat(get(second, progress, other).statusCode()).isEqualTo(403);
    String colleagueName = "colleague-" + UUID.randomUUID().toString().substring(0, 8);
    first.getBean(Fixtures.class).addUser(colleagueName, team, Role.MONITOR);
    String colleague = signIn(first, colleagueName);
    assertThat(get(first, progress, colleague).body()).as("another monitor guessing the id").isEmpty();

    first.getBean(ImportProgress.class).finished(importId, monitor);
    assertThat(get(second, progress, session).body()).isEmpty();
  }

  private String signIn(ConfigurableApplicationContext node, String username) throws Exception {
    HttpResponse<String> form = get(node, "/login", null);
    String cookie = match(SESSION, String.join(";", form.headers().allValues("Set-Cookie")));
    HttpResponse<String> signedIn = post(node, "/login", cookie, "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + match(CSRF, form.body()));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return match(SESSION, String.join(";", signedIn.headers().allValues("Set-Cookie")));
  }

  private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(node) + path)).header("Accept-Language", "en");
    if (session != null) {
      request.header("Cookie", "SESSION=" + session);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String session, String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base(node) + path))
        .header("Cookie", "SESSION=" + session)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String base(ConfigurableApplicationContext node) {
    return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("%s in %s", pattern, text.length() > 300 ? text.substring(0, 300) : text).isTrue();
    return m.group(1);
  }
}
