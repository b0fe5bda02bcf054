package org.sanctuary.registry;

import org.sanctuary.vault.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's columns the vault seals, for re-encryption after a key rotation. */
@Configuration
class RegistrySealedFields {

  @Bean
  SealedColumn whereaboutsSourceNote() {
    return Persons.SOURCE_NOTE;
  }
}
