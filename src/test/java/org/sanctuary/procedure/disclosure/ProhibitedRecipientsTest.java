package org.sanctuary.procedure.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctuary.procedure.ReasonCode;

/** APR Art 7(2): the country of origin learns nothing, not even that a claim exists. */
class ProhibitedRecipientsTest {

  @ParameterizedTest
  @EnumSource(value = RecipientType.class, names = {"COUNTRY_OF_ORIGIN_AUTHORITY", "ALLEGED_PERSECUTOR"})
  void theCountryOfOriginAndAllegedPersecutorsAreNeverTold(RecipientType recipient) {
    assertThat(ProhibitedRecipients.check(recipient).refusal()).isEqualTo(ReasonCode.PROHIBITED_RECIPIENT);
  }

  @Test
  void theApplicantAndACourtMayBe() {
    assertThat(ProhibitedRecipients.check(RecipientType.APPLICANT).allowed()).isTrue();
    assertThat(ProhibitedRecipients.check(RecipientType.COURT).allowed()).isTrue();
  }
}
