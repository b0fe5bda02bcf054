package org.sanctuary.monitoring;

import org.sanctuary.monitoring.concern.PersonsOfConcern;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.interventions.Interventions;
import org.sanctuary.monitoring.reports.SourceReports;

import org.sanctuary.vault.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The monitoring columns the vault seals, for re-encryption after a key rotation. */
@Configuration
class MonitoringSealedFields {

  @Bean
  SealedColumn sourceReportContent() {
    return SourceReports.CONTENT;
  }

  @Bean
  SealedColumn sourceIdentity() {
    return SourceReports.SOURCE_IDENTITY;
  }

  @Bean
  SealedColumn sensitiveEventDescription() {
    return Events.DESCRIPTION;
  }

  @Bean
  SealedColumn fateNote() {
    return PersonsOfConcern.FATE_NOTE;
  }

  @Bean
  SealedColumn sensitiveInterventionAsked() {
    return Interventions.ASKED;
  }

  @Bean
  SealedColumn sensitiveInterventionResponse() {
    return Interventions.RESPONSE_NOTE;
  }
}
