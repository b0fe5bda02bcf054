package org.sanctuary.registry;

import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;

/**
 * Filters for the person list; every one optional. {@code priorityOnly} keeps persons with a need
 * that gives priority (procedure.md §5). {@code name} matches the start of any of a
 * person's names, with case, accents, spaces and hyphens ignored. {@code toComplete} keeps persons
 * recorded as said at intent whose identity a registrar has not yet completed.
 */
public record PersonQuery(
    @Nullable String name,
    @Nullable OfficeId office,
    @Nullable Sex sex,
    @Nullable String nationality,
    @Nullable SpecificNeed need,
    boolean priorityOnly,
    boolean toComplete) {

  /** Without the filter of identities recorded as said at intent, still to be completed. */
  public PersonQuery(@Nullable String name, @Nullable OfficeId office, @Nullable Sex sex, @Nullable String nationality,
      @Nullable SpecificNeed need, boolean priorityOnly) {
    this(name, office, sex, nationality, need, priorityOnly, false);
  }

  public static PersonQuery all() {
    return new PersonQuery(null, null, null, null, null, false, false);
  }
}
