package org.sanctuary.registry;

/**
 * What the caller's offices hold, for the home page: persons, of whom priority cases and identities
 * recorded as said at intent that a registrar has yet to complete, and groups.
 */
public record RegistryCounts(long persons, long priority, long groups, long toComplete) {}
