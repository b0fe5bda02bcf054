package org.sanctuary.monitoring.concern;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.WhereaboutsStatus;

/**
 * A registry person a team follows: where they were last known to be (the whereabouts timeline) and,
 * separately, their fate. Nobody is presumed dead: fate stays UNKNOWN until someone knows.
 *
 * @param unknownSince for a person whose whereabouts are unknown, the earliest day of that last
 *     observation; {@code daysUnknown} counts from it
 */
public record PersonOfConcern(
    PersonId person,
    String reference,
    String name,
    OfficeId team,
    LocalDate followedSince,
    Fate fate,
    @Nullable String fateNote,
    @Nullable WhereaboutsStatus lastStatus,
    @Nullable String lastObservation,
    @Nullable LocalDate unknownSince,
    @Nullable Long daysUnknown) {

  public enum Fate {
    UNKNOWN,
    ALIVE,
    DECEASED
  }
}
