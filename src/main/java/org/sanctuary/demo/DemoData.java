package org.sanctuary.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import java.time.LocalDate;
import java.time.Clock;
import org.sanctuary.access.OfficerProfiles;
import org.sanctuary.procedure.Case;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.ClaimState;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.procedure.Appeals;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import org.sanctuary.procedure.StatusEndings;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.Modality;
import org.sanctuary.procedure.RemovalRequests;
import org.sanctuary.procedure.RemovalKind;
import org.sanctuary.procedure.Requester;
import org.sanctuary.registry.FamilyLink;
import org.sanctuary.registry.FamilyRelation;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.GroupDraft;
import org.sanctuary.registry.GroupKind;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonDraft.NameDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.RegistrationGroups;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.registry.WhereaboutsDraft;
import org.sanctuary.registry.WhereaboutsStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once into an empty database: offices in Beijing and Shenyang and a monitoring team,
 * one user per role (password {@value #PASSWORD}), the people the 2002 text names or implies, their
 * first cases, and a host authority's demand for a return that the non-refoulement lock refuses.
 * Every record goes through the same services, permission checks and audit as real work. The names
 * are invented.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

  static final String PASSWORD = org.sanctuary.access.PasswordPolicy.DEMO_PASSWORD;

  private final Offices offices;
  private final UserAccounts users;
  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final RegistrationGroups groups;
  private final Casework casework;
  private final Intake intake;
  private final Interviews interviews;
  private final Decisions decisions;
  private final Appeals appeals;
  private final StatusEndings endings;
  private final RemovalRequests removals;
  private final OfficerProfiles profiles;
  private final Clock clock;
  private final org.springframework.transaction.support.TransactionTemplate transactions;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  DemoData(
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      Offices offices,
      UserAccounts users,
      AccessPolicy access,
      PersonDirectory persons,
      RegistrationGroups groups,
      Casework casework,
      Intake intake,
      Interviews interviews,
      Decisions decisions,
      Appeals appeals,
      StatusEndings endings,
      RemovalRequests removals,
      OfficerProfiles profiles,
      org.springframework.transaction.support.TransactionTemplate transactions,
      Clock clock) {
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.profiles = profiles;
    this.clock = clock;
    this.offices = offices;
    this.users = users;
    this.access = access;
    this.persons = persons;
    this.groups = groups;
    this.casework = casework;
    this.intake = intake;
    this.interviews = interviews;
    this.decisions = decisions;
    this.appeals = appeals;
    this.endings = endings;
    this.removals = removals;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("SELECT COUNT(*) FROM demo_installation").query(Long.class).single() > 0) {
      return;
    }
    if (jdbc.sql("SELECT (SELECT COUNT(*) FROM app_user) + (SELECT COUNT(*) FROM office)").query(Long.class).single() > 0) {
      // Never demo users with a published password in a real installation.
      throw new IllegalStateException("The demo profile loads its data into an empty database only, and this one"
          + " already has users or offices. Start without the demo profile, or give SANCTUARY_DATA_DIR an empty folder.");
    }
    jdbc.sql("INSERT INTO demo_installation (loaded_at) VALUES (?)").param(java.time.OffsetDateTime.now(clock)).update();
    Office beijing = offices.createUnchecked("BJG", "Beijing protection office", OfficeType.MANDATE_OFFICE);
    Office embassy =
        offices.createUnchecked("EMB", "Embassy intake point, Beijing", OfficeType.DIPLOMATIC_MISSION);
    offices.createUnchecked("SHY", "Consulate intake point, Shenyang", OfficeType.DIPLOMATIC_MISSION);
    Office monitoring = offices.createUnchecked("MON", "Northeast China monitoring team", OfficeType.MONITORING_TEAM);
    Office consulate = offices.all().stream().filter(o -> o.code().equals("SHY")).findFirst().orElseThrow();
    // Their names as Korean and Chinese readers read them, on pages and in letters.
    offices.nameUnchecked(beijing.id(), "ko", "베이징 보호 사무소");
    offices.nameUnchecked(beijing.id(), "zh", "北京保护办事处");
    offices.nameUnchecked(embassy.id(), "ko", "베이징 대사관 접수처");
    offices.nameUnchecked(embassy.id(), "zh", "北京大使馆接待点");
    offices.nameUnchecked(consulate.id(), "ko", "선양 영사관 접수처");
    offices.nameUnchecked(consulate.id(), "zh", "沈阳领事馆接待点");
    offices.nameUnchecked(monitoring.id(), "ko", "중국 동북부 모니터링 팀");
    offices.nameUnchecked(monitoring.id(), "zh", "中国东北监测组");
    Map<Role, java.util.UUID> ids = new java.util.EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      String username = role.name().toLowerCase(java.util.Locale.ROOT);
      // The supervisor and the protection officer also cover the embassy intake point; the monitor,
      // the analyst and the supervisor (as reviewer) also work with the monitoring team.
      Map<org.sanctuary.access.OfficeId, Set<Role>> roles = new java.util.HashMap<>();
      roles.put(beijing.id(), EnumSet.of(role));
      if (role == Role.SUPERVISOR || role == Role.PROTECTION_OFFICER) {
        roles.put(embassy.id(), EnumSet.of(role));
      }
      if (role == Role.SUPERVISOR || role == Role.MONITOR || role == Role.ANALYST) {
        roles.put(monitoring.id(), EnumSet.of(role));
      }
      ids.put(role, users.createUnchecked(new NewUser(username, "Demo " + username.replace('_', ' '), PASSWORD, roles)));
    }
    access.actingAs("admin", () -> {
      profiles.set(ids.get(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko", "zh", "en"), true);
      return null;
    });
    users.createUnchecked(
        new NewUser("registrar2", "Demo registrar (embassy)", PASSWORD, Map.of(embassy.id(), EnumSet.of(Role.REGISTRAR))));
    // A second administrator, so that a role that opens content, asked for by one, can be approved by the other.
    users.createUnchecked(
        new NewUser("admin2", "Demo second administrator", PASSWORD, Map.of(beijing.id(), EnumSet.of(Role.ADMIN))));

    access.actingAs("monitor", () -> sixDetained(beijing));
    access.actingAs("registrar", () -> transactions.execute(status -> womanAndHelper(beijing)));
    access.actingAs("registrar2", () -> transactions.execute(status -> embassyFamily(embassy)));
    casesInEveryState(beijing);
  }

  /**
   * One case in each state of the procedure at the Beijing office, each taken there by the demo
   * users whose roles give each step, dated back from today so that clocks are live: a rejection
   * inside its appeal window, an appeal with an independent officer, a recognised family with
   * derivative status, files closed, reopened and on hold.
   */
  private void casesInEveryState(Office office) {
    LocalDate today = LocalDate.now(clock);
    Walk.to(this, office, "오명선", Set.of(), today.minusDays(3)).until(ClaimState.INFO_PROVIDED);
    Walk.to(this, office, "류정호", Set.of(), today.minusDays(20)).until(ClaimState.INTERVIEW_SCHEDULED);
    Walk.to(this, office, "강선희", Set.of(), today.minusDays(40)).until(ClaimState.INTERVIEWED);
    Walk.to(this, office, "문성철", Set.of(), today.minusDays(45)).positive().until(ClaimState.ASSESSMENT_IN_PROGRESS);
    Walk.to(this, office, "서은하", Set.of(), today.minusDays(50)).negative("Economic migrant.").until(ClaimState.DECISION_DRAFTED);
    PersonId wife = access.actingAs("registrar", () -> person(office, "윤혜정", "Yun Hye-jŏng", "Yun Hyejeong", Sex.FEMALE, "1975", Set.of()));
    PersonId son = access.actingAs("registrar", () -> person(office, "장민국", "Chang Min-guk", "Jang Minguk", Sex.MALE, "2001", Set.of()));
    Walk recognised = Walk.to(this, office, "장석주", Set.of(wife, son), today.minusDays(90)).positive().until(ClaimState.RECOGNISED);
    recognised.derivative(wife, true).derivative(son, true);
    Walk.to(this, office, "배영철", Set.of(), today.minusDays(60)).negative("Your account of leaving Hoeryong changed between"
        + " the registration and the interview, and you could not explain why.").notifiedDaysAgo(10).until(ClaimState.REJECTED_NOTIFIED);
    Walk.to(this, office, "홍미라", Set.of(), today.minusDays(80)).negative("Economic migrant.").notifiedDaysAgo(25)
        .until(ClaimState.APPEAL_LODGED);
    Walk.to(this, office, "남기철", Set.of(), today.minusDays(100)).negative("Economic migrant.").notifiedDaysAgo(40)
        .until(ClaimState.APPEAL_UNDER_CONSIDERATION);
    Walk.to(this, office, "송지혜", Set.of(), today.minusDays(150)).negative("You are not believed to be from North Korea.")
        .notifiedDaysAgo(90).until(ClaimState.APPEAL_REMITTED);
    Walk.to(this, office, "황대현", Set.of(), today.minusDays(200)).negative("You travelled through China for work only.")
        .notifiedDaysAgo(120).until(ClaimState.FINAL_NEGATIVE);
    Walk.to(this, office, "임수정", Set.of(), today.minusDays(30)).until(ClaimState.CLOSED_WITHDRAWN);
    Walk.to(this, office, "조광호", Set.of(), today.minusDays(120)).until(ClaimState.CLOSED_ABANDONED);
    Walk.to(this, office, "신영애", Set.of(), today.minusDays(70)).until(ClaimState.REOPENED);
    Walk.to(this, office, "권혁진", Set.of(), today.minusDays(15)).until(ClaimState.ON_HOLD);
    // Ending a status: proposed, notified inside its appeal window, and ended after an appeal dismissed.
    Walk.to(this, office, "백인수", Set.of(), today.minusDays(300)).positive().endingNotifiedDaysAgo(5)
        .until(ClaimState.STATUS_ENDING_PROPOSED);
    Walk.to(this, office, "차명희", Set.of(), today.minusDays(300)).positive().endingNotifiedDaysAgo(20)
        .until(ClaimState.STATUS_ENDING_NOTIFIED);
    Walk.to(this, office, "탁영수", Set.of(), today.minusDays(400)).positive().endingNotifiedDaysAgo(150)
        .until(ClaimState.STATUS_ENDED);
  }

  /** One demo case walked step by step to a state, each step by the demo user whose role gives it. */
  private static final class Walk {
    private final DemoData demo;
    private final CaseId id;
    private final LocalDate start;
    private long version;
    private boolean positive = true;
    private String explanation = "";
    private int notifiedDaysAgo = -1;
    private int endingNotifiedDaysAgo = -1;
    private java.util.@Nullable UUID appeal;

    private Walk(DemoData demo, CaseId id, LocalDate start) {
      this.demo = demo;
      this.id = id;
      this.start = start;
    }

    static Walk to(DemoData demo, Office office, String hangul, Set<PersonId> dependants, LocalDate start) {
      PersonId principal = demo.access.actingAs("registrar",
          () -> demo.persons.register(office.id(), new PersonDraft(List.of(new NameDraft(NameScript.HANGUL, hangul, true)),
              Sex.FEMALE, "circa 1980", List.of("PRK"), List.of(), List.of("ko"), "ko", GenderPreference.FEMALE,
              GenderPreference.FEMALE, Set.of())));
      CaseId id = demo.access.actingAs("reception",
          () -> demo.intake.asOf(start).recordIntent(Intake.RecordIntent.of(office.id(), principal, dependants, Channel.OFFICE, Modality.REGULAR)));
      return new Walk(demo, id, start);
    }

    Walk positive() {
      positive = true;
      return this;
    }

    Walk negative(String why) {
      positive = false;
      explanation = why;
      return this;
    }

    Walk endingNotifiedDaysAgo(int days) {
      endingNotifiedDaysAgo = days;
      return this;
    }

    Walk notifiedDaysAgo(int days) {
      notifiedDaysAgo = days;
      return this;
    }

    private LocalDate day(int offset) {
      LocalDate day = start.plusDays(offset);
      LocalDate today = LocalDate.now(demo.clock);
      return day.isAfter(today) ? today : day;
    }

    private <T> T as(String user, java.util.function.Supplier<T> step) {
      // Each step in one transaction, as the service would run it for a request.
      T result = demo.access.actingAs(user, () -> demo.transactions.execute(status -> step.get()));
      version++;
      return result;
    }

    Walk until(ClaimState target) {
      if (target == ClaimState.INTENT_EXPRESSED) {
        return this;
      }
      as("registrar", () -> demo.intake.asOf(day(1)).register(id, new Intake.Register(version, null, null)));
      if (target == ClaimState.REGISTERED) {
        return this;
      }
      if (target == ClaimState.CLOSED_WITHDRAWN || target == ClaimState.REOPENED) {
        as("registrar", () -> demo.casework.asOf(day(2)).withdraw(id, new Casework.Withdraw(version, false, null, null)));
        if (target == ClaimState.REOPENED) {
          as("supervisor", () -> demo.casework.asOf(day(30)).reopen(id, new Casework.Reopen(version, "The applicant asked to resume the claim.", null, null)));
        }
        return this;
      }
      as("registrar", () -> demo.intake.asOf(day(1)).provideInformation(id, new Intake.ProvideInformation(version, "ko", null, null)));
      if (target == ClaimState.INFO_PROVIDED) {
        return this;
      }
      if (target == ClaimState.ON_HOLD) {
        as("supervisor", () -> demo.casework.asOf(day(5)).hold(id, new Casework.Hold(version, "The applicant is in hospital.", null, null)));
        return this;
      }
      java.util.UUID interview = as("reception",
          () -> demo.interviews.asOf(day(7)).schedule(id, new Interviews.ScheduleInterview(version, "eligibility_officer", null, null, null, null, null, null, null)));
      if (target == ClaimState.INTERVIEW_SCHEDULED) {
        return this;
      }
      if (target == ClaimState.CLOSED_ABANDONED) {
        as("reception", () -> demo.interviews.asOf(day(14)).recordNoShow(id, interview, new Interviews.RecordNoShow(version, null, null)));
        as("registrar", () -> demo.interviews.asOf(day(20)).recordContactAttempt(id, new Interviews.RecordContactAttempt(version, "Letter to the last known address", null, null)));
        as("supervisor", () -> demo.casework.closeAbandoned(id, new Casework.CloseAbandoned(version)));
        return this;
      }
      as("eligibility_officer", () -> demo.interviews.asOf(day(14)).record(id, interview, new Interviews.RecordInterview(version, true, null, null, null)));
      if (target == ClaimState.INTERVIEWED) {
        return this;
      }
      as("eligibility_officer", () -> demo.decisions.asOf(day(16)).writeAssessment(id, Decisions.WriteAssessment.of(version, demo.assessment(positive))));
      if (target == ClaimState.ASSESSMENT_IN_PROGRESS) {
        return this;
      }
      LocalDate notified = notifiedDaysAgo < 0 ? day(25) : LocalDate.now(demo.clock).minusDays(notifiedDaysAgo);
      as("eligibility_officer", () -> demo.decisions.asOf(day(18)).draft(id, Decisions.DraftDecision.of(version, demo.draft(positive, explanation))));
      if (target == ClaimState.DECISION_DRAFTED) {
        return this;
      }
      as("supervisor", () -> demo.decisions.asOf(notified).sign(id, new Decisions.SignDecision(version, RecipientType.APPLICANT, null, null, null)));
      if (target == ClaimState.STATUS_ENDING_PROPOSED || target == ClaimState.STATUS_ENDING_NOTIFIED
          || target == ClaimState.STATUS_ENDED) {
        return ending(target);
      }
      if (target == ClaimState.RECOGNISED || target == ClaimState.REJECTED_NOTIFIED) {
        return this;
      }
      appeal = as("registrar", () -> demo.appeals.asOf(notified.plusDays(20)).lodge(id, new Appeals.LodgeAppeal(version, null, null)));
      if (target == ClaimState.APPEAL_LODGED) {
        return this;
      }
      as("supervisor", () -> demo.appeals.asOf(notified.plusDays(22)).assign(id, appeal, new Appeals.AssignAppeal(version, "appeal_officer", null, null)));
      if (target == ClaimState.APPEAL_UNDER_CONSIDERATION) {
        return this;
      }
      Case.AppealOutcome outcome = target == ClaimState.APPEAL_REMITTED ? Case.AppealOutcome.REMITTED : Case.AppealOutcome.DISMISSED;
      String reasons = outcome == Case.AppealOutcome.REMITTED
          ? "Nationality was decided without a language analysis; assess again."
          : "The appeal raises nothing that the first instance did not weigh.";
      as("appeal_officer", () -> demo.appeals.asOf(notified.plusDays(50)).decide(id, appeal, new Appeals.DecideAppeal(version, outcome, reasons, null, null)));
      return this;
    }

    /** From recognition to the ending of the status: cessation proposed, notified, and appealed in vain. */
    private Walk ending(ClaimState target) {
      LocalDate endingNotified = LocalDate.now(demo.clock).minusDays(endingNotifiedDaysAgo);
      as("eligibility_officer", () -> demo.endings.asOf(endingNotified.minusDays(10)).propose(id, new StatusEndings.ProposeStatusEnding(version, org.sanctuary.procedure.StatusEnding.Kind.CESSATION, "1C(5)", "The circumstances in connection with which you were recognised have ceased to exist; put to you at an interview.", null, null)));
      if (target == ClaimState.STATUS_ENDING_PROPOSED) {
        return this;
      }
      as("supervisor", () -> demo.endings.asOf(endingNotified).decide(id, new StatusEndings.DecideStatusEnding(version, RecipientType.APPLICANT, null, null)));
      if (target == ClaimState.STATUS_ENDING_NOTIFIED) {
        return this;
      }
      appeal = as("registrar", () -> demo.appeals.asOf(endingNotified.plusDays(20)).lodge(id, new Appeals.LodgeAppeal(version, null, null)));
      as("supervisor", () -> demo.appeals.asOf(endingNotified.plusDays(22)).assign(id, appeal, new Appeals.AssignAppeal(version, "appeal_officer", null, null)));
      as("appeal_officer", () -> demo.appeals.asOf(endingNotified.plusDays(50)).decide(id, appeal, new Appeals.DecideAppeal(version, Case.AppealOutcome.DISMISSED, "The change of circumstances is fundamental and durable.", null, null)));
      return this;
    }

    Walk derivative(PersonId member, boolean grant) {
      as("eligibility_officer", () -> demo.decisions.decideDerivative(id, member, new Decisions.DecideDerivative(version, grant, false, null, null)));
      return this;
    }
  }

  private Assessment assessment(boolean positive) {
    Assessment.Element yes = new Assessment.Element(Finding.POSITIVE, "Consistent with country information on the DPRK.");
    Assessment.Element no = new Assessment.Element(Finding.NEGATIVE, "Material contradictions on the route, not explained.");
    return new Assessment(yes, positive ? yes : no, yes, yes, yes, yes, Set.of(ConventionGround.POLITICAL_OPINION), yes,
        "Leaving the DPRK without permission is punished by labour camp; return exposes the applicant to it.",
        Exclusion.NOT_EXCLUDED, "No indication of any 1F act.", positive ? "Refugee under Art 1A(2)." : "Not a refugee.");
  }

  private DecisionDraft draft(boolean positive, String explanation) {
    return positive
        ? new DecisionDraft(DecisionDraft.Outcome.RECOGNITION, Set.of(), null, "1951 Convention, Art 1A(2)", null, "ko", Set.of())
        : new DecisionDraft(DecisionDraft.Outcome.REJECTION, Set.of("CREDIBILITY"), explanation, "1951 Convention, Art 1A(2)",
            "Appeal in writing to the office within 30 days of notification.", "ko", Set.of());
  }

  /** "Six individuals, including a two-and-a-half-year-old boy, detained at the end of May in South China." */
  private Void sixDetained(Office office) {
    List<PersonId> six = new ArrayList<>();
    six.add(person(office, "김영호", "Kim Yŏng-ho", "Gim Yeongho", Sex.MALE, "circa 1965", Set.of()));
    PersonId mother = person(office, "박순희", "Pak Sun-hŭi", "Bak Sunhui", Sex.FEMALE, "circa 1972", Set.of(SpecificNeed.WOMAN_AT_RISK));
    six.add(mother);
    six.add(person(office, "리철", "Ri Ch'ŏl", "Ri Cheol", Sex.MALE, "1980", Set.of()));
    six.add(person(office, "최명숙", "Ch'oe Myŏng-suk", "Choe Myeongsuk", Sex.FEMALE, "circa 1968", Set.of()));
    six.add(person(office, "김은정", "Kim Ŭn-jŏng", "Gim Eunjeong", Sex.FEMALE, "1976", Set.of()));
    PersonId boy =
        person(office, "김준", "Kim Chun", "Gim Jun", Sex.MALE, "about 2½ years old on 31 May 2002", Set.of());
    six.add(boy);
    for (PersonId id : six) {
      whereabouts(id, WhereaboutsStatus.DETAINED, "end of May 2002", "South China", "Public security authorities (reported)", "NGO statement, June 2002");
      whereabouts(id, WhereaboutsStatus.WHEREABOUTS_UNKNOWN, "June 2002", null, null, "No information given in reply to enquiries");
    }
    groups.register(
        office.id(),
        new GroupDraft(
            "Six detained in South China, May 2002",
            GroupKind.TRAVELLING_GROUP,
            six,
            List.of(new FamilyLink(mother, boy, FamilyRelation.PARENT))));
    return null;
  }

  /** A woman long settled with a Chinese husband, and an aid worker held for helping. */
  private Void womanAndHelper(Office office) {
    PersonId woman =
        person(office, "리순옥", "Ri Sun-ok", "Ri Sunok", Sex.FEMALE, "1970", Set.of(SpecificNeed.WOMAN_AT_RISK));
    whereabouts(woman, WhereaboutsStatus.AT_LARGE, "April 2002", "Longjing, Yanbian", null, "Married to a Chinese national, settled since 1997");
    CaseId claim =
        intake.asOf(LocalDate.of(2002, 5, 2)).recordIntent(Intake.RecordIntent.of(office.id(), woman, Set.of(), Channel.OFFICE, Modality.REGULAR));
    intake.asOf(LocalDate.of(2002, 5, 2)).register(claim, new Intake.Register(0L, null, null));
    PersonId helper =
        persons.register(
            office.id(),
            new PersonDraft(
                List.of(new NameDraft(NameScript.LATIN_OTHER, "Daniel Park", true), new NameDraft(NameScript.HANGUL, "박다니엘", false)),
                Sex.MALE, "circa 1960", List.of("KOR"), List.of(), List.of("ko", "en"), "ko",
                GenderPreference.NONE, GenderPreference.NONE, Set.of()));
    whereabouts(helper, WhereaboutsStatus.DETAINED, "May 2002", "Yanji", "State security (reported)", "Rounded up for interrogation with other helpers");
    PersonId child =
        person(office, "최경철", "Ch'oe Kyŏng-ch'ŏl", "Choe Gyeongcheol", Sex.MALE, "about 12 years old on 1 June 2002", Set.of(SpecificNeed.UNACCOMPANIED_CHILD));
    whereabouts(child, WhereaboutsStatus.AT_LARGE, "early June 2002", "Tumen", null, "Orphan, alone; at risk of round-up");
    intake.asOf(LocalDate.of(2002, 6, 5)).recordIntent(Intake.RecordIntent.of(office.id(), child, Set.of(), Channel.MONITORING_MISSION, Modality.REGULAR));
    // The host authority asks for the woman's return: the lock refuses and alerts the supervisors.
    access.actingAs("protection_officer", () -> removals.record(woman, Requester.HOST_AUTHORITY, RemovalKind.RETURN,
        "Return as an illegal migrant demanded by the county public security bureau.", LocalDate.of(2002, 6, 10)));
    return null;
  }

  /** A family that entered an embassy; the host state demands "trespassers" be handed over. */
  private Void embassyFamily(Office office) {
    PersonId father = person(office, "한성민", "Han Sŏng-min", "Han Seongmin", Sex.MALE, "1968", Set.of());
    PersonId mother = person(office, "정미경", "Chŏng Mi-gyŏng", "Jeong Migyeong", Sex.FEMALE, "1971", Set.of());
    PersonId daughter = person(office, "한은별", "Han Ŭn-byŏl", "Han Eunbyeol", Sex.FEMALE, "1994", Set.of());
    PersonId son = person(office, "한철진", "Han Ch'ŏl-jin", "Han Cheoljin", Sex.MALE, "1998", Set.of());
    for (PersonId id : List.of(father, mother, daughter, son)) {
      whereabouts(id, WhereaboutsStatus.IN_DIPLOMATIC_MISSION, "13 June 2002", "Embassy premises, Beijing", null, "Entered the embassy seeking asylum");
    }
    CaseId claim =
        intake.asOf(LocalDate.of(2002, 6, 13)).recordIntent(Intake.RecordIntent.of(office.id(), father, Set.of(mother, daughter, son), Channel.DIPLOMATIC_PREMISES, Modality.REGULAR));
    intake.asOf(LocalDate.of(2002, 6, 14)).register(claim, new Intake.Register(0L, null, null));
    // The host state demands that the "trespassers" be handed over: the lock refuses, supervisors are alerted.
    access.actingAs("protection_officer", () -> removals.record(father, Requester.HOST_AUTHORITY, RemovalKind.HANDOVER,
        null, LocalDate.of(2002, 6, 15)));
    groups.register(
        office.id(),
        new GroupDraft(
            "Han family (embassy entry, June 2002)",
            GroupKind.HOUSEHOLD,
            List.of(father, mother, daughter, son),
            List.of(
                new FamilyLink(father, mother, FamilyRelation.SPOUSE),
                new FamilyLink(father, daughter, FamilyRelation.PARENT),
                new FamilyLink(father, son, FamilyRelation.PARENT),
                new FamilyLink(mother, daughter, FamilyRelation.PARENT),
                new FamilyLink(mother, son, FamilyRelation.PARENT))));
    return null;
  }

  private PersonId person(
      Office office, String hangul, String mr, String rr, Sex sex, String born, Set<SpecificNeed> needs) {
    return persons.register(
        office.id(),
        new PersonDraft(
            List.of(
                new NameDraft(NameScript.HANGUL, hangul, true),
                new NameDraft(NameScript.LATIN_MR, mr, false),
                new NameDraft(NameScript.LATIN_RR, rr, false)),
            sex,
            born,
            List.of("PRK"),
            List.of("KOR"),
            List.of("ko"),
            "ko",
            sex == Sex.FEMALE ? GenderPreference.FEMALE : GenderPreference.NONE,
            sex == Sex.FEMALE ? GenderPreference.FEMALE : GenderPreference.NONE,
            needs));
  }

  private void whereabouts(
      PersonId id, WhereaboutsStatus status, String on, @Nullable String place, @Nullable String authority, String note) {
    persons.recordWhereabouts(id, new WhereaboutsDraft(status, on, place, authority, note));
  }
}
