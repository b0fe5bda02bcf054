package org.sanctuary.registry;

/** What holds a registration group together. */
public enum GroupKind {
  /** People who live together as a family. */
  HOUSEHOLD,
  /** People who arrived or were found together, e.g. those who entered an embassy together. */
  TRAVELLING_GROUP
}
