package org.sanctuary.registry;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;

/**
 * A person as a list shows them, with the languages they speak (ISO 639-1 codes), their place of
 * origin (a gazetteer place) and whether their identity is still only what they said at intent.
 */
public record PersonSummary(
    PersonId id,
    String reference,
    OfficeId office,
    String primaryName,
    Sex sex,
    @Nullable String dateOfBirth,
    List<String> nationalities,
    Set<SpecificNeed> specificNeeds,
    List<String> languages,
    java.util.@Nullable UUID originPlace,
    boolean identityAsSaid) {

  public boolean hasPriority() {
    return specificNeeds.stream().anyMatch(SpecificNeed::givesPriority);
  }
}
