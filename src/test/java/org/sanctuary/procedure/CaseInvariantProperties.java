package org.sanctuary.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.clocks.JurisdictionProfile;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.Assessment.Element;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.interview.Applicant;
import org.sanctuary.procedure.interview.InterviewPlan;
import org.sanctuary.procedure.interview.Interviewer;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;

/**
 * Random sequences of commands by random actors against one case, with the invariants of the
 * procedure checked after every step: a refused command changes nothing; no removal while the claim
 * can still succeed; no appeal decided by a first-instance actor; no negative decision without an
 * interview and complete reasons.
 */
class CaseInvariantProperties {

  private static final LocalDate START = LocalDate.of(2002, 6, 1);
  private static final UUID INTERVIEW = UUID.randomUUID();
  private static final UUID APPEAL = UUID.randomUUID();
  private static final PersonId DEPENDANT = new PersonId(UUID.randomUUID());
  private static final List<CaseActor> ACTORS =
      List.of(
          new CaseActor("reception", Set.of(Role.RECEPTION)),
          new CaseActor("registrar", Set.of(Role.REGISTRAR)),
          new CaseActor("eo-kim", Set.of(Role.ELIGIBILITY_OFFICER)),
          new CaseActor("eo-choi", Set.of(Role.ELIGIBILITY_OFFICER)),
          new CaseActor("supervisor-lee", Set.of(Role.SUPERVISOR)),
          new CaseActor("appeal-park", Set.of(Role.APPEAL_OFFICER)),
          new CaseActor("eo-kim", Set.of(Role.APPEAL_OFFICER)),
          new CaseActor("admin", Set.of(Role.ADMIN)));

  /**
   * One step: most steps are guided (a command some actor may give now, by an actor who may give it,
   * so that walks reach decisions and appeals); the rest are anything by anyone.
   */
  record Step(boolean guided, int command, int actor, int days, boolean flag) {}

  @Property(tries = 500)
  void theProcedureHoldsWhateverIsTriedInWhateverOrder(@ForAll("steps") List<Step> steps) {
    Case claim =
        Case.recordIntent(new CaseId(UUID.randomUUID()), new OfficeId(UUID.randomUUID()), "BJG-2002-00001",
            new PersonId(UUID.randomUUID()), Set.of(DEPENDANT), Channel.DIPLOMATIC_PREMISES, Modality.ACCELERATED,
            JurisdictionProfile.unhcrMandate(), ActDate.on(START), ACTORS.get(0));
    LocalDate day = START;
    for (Step step : steps) {
      day = day.plusDays(step.days());
      ClaimState before = claim.state();
      int eventsBefore = claim.history().size();
      Command command = step.guided() ? guidedCommand(claim, step) : COMMANDS.get(step.command() % COMMANDS.size());
      CaseActor actor = step.guided() && command != null ? guidedActor(claim, command, step) : ACTORS.get(step.actor());
      try {
        apply(claim, command, step, actor, day);
      } catch (Refusal refused) {
        assertThat(claim.state()).as("refused %s left the state", refused.code()).isEqualTo(before);
        assertThat(claim.history()).hasSize(eventsBefore);
      }
      if (claim.mayBeRemoved(true, day).allowed()) {
        assertThat(claim.state()).isIn(ClaimState.FINAL_NEGATIVE, ClaimState.CLOSED_WITHDRAWN);
      }
      if (claim.state() == ClaimState.RECOGNISED || claim.state().isPending()) {
        assertThat(claim.mayBeRemoved(true, day).allowed()).isFalse();
      }
      CaseEvent last = claim.history().get(claim.history().size() - 1);
      if (last.what() == Happened.APPEAL_DECIDED) {
        assertThat(claim.firstInstanceActors()).doesNotContain(last.by());
      }
      if (last.what() == Happened.DECISION_SIGNED && last.detail().equals("REJECTION")) {
        assertThat(claim.history()).extracting(e -> e.what().label()).contains("InterviewRecorded");
      }
      if (last.what() == Happened.DECISION_SIGNED) {
        claim.sensitiveClaimants().forEach(member -> assertThat(claim.snapshot().draft().covers()).doesNotContain(member));
      }
    }
    Statistics.label("furthest state").collect(furthest(claim));
  }

