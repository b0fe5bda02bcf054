package org.sanctuary.registry;

import org.jspecify.annotations.Nullable;

/** A whereabouts observation as typed: status, date in words ("end of May 2002"), place, authority, source. */
public record WhereaboutsDraft(
    @Nullable WhereaboutsStatus status,
    @Nullable String on,
    @Nullable String place,
    @Nullable String authority,
    @Nullable String sourceNote) {}
