package org.sanctuary.registry;

/** What the caller's offices hold, for the home page: persons, of whom priority cases, and groups. */
public record RegistryCounts(long persons, long priority, long groups) {}
