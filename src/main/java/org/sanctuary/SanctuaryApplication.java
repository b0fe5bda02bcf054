package org.sanctuary;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sanctuary: a fair and independent asylum procedure, and the monitoring of those who never reach one. */
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
