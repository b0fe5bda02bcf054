package org.sanctuary.registry;

import org.jspecify.annotations.Nullable;

/**
 * A whereabouts observation as typed: status, date in words ("end of May 2002"), place, authority,
 * source, and for a detention what observers know of it.
 */
public record WhereaboutsDraft(
    @Nullable WhereaboutsStatus status,
    @Nullable String on,
    @Nullable String place,
    @Nullable String authority,
    @Nullable String sourceNote,
    @Nullable Detention detention) {

  /** An observation without detention details. */
  public WhereaboutsDraft(
      @Nullable WhereaboutsStatus status, @Nullable String on, @Nullable String place, @Nullable String authority,
      @Nullable String sourceNote) {
    this(status, on, place, authority, sourceNote, null);
  }
}
