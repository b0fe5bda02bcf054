package org.sanctuary.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A registration group as typed: label, kind, members (persons of the same office) and links. */
public record GroupDraft(
    @Nullable String label, @Nullable GroupKind kind, List<PersonId> members, List<FamilyLink> links) {

  public GroupDraft {
    members = members == null ? List.of() : List.copyOf(members);
    links = links == null ? List.of() : List.copyOf(links);
  }
}
