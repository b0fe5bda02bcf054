package org.sanctuary.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The audit trail's health for operators: how many entries are chained, and how many wait for their
 * place (a number that stays high means the sealer is stopped or behind: an alert, see
 * docs/operations.md). Read from the database at each scrape, so every node reports the same.
 */
@Component
class AuditMetrics implements MeterBinder {

  private final AuditEntries entries;

  AuditMetrics(AuditEntries entries) {
    this.entries = entries;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("sanctuary.audit.unsealed", entries, AuditEntries::unsealedCount)
        .description("Audit entries appended and not yet chained by the sealer")
        .register(registry);
    Gauge.builder("sanctuary.audit.chained", entries, e -> e.head().lastIndex())
        .description("Audit entries in the hash chain")
        .register(registry);
  }
}
