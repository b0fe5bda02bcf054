package org.sanctuary.registry;

import java.time.LocalDate;

/** A specific need, when it was flagged and by whom. */
public record FlaggedNeed(SpecificNeed need, LocalDate flaggedOn, String flaggedBy) {}
