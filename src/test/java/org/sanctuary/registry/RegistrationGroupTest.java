package org.sanctuary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.access.OfficeId;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;

/** A registration group's shape: members once each, links only between two different members. */
class RegistrationGroupTest {

  private final PersonId father = new PersonId(UUID.randomUUID());
  private final PersonId mother = new PersonId(UUID.randomUUID());
  private final PersonId stranger = new PersonId(UUID.randomUUID());

  @Test
  void aFamilyWithTypedLinksIsAccepted() {
    RegistrationGroup group =
        build(new GroupDraft("Han family", GroupKind.HOUSEHOLD, List.of(father, mother),
            List.of(new FamilyLink(father, mother, FamilyRelation.SPOUSE))));
    assertThat(group.links()).hasSize(1);
  }

  @Test
  void aLinkToSomeoneOutsideTheGroupOrToOneselfIsRefused() {
    assertThat(problems(new GroupDraft("Han family", GroupKind.HOUSEHOLD, List.of(father, mother),
            List.of(new FamilyLink(father, stranger, FamilyRelation.SIBLING), new FamilyLink(mother, mother, FamilyRelation.SPOUSE)))))
        .containsExactly("links[0]", "links[1]");
  }

  @Test
  void aGroupNeedsALabelAKindAndMembersEachOnce() {
    assertThat(problems(new GroupDraft(" ", null, List.of(father, father), List.of())))
        .containsExactly("label", "kind", "members");
    assertThat(problems(new GroupDraft("Empty", GroupKind.TRAVELLING_GROUP, List.of(), List.of())))
        .containsExactly("members");
  }

  private RegistrationGroup build(GroupDraft draft) {
    return RegistrationGroup.from(new GroupId(UUID.randomUUID()), new OfficeId(UUID.randomUUID()), draft, 0);
  }

  private List<String> problems(GroupDraft draft) {
    try {
      build(draft);
      return List.of();
    } catch (ValidationFailed e) {
      return e.problems().stream().map(FieldProblem::field).toList();
    }
  }
}
