package org.sanctuary.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuary.access.Role;

/** procedure.md §3: the paths a claim may take, and the ones it may not. */
class TransitionsTest {

  @Test
  void aClaimCanTravelFromIntentToRecognition() {
    ClaimState state = ClaimState.INTENT_EXPRESSED;
    for (Command command :
        new Command[] {
          Command.REGISTER,
          Command.PROVIDE_INFORMATION,
          Command.SCHEDULE_INTERVIEW,
          Command.RECORD_INTERVIEW,
          Command.WRITE_ASSESSMENT,
          Command.DRAFT_DECISION
        }) {
      state = Transitions.next(state, command);
    }
    assertThat(Transitions.next(state, Command.SIGN_DECISION, ClaimState.RECOGNISED)).isEqualTo(ClaimState.RECOGNISED);
  }

  @Test
  void aRejectionBecomesFinalByAppealOrByLapse() {
    ClaimState appealed = Transitions.next(ClaimState.REJECTED_NOTIFIED, Command.LODGE_APPEAL);
    ClaimState considered = Transitions.next(appealed, Command.ASSIGN_APPEAL);
    assertThat(Transitions.next(considered, Command.DECIDE_APPEAL, ClaimState.FINAL_NEGATIVE))
        .isEqualTo(ClaimState.FINAL_NEGATIVE);
    assertThat(Transitions.next(ClaimState.REJECTED_NOTIFIED, Command.LAPSE)).isEqualTo(ClaimState.FINAL_NEGATIVE);
  }

  @Test
  void noInterviewIsScheduledBeforeInformationAndNoDecisionIsSignedBeforeADraft() {
    assertThatThrownBy(() -> Transitions.next(ClaimState.REGISTERED, Command.SCHEDULE_INTERVIEW))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.ILLEGAL_TRANSITION));
    assertThat(Transitions.allows(ClaimState.ASSESSMENT_IN_PROGRESS, Command.SIGN_DECISION)).isFalse();
  }

  @Test
  void signingCannotChooseAStateThatSigningDoesNotLeadTo() {
    assertThatThrownBy(() -> Transitions.next(ClaimState.DECISION_DRAFTED, Command.SIGN_DECISION, ClaimState.FINAL_NEGATIVE))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("cannot lead to FINAL_NEGATIVE");
  }

  @Test
  void noCommandTakesARecognisedRefugeeOutOfRecognitionButAProposalToEndTheStatus() {
    for (Command command : Command.values()) {
      if (command != Command.PROPOSE_STATUS_ENDING) {
        assertThat(Transitions.targets(ClaimState.RECOGNISED, command)).as(command.name()).isSubsetOf(ClaimState.RECOGNISED);
      }
    }
    // The proposal leads only to the state in which the person is still protected; ending takes a
    // decision, its notification and the appeal window (StatusEndingApiTest).
    assertThat(Transitions.targets(ClaimState.RECOGNISED, Command.PROPOSE_STATUS_ENDING)).containsExactly(ClaimState.STATUS_ENDING_PROPOSED);
    assertThat(ClaimState.STATUS_ENDING_PROPOSED.isPending()).isTrue();
    assertThat(Transitions.allows(ClaimState.RECOGNISED, Command.DECIDE_DERIVATIVE)).isTrue();
    assertThat(Transitions.allows(ClaimState.RECOGNISED, Command.WITHDRAW)).isFalse();
  }

  @Test
  void everyStateCanBeReachedAndEveryNonFinalStateLeftByDesign() {
    Set<ClaimState> reached = EnumSet.of(ClaimState.INTENT_EXPRESSED);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (ClaimState from : EnumSet.copyOf(reached)) {
        for (Command command : Command.values()) {
          grew |= reached.addAll(Transitions.targets(from, command));
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrder(ClaimState.values());
  }

  @Test
  void onlyTheRolesOfProcedureMdMayGiveACommand() {
    assertThat(CommandPermission.check(Command.DECIDE_APPEAL, Set.of(Role.APPEAL_OFFICER)).allowed()).isTrue();
    assertThat(CommandPermission.check(Command.DECIDE_APPEAL, Set.of(Role.SUPERVISOR, Role.ELIGIBILITY_OFFICER)).refusal())
        .isEqualTo(ReasonCode.NOT_PERMITTED);
    assertThat(CommandPermission.check(Command.LAPSE, EnumSet.allOf(Role.class)).allowed())
        .as("only the daily job lapses a claim").isFalse();
    for (Command command : Command.values()) {
      assertThat(command.mayBeGivenBy(Role.ADMIN)).as("ADMIN " + command).isFalse();
      assertThat(command.mayBeGivenBy(Role.ANALYST)).as("ANALYST " + command).isFalse();
      assertThat(command.mayBeGivenBy(Role.AUDITOR)).as("AUDITOR " + command).isFalse();
    }
  }
}
