package org.sanctuary.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/permissions.md is the permission table as the code holds it. The test fails when the two
 * differ; run it with -Dsanctuary.docs.write=true to rewrite the page from the code.
 */
class PermissionTableDocTest {

  private static final Path PAGE = Path.of("docs/permissions.md");

  @Test
  void thePermissionPageMatchesTheCode() throws IOException {
    String rendered = render();
    if (Boolean.getBoolean("sanctuary.docs.write")) {
      Files.writeString(PAGE, rendered);
    }
    assertThat(Files.readString(PAGE)).isEqualTo(rendered);
  }

  static String render() {
    StringBuilder page = new StringBuilder();
    page.append("# Who may do what\n\n")
        .append("Generated from `org.sanctuary.access.Permission` by `PermissionTableDocTest`; do not edit by hand.\n")
        .append("A user holds roles per office; a permission held in an office applies to that office's records only,\n")
        .append("except the organisation-wide ones marked *all offices*.\n\n");
    page.append("| permission | scope | ")
        .append(Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.joining(" | ")))
        .append(" |\n|---|---|")
        .append("---|".repeat(Role.values().length))
        .append('\n');
    for (Permission permission : Permission.values()) {
      page.append("| ").append(permission.name()).append(" | ")
          .append(permission.isOrganisationWide() ? "all offices" : "own office").append(" |");
      for (Role role : Role.values()) {
        page.append(permission.grantedTo(role) ? " ✓ |" : "   |");
      }
      page.append('\n');
    }
    page.append("\n## Commands of the procedure\n\n")
        .append("Generated from `org.sanctuary.procedure.Command` and `MissionIntake`. Giving a command needs CASE_WORK in the\n")
        .append("case's office and one of these roles there; the state must allow it (docs/procedure-states.md) and every\n")
        .append("guard must pass (docs/reason-codes.md). At a diplomatic mission only the commands marked *mission* are given.\n\n")
        .append("| command | mission | ")
        .append(Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.joining(" | ")))
        .append(" |\n|---|---|")
        .append("---|".repeat(Role.values().length))
        .append('\n');
    for (org.sanctuary.procedure.Command command : org.sanctuary.procedure.Command.values()) {
      page.append("| ").append(command.name()).append(" | ")
          .append(org.sanctuary.procedure.MissionIntake.check(command, true).allowed() ? "mission" : "").append(" |");
      for (Role role : Role.values()) {
        page.append(command.mayBeGivenBy(role) ? " ✓ |" : "   |");
      }
      page.append('\n');
    }
    return page.toString();
  }
}