  /**
   * No dead ends: wherever a random walk leaves the case (a record left open, information in the
   * wrong language, a draft returned, an appeal remitted, a file closed or paused), the office can
   * still take it to a decision on the merits (recognised, or final-negative) with steps its roles
   * may give. The search uses the walk's roles plus an eligibility officer and an appeal officer
   * who have not acted on the case (an office can always assign someone independent).
   */
  @Property(tries = 400)
  void wherever_a_walk_leaves_the_case_some_role_can_still_take_it_to_a_decision(@ForAll("steps") List<Step> steps) {
    Case claim =
        Case.recordIntent(new CaseId(UUID.randomUUID()), new OfficeId(UUID.randomUUID()), "BJG-2002-00001",
            new PersonId(UUID.randomUUID()), Set.of(DEPENDANT), Channel.DIPLOMATIC_PREMISES, Modality.ACCELERATED,
            JurisdictionProfile.unhcrMandate(), ActDate.on(START), ACTORS.get(0));
    LocalDate day = START;
    for (Step step : steps) {
      day = day.plusDays(step.days());
      Command command = step.guided() ? guidedCommand(claim, step) : COMMANDS.get(step.command() % COMMANDS.size());
      CaseActor actor = step.guided() && command != null ? guidedActor(claim, command, step) : ACTORS.get(step.actor());
      try {
        apply(claim, command, step, actor, day);
      } catch (Refusal refused) {
        // refused: the case stays where it was
      }
    }
    List<String> way = WayOn.toADecision(claim, day);
    assertThat(way).as("no role can take a case in %s (after %s) to a decision", claim.state(),
        claim.history().stream().map(e -> e.what().label()).toList()).isNotNull();
    Statistics.label("left in").collect(claim.state().name());
  }

  /** A breadth-first search over the steps the office may give, with content that meets every guard. */
  static final class WayOn {

    private static final CaseActor FRESH_OFFICER = new CaseActor("eo-independent", Set.of(Role.ELIGIBILITY_OFFICER));
    private static final CaseActor FRESH_APPEAL_OFFICER = new CaseActor("appeal-independent", Set.of(Role.APPEAL_OFFICER));
    private static final Set<ClaimState> DECIDED = Set.of(ClaimState.RECOGNISED, ClaimState.FINAL_NEGATIVE);
    private static final int DEPTH = 14;

    /** The commands of a shortest way to a decision, or null when there is none. */
    static List<String> toADecision(Case start, LocalDate after) {
      record Node(Case claim, List<String> way) {}
      java.util.ArrayDeque<Node> queue = new java.util.ArrayDeque<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      queue.add(new Node(copy(start), List.of()));
      while (!queue.isEmpty()) {
        Node node = queue.poll();
        if (DECIDED.contains(node.claim().state())) {
          return node.way();
        }
        if (node.way().size() >= DEPTH || !seen.add(key(node.claim()))) {
          continue;
        }
        LocalDate day = after.plusDays(1 + node.way().size());
        List<CaseActor> roster = new java.util.ArrayList<>(ACTORS);
        roster.add(FRESH_OFFICER);
        roster.add(FRESH_APPEAL_OFFICER);
        for (CaseActor actor : roster) {
          for (Command command : node.claim().commandsFor(actor)) {
            Case next = copy(node.claim());
            try {
              give(next, command, actor, day);
            } catch (Refusal refused) {
              continue;
            }
            List<String> way = new java.util.ArrayList<>(node.way());
            way.add(command + " by " + actor.username());
            queue.add(new Node(next, way));
          }
        }
        if (node.claim().state() == ClaimState.REJECTED_NOTIFIED) {
          Case lapsed = copy(node.claim());
          if (lapsed.lapseIfDue(day.plusYears(1))) {
            List<String> way = new java.util.ArrayList<>(node.way());
            way.add("LAPSE");
            queue.add(new Node(lapsed, way));
          }
        }
      }
      return null;
    }

