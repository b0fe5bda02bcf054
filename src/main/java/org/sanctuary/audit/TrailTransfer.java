package org.sanctuary.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail carried from one installation to another in the exit format (docs/exit-format.md): the
 * chained entries up to a signed checkpoint go out as they are; coming in, each link and hash is
 * recomputed and the end must be the checkpoint the source signed, so that what arrives is the
 * source's trail, whole and in order. The adopted chain then continues in the new installation,
 * which signs its head with its own key: one history, verifiable end to end.
 */
@Component
public class TrailTransfer {

  private static final int BATCH = 500;

  private final AuditEntries entries;
  private final AuditKeys keys;
  private final AuditSealer sealer;
  private final JdbcClient jdbc;
  private final java.time.Clock clock;

  TrailTransfer(AuditEntries entries, AuditKeys keys, AuditSealer sealer, JdbcClient jdbc, java.time.Clock clock) {
    this.entries = entries;
    this.keys = keys;
    this.sealer = sealer;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The latest signed checkpoint once the entry numbered {@code entryId} is in the chain: the sealer is
   * asked to run, and then waited for (another node may hold it) for at most {@code patience}.
   */
  public SignedCheckpoint checkpointCovering(long entryId, Duration patience) {
    long until = System.nanoTime() + patience.toNanos();
    while (true) {
      sealer.seal();
      Long place = jdbc.sql("SELECT chain_index FROM audit_entry WHERE id = ?").param(entryId).query(Long.class)
          .optional().orElse(null);
      SignedCheckpoint latest = entries.latestCheckpoint(keys.publicKey()).map(AuditEntries.Checkpoint::signed).orElse(null);
      if (place != null && latest != null && latest.size() >= place) {
        return latest;
      }
      if (System.nanoTime() > until) {
        throw new IllegalStateException("audit entry " + entryId + " was not chained and signed within " + patience
            + "; is the sealer running (sanctuary.audit.seal-interval-ms)?");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the audit sealer", e);
      }
    }
  }

  /** Streams the chain from its first place up to the checkpoint's size, in order of place. */
  @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
  public void forEachUpTo(SignedCheckpoint checkpoint, Consumer<AuditEntry> each) {
    entries.forEachChained(checkpoint.size(), each);
  }

  /** An Ed25519 signature of the message with this installation's checkpoint key, and that key. */
  public Signature sign(String message) {
    return new Signature(keys.publicKey(), keys.sign(message));
  }

  /** A signature and the public key it verifies with (both hex). */
  public record Signature(String publicKey, String signature) {}

  /** Whether the signature is the message's under the public key (any installation's). */
  public boolean signatureMatches(String message, Signature signature) {
    return keys.signatureMatches(message, signature.signature(), signature.publicKey());
  }

  /**
   * Begins adopting another installation's trail, in the caller's transaction, into this one's, which
   * must be empty: the head is locked (no sealer chains meanwhile) and must be the genesis.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Adoption adopt() {
    AuditEntries.Head head = entries.lockHead();
    long held = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    if (head.lastIndex() != 0 || held > 0) {
      String first = jdbc.sql("SELECT action FROM audit_entry ORDER BY id FETCH FIRST 1 ROWS ONLY").query(String.class)
          .optional().orElse("none");
      throw ValidationFailed.of("audit", "this installation's trail already holds " + held
          + " entries (the first: " + first + "); a trail is adopted only by an installation that has none");
    }
    return new Adoption();
  }

  /** A trail being adopted: entries in order of place, then the source's checkpoint that closes it. */
  public final class Adoption {
    private long place;
    private String previous = AuditTrail.GENESIS;
    private long lastId;
    private final List<AuditEntry> batch = new ArrayList<>();

    private Adoption() {}

    /** The next entry: refused, naming the entry, unless it takes the next place and its hash is its own. */
    public void add(AuditEntry entry) {
      long expected = place + 1;
      if (entry.chainIndex() == null || entry.chainIndex() != expected) {
        throw brokenAt(entry, "is at place " + entry.chainIndex() + " where place " + expected + " was due");
      }
      if (!previous.equals(entry.previousHash())) {
        throw brokenAt(entry, "does not link to the hash of the entry before it");
      }
      if (entry.mac() == null && entry.id() != expected) {
        throw brokenAt(entry, "has neither a MAC nor its place as its number");
      }
      if (!AuditTrail.hash(entry.chainForm(expected, previous)).equals(entry.hash())) {
        throw brokenAt(entry, "does not hash to the hash it carries: its content was changed");
      }
      place = expected;
      previous = entry.hash();
      lastId = Math.max(lastId, entry.id());
      batch.add(entry);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    /**
     * Closes the adoption: the chain must end where the source's signed checkpoint says, under that
     * signature; then the head moves there, numbering continues after the last entry, and this
     * installation signs the head with its own key. Returns the number of entries adopted.
     */
    public long finish(SignedCheckpoint source) {
      flush();
      if (place != source.size() || !previous.equals(source.hash())) {
        throw ValidationFailed.of("audit", "the trail ends at place " + place + " but the source signed "
            + source.size() + " entries ending in " + source.hash());
      }
      if (!keys.signatureMatches(source.signedText(), source.signature(), source.publicKey())) {
        throw ValidationFailed.of("audit", "the source's checkpoint is not signed by the key it names");
      }
      if (place == 0) {
        return 0;
      }
      jdbc.sql("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE singleton = 1").params(place, previous).update();
      jdbc.sql("ALTER SEQUENCE audit_entry_seq RESTART WITH " + (lastId + 1)).update();
      var signedAt = AuditEntries.truncate(clock.instant());
      entries.insert(new AuditEntries.Checkpoint(place, previous, signedAt, keys.publicKey(),
          keys.sign(SignedCheckpoint.text(place, previous, signedAt)), null));
      return place;
    }

    private void flush() {
      if (!batch.isEmpty()) {
        entries.insertChained(batch);
        batch.clear();
      }
    }

    private ValidationFailed brokenAt(AuditEntry entry, String what) {
      return ValidationFailed.of("audit", "entry " + entry.id() + " " + what);
    }
  }
}
