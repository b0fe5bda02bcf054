package org.sanctuary.registry;

import org.jspecify.annotations.Nullable;

/** A consent as typed: purpose, given or refused, and the day (ISO, default today). */
public record ConsentDraft(@Nullable ConsentPurpose purpose, @Nullable Boolean given, @Nullable String on) {}
