package org.sanctuary.registry.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.registry.FamilyLink;
import org.sanctuary.registry.GroupDraft;
import org.sanctuary.registry.GroupKind;
import org.sanctuary.registry.PersonId;

/** The JSON body that registers or revises a registration group. */
record GroupRequest(
    @Nullable UUID officeId,
    @Nullable Long version,
    @Nullable String label,
    @Nullable GroupKind kind,
    @Nullable List<UUID> members,
    @Nullable List<LinkRequest> links) {

  record LinkRequest(@Nullable UUID from, @Nullable UUID to, org.sanctuary.registry.@Nullable FamilyRelation relation) {}

  GroupDraft draft() {
    return new GroupDraft(
        label,
        kind,
        members == null ? List.of() : members.stream().map(PersonId::new).toList(),
        links == null
            ? List.of()
            : links.stream()
                .map(
                    l ->
                        new FamilyLink(
                            l.from() == null ? null : new PersonId(l.from()),
                            l.to() == null ? null : new PersonId(l.to()),
                            l.relation()))
                .toList());
  }
}
