package org.sanctuary.monitoring.events;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is up, counts the events recorded before each event's count was kept beside it
 * (V43) or added to the figures' cells (V47), a batch per transaction, so that the figures sum every
 * event. On an installation that counted them already it reads one empty page.
 */
@Component
class StaleCounts {

  private static final int BATCH = 500;

  private final Events events;

  StaleCounts(Events events) {
    this.events = events;
  }

  @EventListener(ApplicationReadyEvent.class)
  void countThem() {
    while (events.recountStale(BATCH) == BATCH) {
      // the next batch
    }
  }
}
