package org.sanctuary.access;

/** An office: a short code used in file numbers (e.g. {@code BJG}), a name and a type. */
public record Office(OfficeId id, String code, String name, OfficeType type) {}
