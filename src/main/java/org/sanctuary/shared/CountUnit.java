package org.sanctuary.shared;

/** What a count counts. Counts of different units are never added together. */
public enum CountUnit {
  PERSON,
  FAMILY,
  GROUP
}
