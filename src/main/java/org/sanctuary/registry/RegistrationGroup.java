package org.sanctuary.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanctuary.access.OfficeId;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;

/**
 * A household or travelling group, registered once. Each member keeps an own person record; the
 * group holds who belongs and how members are related. Any member may later lodge an independent
 * claim: the group never stands in for the person.
 */
public record RegistrationGroup(
    GroupId id,
    OfficeId office,
    String label,
    GroupKind kind,
    List<PersonId> members,
    List<FamilyLink> links,
    long version) {

  public RegistrationGroup {
    members = List.copyOf(members);
    links = List.copyOf(links);
  }

  /**
   * Checks a draft: a label, a kind, at least one member, no member twice, links only between two
   * different members and at most one link per ordered pair. Whether each member belongs to the
   * office is checked by the service, which can see the office.
   */
  static RegistrationGroup from(GroupId id, OfficeId office, GroupDraft draft, long version) {
    List<FieldProblem> problems = new ArrayList<>();
    String label = PersonDetails.blankToNull(draft.label());
    if (label == null || label.length() > 200) {
      problems.add(new FieldProblem("label", "must be 1 to 200 characters"));
    }
    if (draft.kind() == null) {
      problems.add(new FieldProblem("kind", "is required"));
    }
    if (draft.members().isEmpty()) {
      problems.add(new FieldProblem("members", "at least one member is required"));
    }
    if (new HashSet<>(draft.members()).size() != draft.members().size()) {
      problems.add(new FieldProblem("members", "a person is listed twice"));
    }
    Set<List<PersonId>> pairs = new HashSet<>();
    for (int i = 0; i < draft.links().size(); i++) {
      FamilyLink link = draft.links().get(i);
      String field = "links[" + i + "]";
      if (link.from() == null || link.to() == null || link.relation() == null) {
        problems.add(new FieldProblem(field, "needs from, to and relation"));
      } else if (link.from().equals(link.to())) {
        problems.add(new FieldProblem(field, "a person cannot be linked to themselves"));
      } else if (!draft.members().contains(link.from()) || !draft.members().contains(link.to())) {
        problems.add(new FieldProblem(field, "both persons must be members of the group"));
      } else if (!pairs.add(List.of(link.from(), link.to()))) {
        problems.add(new FieldProblem(field, "these two persons are already linked"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    return new RegistrationGroup(
        id, office, label, draft.kind(), draft.members(), draft.links(), version);
  }
}
