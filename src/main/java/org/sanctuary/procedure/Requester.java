package org.sanctuary.procedure;

/** Who asks for the person. */
public enum Requester {
  /** The authorities of the state the office is in, e.g. demanding embassy "trespassers". */
  HOST_AUTHORITY,
  /** The authorities of the state the person fled. */
  COUNTRY_OF_ORIGIN_AUTHORITY
}
