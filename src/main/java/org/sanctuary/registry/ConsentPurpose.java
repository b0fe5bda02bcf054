package org.sanctuary.registry;

/** What a person is asked to consent to. */
public enum ConsentPurpose {
  REGISTRATION_DATA_PROCESSING,
  SHARING_WITH_PARTNERS,
  FAMILY_TRACING,
  RESETTLEMENT_REFERRAL,
  PHOTOGRAPH
}
