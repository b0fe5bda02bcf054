package org.sanctuary.procedure.disclosure;

/** Who asks for, or would receive, information about an applicant. */
public enum RecipientType {
  APPLICANT,
  LEGAL_REPRESENTATIVE,
  GUARDIAN,
  HOST_AUTHORITY,
  RESETTLEMENT_STATE,
  PARTNER_AGENCY,
  COURT,
  /** The authorities of the country the applicant fled. */
  COUNTRY_OF_ORIGIN_AUTHORITY,
  /** Whoever the applicant says persecuted them. */
  ALLEGED_PERSECUTOR
}
