package org.sanctuary.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/procedure-states.md is drawn from {@link Transitions} and {@link Command}: the Mermaid state
 * diagram and the table of who may give each command. The test fails when the page and the code
 * differ (-Dsanctuary.docs.write=true rewrites it).
 */
class StateDiagramTest {

  private static final Path PAGE = Path.of("docs/procedure-states.md");

  @Test
  void theStateDiagramIsTheTransitionTable() throws IOException {
    StringBuilder page = new StringBuilder("# How a claim moves\n\n")
        .append("Generated from `org.sanctuary.procedure.Transitions` by `StateDiagramTest`; do not edit by hand.\n")
        .append("`ON_HOLD` returns to the state it was paused in. `LAPSE` is given only by the daily job.\n");
    for (Command command : Command.values()) {
      if (keepsEveryState(command)) {
        page.append("`").append(command).append("` is allowed in every state and leaves the state as it is.\n");
      }
    }
    page.append('\n')
        .append("```mermaid\nstateDiagram-v2\n    [*] --> INTENT_EXPRESSED\n");
    for (ClaimState from : ClaimState.values()) {
      for (Command command : Command.values()) {
        for (ClaimState to : Transitions.targets(from, command)) {
          if (command == Command.RESUME || keepsEveryState(command)) {
            continue;
          }
          page.append("    ").append(from).append(" --> ").append(to).append(" : ").append(command).append('\n');
        }
      }
    }
    page.append("    note right of ON_HOLD : RESUME returns to the state it left\n```\n\n")
        .append("| command | who may give it |\n|---|---|\n");
    for (Command command : Command.values()) {
      page.append("| ").append(command).append(" | ")
          .append(command.roles().isEmpty()
              ? "the daily job"
              : command.roles().stream().map(Enum::name).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    if (Boolean.getBoolean("sanctuary.docs.write")) {
      Files.writeString(PAGE, page.toString());
    }
    assertThat(Files.readString(PAGE)).isEqualTo(page.toString());
  }

  /** A command allowed from every state that never moves the claim: a note, not 17 loops in the drawing. */
  private static boolean keepsEveryState(Command command) {
    for (ClaimState state : ClaimState.values()) {
      if (!Transitions.targets(state, command).equals(java.util.EnumSet.of(state))) {
        return false;
      }
    }
    return true;
  }
}
