package org.sanctuary.registry;

/** A typed link between two members: {@code from} is the {@code relation} of {@code to}. */
public record FamilyLink(PersonId from, PersonId to, FamilyRelation relation) {}
