package org.sanctuary;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
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
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
public class SanctuaryApplication {

  public static void main(String[] args) {
    SpringApplication.run(SanctuaryApplication.class, args);
  }

  /**
   * The locks of the scheduled runs, in the database every node shares, timed by the database's clock
   * so that nodes whose clocks differ agree on when a lock ends.
   */
  @Bean
  LockProvider scheduledRunLocks(DataSource dataSource) {
    return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
  }

  /** One clock for every rule and record, replaceable in tests. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
