package org.sanctuary.procedure;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once the application is up, counts the cases recorded before their shares of the office statistics
 * were kept beside them (V48), a batch per transaction, so that the statistics count every case. On an
 * installation that counted them already it reads one empty page.
 */
@Component
class StaleTallies {

  private static final int BATCH = 500;

  private final CaseTallies tallies;
  private final TransactionTemplate transactions;

  StaleTallies(CaseTallies tallies, TransactionTemplate transactions) {
    this.tallies = tallies;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void countThem() {
    while (Integer.valueOf(BATCH).equals(transactions.execute(tx -> tallies.recountStale(BATCH)))) {
      // the next batch
    }
  }
}
