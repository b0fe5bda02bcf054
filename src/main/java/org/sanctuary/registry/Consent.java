package org.sanctuary.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consent given or refused, on a date; later records supersede, none is overwritten. */
public record Consent(
    UUID id, ConsentPurpose purpose, boolean given, LocalDate on, String recordedBy, Instant recordedAt) {}