    /** Each command with content that meets its guards, where it has any. */
    private static void give(Case claim, Command command, CaseActor actor, LocalDate day) {
      ActDate on = ActDate.on(day);
      switch (command) {
        case REGISTER -> claim.register(actor, on);
        case PROVIDE_INFORMATION -> claim.provideInformation(actor, "ko", on);
        case SCHEDULE_INTERVIEW -> claim.scheduleInterview(actor, INTERVIEW,
            new Applicant("ko", GenderPreference.NONE, GenderPreference.NONE, Set.of(), null),
            new InterviewPlan(new Interviewer(FRESH_OFFICER.username(), Set.of("ko"), Sex.FEMALE, true), null, null, null, null), on);
        case RECORD_INTERVIEW -> claim.recordInterview(actor, INTERVIEW, true, null, on);
        case FINALISE_INTERVIEW_RECORD -> claim.finaliseInterviewRecord(actor, true, null, on);
        case WRITE_ASSESSMENT -> claim.writeAssessment(actor, positive(), on);
        case DRAFT_DECISION ->
            claim.draftDecision(actor, new DecisionDraft(DecisionDraft.Outcome.RECOGNITION, Set.of(), null, "Art 1A(2)", null, "ko", Set.of()), on);
        case RETURN_DRAFT -> claim.returnDraft(actor, "Reconsider", on);
        case SIGN_DECISION -> claim.signDecision(actor, true, on);
        case LODGE_APPEAL -> claim.lodgeAppeal(actor, APPEAL, on);
        case ASSIGN_APPEAL -> claim.assignAppeal(actor, APPEAL, FRESH_APPEAL_OFFICER.username(), on);
        case DECIDE_APPEAL -> claim.decideAppeal(actor, APPEAL, Case.AppealOutcome.DISMISSED, "Reasons.", on);
        case REOPEN -> claim.reopen(actor, "New elements", on);
        case RESUME -> claim.resume(actor, on);
        // Side steps and exits do not lead to a decision.
        default -> throw new Refusal(ReasonCode.ILLEGAL_TRANSITION, "not a way on");
      }
    }

    private static Case copy(Case claim) {
      return Case.restore(claim.snapshot());
    }

    private static String key(Case claim) {
      Case.Snapshot s = claim.snapshot();
      return String.join("|", String.valueOf(s.state()), String.valueOf(s.heldFrom()), String.valueOf(s.informationLanguage()),
          String.valueOf(s.interviewHeld()), String.valueOf(s.interviewRecordFinalised()), String.valueOf(s.assessment()),
          String.valueOf(s.draft()), String.valueOf(s.appeals()),
          String.valueOf(s.scheduledInterview() != null), String.valueOf(new java.util.TreeSet<>(s.firstInstanceActors())));
    }
  }

  /** For the report: how deep into the procedure the random walk got. */
  private static String furthest(Case claim) {
    List<String> events = claim.history().stream().map(e -> e.what().label()).toList();
    for (String what : List.of("AppealDecided", "AppealAssigned", "AppealLodged", "DecisionSigned", "DecisionDrafted",
        "AssessmentWritten", "InterviewRecorded", "InterviewScheduled", "InformationProvided", "Registered")) {
      if (events.contains(what)) {
        return what;
      }
    }
    return "IntentRecorded";
  }

  private static final List<Command> COMMANDS = List.of(Command.values());

  private static Command guidedCommand(Case claim, Step step) {
    List<Command> possible = new java.util.ArrayList<>();
    for (CaseActor actor : ACTORS) {
      for (Command command : claim.commandsFor(actor)) {
        if (!possible.contains(command)) {
          possible.add(command);
        }
      }
    }
    if (claim.state() == ClaimState.REJECTED_NOTIFIED) {
      possible.add(Command.LAPSE);
    }
    // Side exits (withdrawal, closure, hold) and side steps only now and then, so that walks also go deep.
    if (step.command() % 10 != 0 && possible.size() > 1) {
      possible.removeAll(List.of(Command.WITHDRAW, Command.CLOSE_ABANDONED, Command.HOLD, Command.LODGE_INDEPENDENT_CLAIM));
    }
    return possible.isEmpty() ? null : possible.get(step.command() % possible.size());
  }

  private static CaseActor guidedActor(Case claim, Command command, Step step) {
    List<CaseActor> able = ACTORS.stream().filter(a -> claim.commandsFor(a).contains(command)).toList();
    return able.isEmpty() ? ACTORS.get(step.actor()) : able.get(step.actor() % able.size());
  }

