package org.sanctuary.registry;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;

/** A person as a list shows them. */
public record PersonSummary(
    PersonId id,
    String reference,
    OfficeId office,
    String primaryName,
    Sex sex,
    @Nullable String dateOfBirth,
    List<String> nationalities,
    Set<SpecificNeed> specificNeeds) {

  public boolean hasPriority() {
    return specificNeeds.stream().anyMatch(SpecificNeed::givesPriority);
  }
}
