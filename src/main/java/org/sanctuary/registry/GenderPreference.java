package org.sanctuary.registry;

/** A person's request about the sex of their interviewer or interpreter (PS §2.5.1). */
public enum GenderPreference {
  NONE,
  FEMALE,
  MALE
}
