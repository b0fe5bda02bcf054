package org.sanctuary;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sanctuary: a fair and independent asylum procedure, and the monitoring of those who never reach one.
 *
 * <p>Comments cite the domain's reference pages by section ({@code procedure.md §4}, {@code
 * monitoring.md §2}, {@code names-and-linkage.md §1}): they are in {@code docs/domain/}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SanctuaryApplication {

  public static void main(String[] args) {
    SpringApplication.run(SanctuaryApplication.class, args);
  }

  /** One clock for every rule and record, replaceable in tests. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
