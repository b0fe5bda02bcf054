package org.sanctuary.access;

/** The roles of procedure.md §1. A user holds roles per office. */
public enum Role {
  /** Records an expression of intent, books appointments; decides nothing. */
  RECEPTION,
  /** Registers persons and families, flags specific needs, delivers information. */
  REGISTRAR,
  /** Interviews, assesses, drafts decisions. */
  ELIGIBILITY_OFFICER,
  /** Assigns, signs off, holds and resumes, closes and reopens. */
  SUPERVISOR,
  /** Decides appeals on cases they never touched at first instance. */
  APPEAL_OFFICER,
  /** Custody and safety follow-up, removal and handover requests, referrals. */
  PROTECTION_OFFICER,
  /** Documents events, acts and persons of concern. */
  MONITOR,
  /** Sees aggregates only. */
  ANALYST,
  /** Reads the audit trail and decides disclosure requests; changes no case data. */
  AUDITOR,
  /** Manages users and offices; never reads case content. */
  ADMIN
}
