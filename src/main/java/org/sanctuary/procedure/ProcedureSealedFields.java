package org.sanctuary.procedure;

import org.sanctuary.vault.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The procedure's columns the vault seals, for re-encryption after a key rotation. */
@Configuration
class ProcedureSealedFields {

  @Bean
  SealedColumn caseFile() {
    return Cases.SNAPSHOT;
  }

  @Bean
  SealedColumn decisionExplanation() {
    return Cases.EXPLANATION;
  }

  @Bean
  SealedColumn decisionLetter() {
    return DecisionLetters.PDF;
  }

  @Bean
  SealedColumn removalRiskAssessment() {
    return RemovalRequests.RISK_ASSESSMENT;
  }
}
