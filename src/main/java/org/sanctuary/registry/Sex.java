package org.sanctuary.registry;

/** Sex as the person states it. */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
