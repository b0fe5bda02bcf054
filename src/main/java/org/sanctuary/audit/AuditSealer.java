package org.sanctuary.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives appended entries their place in the hash chain, in batches, and signs a checkpoint of the
 * chain's size and hash after each batch, as a Certificate Transparency log's sequencer does. One
 * sealer works at a time on any number of nodes: a batch locks the chain's head row, which no request
 * ever takes. An entry whose MAC does not match is left out of the chain and reported by
 * verification. Runs every {@code sanctuary.audit.seal-interval-ms} (half a second by default), which
 * with the time of a batch bounds how long an entry waits for its place.
 */
@Component
public class AuditSealer {

  /** What one run chained, and how many entries it left out because their MAC did not match. */
  public record Sealed(int chained, int refused) {}

  private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
  private static final int BATCH = 2_000;

  private final AuditEntries entries;
  private final AuditKeys keys;
  private final Clock clock;
  private final TransactionTemplate transactions;

  AuditSealer(AuditEntries entries, AuditKeys keys, Clock clock, TransactionTemplate transactions) {
    this.entries = entries;
    this.keys = keys;
    this.clock = clock;
    this.transactions = transactions;
  }

  @Scheduled(fixedDelayString = "${sanctuary.audit.seal-interval-ms:500}", initialDelay = 0)
  void onSchedule() {
    seal();
  }

  /** Chains everything committed and waiting, batch by batch, until nothing is left. */
  public Sealed seal() {
    int chained = 0;
    int refused = 0;
    long after = 0;
    while (true) {
      long from = after;
      Batch batch = transactions.execute(tx -> sealBatch(from));
      if (batch == null) {
        return new Sealed(chained, refused);
      }
      chained += batch.chained();
      refused += batch.refused();
      if (batch.read() < BATCH) {
        return new Sealed(chained, refused);
      }
      after = batch.lastId();
    }
  }

  private record Batch(int read, int chained, int refused, long lastId) {}

  private @Nullable Batch sealBatch(long afterId) {
    AuditEntries.Head head = entries.lockHeadUnlessTaken().orElse(null);
    if (head == null) {
      return null; // another node's sealer is at work; it chains what is waiting
    }
    AuditEntries.Checkpoint latest = entries.latestCheckpoint(keys.publicKey()).orElse(null);
    boolean headAsSigned = latest == null
        ? !entries.anyChainedWithMac()
        : latest.size() == head.lastIndex() && latest.hash().equals(head.lastHash());
    if (!headAsSigned) {
      // Chaining onto a head someone moved would sign their work: stop until the trail is verified.
      log.error("The audit chain's head is not the one last signed; nothing is chained until the trail is verified");
      return null;
    }
    List<AuditEntry> waiting = entries.unsealed(afterId, BATCH);
    long place = head.lastIndex();
    String previous = head.lastHash();
    List<AuditEntry> chained = new ArrayList<>(waiting.size());
    int refused = 0;
    for (AuditEntry entry : waiting) {
      if (entry.mac() == null || !keys.macMatches(entry.content(), entry.mac())) {
        refused++;
        log.warn("Audit entry {} does not match its MAC and is left out of the chain", entry.id());
        continue;
      }
      place++;
      String hash = AuditTrail.hash(entry.chainForm(place, previous));
      chained.add(entry.chained(place, previous, hash));
      previous = hash;
    }
    if (!chained.isEmpty()) {
      entries.seal(chained);
    }
    // Each new head is signed; so is an older one not yet signed with the current key (the first
    // run after the entries from before sealing in batches, or after the master key rotated).
    if (place > 0 && (!chained.isEmpty() || latest == null || !latest.publicKey().equals(keys.publicKey()))) {
      var signedAt = AuditEntries.truncate(clock.instant());
      entries.insert(new AuditEntries.Checkpoint(place, previous, signedAt, keys.publicKey(),
          keys.sign(SignedCheckpoint.text(place, previous, signedAt)), null));
    }
    long lastId = waiting.isEmpty() ? afterId : waiting.get(waiting.size() - 1).id();
    return new Batch(waiting.size(), chained.size(), refused, lastId);
  }
}