  private static void apply(Case claim, Command command, Step step, CaseActor actor, LocalDate day) {
    if (command == null) {
      return;
    }
    switch (command) {
      case REGISTER -> claim.register(actor, ActDate.on(day));
      case PROVIDE_INFORMATION -> claim.provideInformation(actor, step.flag() || step.days() % 3 != 0 ? "ko" : "zh", ActDate.on(day));
      case SCHEDULE_INTERVIEW -> claim.scheduleInterview(actor, INTERVIEW, new Applicant("ko", GenderPreference.NONE, GenderPreference.NONE, Set.of(), null),
          new InterviewPlan(new Interviewer(step.flag() ? "eo-kim" : "eo-choi", Set.of("ko"), Sex.FEMALE, false), null, null, null, null), ActDate.on(day));
      case RECORD_INTERVIEW -> claim.recordInterview(actor, INTERVIEW, step.flag() || step.days() % 4 != 0, null, ActDate.on(day));
      case FINALISE_INTERVIEW_RECORD -> claim.finaliseInterviewRecord(actor, step.flag(), step.flag() ? null : "Disputes page 3.", ActDate.on(day));
      case RECORD_NO_SHOW -> claim.recordNoShow(actor, INTERVIEW, ActDate.on(day));
      case RECORD_CONTACT_ATTEMPT -> claim.recordContactAttempt(actor, ActDate.on(day), "phone");
      case DECIDE_DERIVATIVE -> claim.decideDerivative(actor, DEPENDANT, step.flag(), false, List.of("PRK"), "CHN", ActDate.on(day));
      case LODGE_INDEPENDENT_CLAIM ->
          claim.lodgeIndependentClaim(actor, new Case.IndependentClaim(DEPENDANT, new CaseId(UUID.randomUUID()), step.flag()),
              "BJG-2002-00002", ActDate.on(day));
      case WRITE_ASSESSMENT -> claim.writeAssessment(actor, step.flag() ? positive() : negative(), ActDate.on(day));
      case DRAFT_DECISION -> claim.draftDecision(actor, draftFor(step, day), ActDate.on(day));
      case RETURN_DRAFT -> claim.returnDraft(actor, "Reconsider credibility", ActDate.on(day));
      case SIGN_DECISION -> claim.signDecision(actor, true, ActDate.on(day));
      case LODGE_APPEAL -> claim.lodgeAppeal(actor, APPEAL, ActDate.on(day));
      case ASSIGN_APPEAL -> claim.assignAppeal(actor, APPEAL, step.flag() ? "appeal-park" : "eo-kim", ActDate.on(day));
      case DECIDE_APPEAL -> claim.decideAppeal(actor, APPEAL, step.flag() ? Case.AppealOutcome.DISMISSED : Case.AppealOutcome.REMITTED, "Reasons.", ActDate.on(day));
      case LAPSE -> claim.lapseIfDue(day);
      case WITHDRAW -> claim.withdraw(actor, step.days() % 5 == 0, false, ActDate.on(day));
      case CLOSE_ABANDONED -> claim.closeAbandoned(actor, day);
      case REOPEN -> claim.reopen(actor, "New elements", ActDate.on(day));
      case HOLD -> claim.hold(actor, "Pause", ActDate.on(day));
      case RESUME -> claim.resume(actor, ActDate.on(day));
    }
  }

  private static Assessment positive() {
    Element yes = new Element(Finding.POSITIVE, "Established.");
    return new Assessment(yes, yes, yes, yes, yes, yes, Set.of(ConventionGround.RELIGION), yes, "Analysed.", Exclusion.NOT_EXCLUDED, null, null);
  }

  private static Assessment negative() {
    Element yes = new Element(Finding.POSITIVE, "Established.");
    return new Assessment(yes, new Element(Finding.NEGATIVE, "Contradictions."), yes, yes, yes, yes, Set.of(), yes,
        "Analysed.", Exclusion.NOT_EXCLUDED, null, null);
  }

  private static DecisionDraft draftFor(Step step, LocalDate day) {
    return switch (step.days() % 3) {
      case 0 -> completeRejection(day);
      case 1 -> new DecisionDraft(DecisionDraft.Outcome.RECOGNITION, Set.of(), null, "Art 1A(2)", null, "ko", step.flag() ? Set.of(DEPENDANT) : Set.of());
      default -> step.flag() ? completeRejection(day) : bareRejection();
    };
  }

  private static DecisionDraft completeRejection(LocalDate day) {
    return new DecisionDraft(DecisionDraft.Outcome.REJECTION, Set.of("CREDIBILITY"), "Individual reasons.", "Art 1A(2)",
        "Appeal within 30 days.", "ko", Set.of());
  }

  private static DecisionDraft bareRejection() {
    return new DecisionDraft(DecisionDraft.Outcome.REJECTION, Set.of(), null, null, null, null, Set.of());
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 9).map(n -> n < 8),
                Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, ACTORS.size() - 1),
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 10)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(30, 120))),
                Arbitraries.of(true, false))
            .as(Step::new);
    return step.list().ofMinSize(10).ofMaxSize(80);
  }
}
