package org.sanctuary.registry;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.IntervalDate;

/**
 * One dated observation of where a person was: "detained at the end of May 2002 in south China,
 * whereabouts unknown". Entries are appended, never edited.
 */
public record WhereaboutsEntry(
    UUID id,
    WhereaboutsStatus status,
    IntervalDate on,
    @Nullable String place,
    @Nullable String authority,
    @Nullable String sourceNote,
    String recordedBy,
    Instant recordedAt,
    @Nullable Detention detention) {}
