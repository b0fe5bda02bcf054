package org.sanctuary.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per source address, in the database so that every node sees them: an address that
 * fails more than the limit within the window waits (backing off) before it may try again, whatever
 * account it names. A success does not clear an address: one valid account must not buy more guesses.
 */
@Component
class SignInSources {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AccessProperties properties;
  private final SignInBackoff backoff;

  SignInSources(JdbcClient jdbc, Clock clock, AccessProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.backoff = new SignInBackoff(properties.sourceFailureLimit(), properties.lockout());
  }

  /** Whether the address must wait before its next try. */
  boolean waiting(String source) {
    OffsetDateTime now = UserStore.utc(clock.instant());
    return jdbc.sql("SELECT COUNT(*) FROM sign_in_source WHERE source = ? AND blocked_until > ?")
        .params(source, now).query(Long.class).single() > 0;
  }

  /** Counts a failure from the address; failures older than the window are forgotten first. */
  void failed(String source) {
    Instant now = clock.instant();
    OffsetDateTime windowStart = UserStore.utc(now.minus(properties.lockout()));
    jdbc.sql("DELETE FROM sign_in_source WHERE last_failure_at < ? AND (blocked_until IS NULL OR blocked_until < ?)")
        .params(windowStart, UserStore.utc(now)).update();
    jdbc.sql("INSERT INTO sign_in_source (source, failures, last_failure_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")
        .params(source, UserStore.utc(now)).update();
    jdbc.sql("UPDATE sign_in_source SET failures = failures + 1, last_failure_at = ? WHERE source = ?")
        .params(UserStore.utc(now), source).update();
    int failures = jdbc.sql("SELECT failures FROM sign_in_source WHERE source = ?").param(source).query(Integer.class).single();
    java.time.Duration wait = backoff.after(failures);
    if (!wait.isZero()) {
      jdbc.sql("UPDATE sign_in_source SET blocked_until = ? WHERE source = ?").params(UserStore.utc(now.plus(wait)), source).update();
    }
  }
}
