package org.sanctuary.procedure.decision;

/** The five grounds of Refugee Convention Art 1A(2). */
public enum ConventionGround {
  RACE,
  RELIGION,
  NATIONALITY,
  MEMBERSHIP_OF_A_PARTICULAR_SOCIAL_GROUP,
  POLITICAL_OPINION
}
