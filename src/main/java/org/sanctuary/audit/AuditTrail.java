package org.sanctuary.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the trail and checks it (docs/adr/0007-audit-sealed-in-batches.md).
 *
 * <p>{@link #record} joins the caller's transaction: a write and its entry commit together or not at
 * all. The entries of a transaction are written just before it commits, each with a number from a
 * sequence and a MAC under a key the database does not hold; nothing is locked, so no request waits
 * for another's. {@link AuditSealer} then gives them their place in the hash chain, in batches, and
 * signs a checkpoint. {@link #recordRefusal} is appended in a transaction of its own once the
 * refused command's transaction has ended (it rolls back).
 */
@Component
public class AuditTrail {

  /** The previous hash of the first entry, as the migration seeds audit_head. */
  static final String GENESIS = "0".repeat(64);

  private final AuditEntries entries;
  private final AuditKeys keys;
  private final Clock clock;
  private final TransactionTemplate separately;

  AuditTrail(AuditEntries entries, AuditKeys keys, Clock clock, PlatformTransactionManager transactions) {
    this.entries = entries;
    this.keys = keys;
    this.clock = clock;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void record(AuditRecord record) {
    pendingInThisTransaction().add(new Pending(record, currentActor(), clock.instant()));
  }

  /** An entry waiting for its transaction to commit: what, who and when, taken when it happened. */
  private record Pending(AuditRecord record, String actor, Instant at) {}

  private List<Pending> pendingInThisTransaction() {
    @SuppressWarnings("unchecked")
    List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      List<Pending> created = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              append(created);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
            }
          });
      pending = created;
    }
    return pending;
  }

  public void recordRefusal(AuditRecord record) {
    String actor = currentActor();
    Instant at = clock.instant();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              separately.executeWithoutResult(tx -> append(List.of(new Pending(record, actor, at))));
            }
          });
    } else {
      separately.executeWithoutResult(tx -> append(List.of(new Pending(record, actor, at))));
    }
  }

  /** Numbers the entries, seals each with its MAC and writes them, in the caller's transaction. */
  private void append(List<Pending> pending) {
    if (pending.isEmpty()) {
      return;
    }
    List<Long> ids = entries.nextIds(pending.size());
    List<AuditEntry> numbered = new ArrayList<>(pending.size());
    for (int i = 0; i < pending.size(); i++) {
      Pending p = pending.get(i);
      AuditEntry unsealed =
          new AuditEntry(
              ids.get(i),
              AuditEntries.truncate(p.at()),
              p.actor(),
              p.record().officeId(),
              p.record().action(),
              p.record().subjectType(),
              p.record().subjectId(),
              p.record().outcome(),
              p.record().reasonCode(),
              p.record().actedOn(),
              null,
              null,
              null,
              null);
      numbered.add(withMac(unsealed, keys.mac(unsealed.content())));
    }
    entries.insert(numbered);
  }

  private static AuditEntry withMac(AuditEntry e, String mac) {
    return new AuditEntry(e.id(), e.recordedAt(), e.actor(), e.officeId(), e.action(), e.subjectType(),
        e.subjectId(), e.outcome(), e.reasonCode(), e.actedOn(), mac, null, null, null);
  }

  /**
   * Walks the chain up to its head, checks every signed checkpoint on the way and every entry still
   * waiting for its place, and reports the first thing that does not match. Reads in a stream, so
   * memory stays flat at any length; an entry chained while this runs is checked as a waiting one.
   */
  @Transactional(readOnly = true)
  public Verification verify() {
    // Checkpoints only grow, with the head in the same transaction: read first, none may lie beyond it.
    long longestSigned = entries.longestSigned();
    AuditEntries.Head head = entries.head();
    var walk =
        new Object() {
          long expectedPlace = 1;
          String previous = GENESIS;
          @Nullable Long brokenEntry;
          @Nullable Long brokenPlace;
        };
    entries.forEachChained(
        head.lastIndex(),
        entry -> {
          if (walk.brokenPlace != null) {
            return;
          }
          long place = entry.chainIndex() == null ? -1 : entry.chainIndex();
          boolean numberedAsChained = entry.mac() != null || entry.id() == place;
          if (place != walk.expectedPlace
              || !numberedAsChained
              || !walk.previous.equals(entry.previousHash())
              || !hash(entry.chainForm(place, walk.previous)).equals(entry.hash())) {
            walk.brokenEntry = entry.id();
            walk.brokenPlace = Math.min(place, walk.expectedPlace);
            return;
          }
          walk.expectedPlace++;
          walk.previous = entry.hash();
        });
    long chained = walk.expectedPlace - 1;
    AuditEntries.Gaps gaps = entries.gaps();
    if (walk.brokenPlace != null) {
      return broken(chained, 0, 0, Verification.Problem.CHAIN_BROKEN, walk.brokenEntry, walk.brokenPlace, gaps);
    }
    if (chained != head.lastIndex() || !walk.previous.equals(head.lastHash())) {
      return broken(chained, 0, 0, Verification.Problem.HEAD_MISMATCH, null, chained + 1, gaps);
    }
    if (longestSigned > head.lastIndex()) {
      return broken(chained, 0, 0, Verification.Problem.HEAD_UNSIGNED, null, head.lastIndex() + 1, gaps);
    }

    var signed =
        new Object() {
          long checked;
          boolean headCovered;
          @Nullable Long mismatch;
        };
    List<String> known = keys.publicKeys();
    entries.forEachCheckpoint(
        head.lastIndex(),
        checkpoint -> {
          if (signed.mismatch != null || !known.contains(checkpoint.publicKey())) {
            return; // signed by a key retired before the previous one: an outside witness checks it
          }
          signed.checked++;
          if (!checkpoint.hash().equals(checkpoint.entryHash())
              || !keys.signatureMatches(checkpoint.message(), checkpoint.signature(), checkpoint.publicKey())) {
            signed.mismatch = checkpoint.size();
            return;
          }
          signed.headCovered |= checkpoint.size() == head.lastIndex();
        });
    if (signed.mismatch != null) {
      return broken(chained, 0, signed.checked, Verification.Problem.CHECKPOINT_MISMATCH, null, signed.mismatch, gaps);
    }
    if (head.lastIndex() > 0 && !signed.headCovered) {
      return broken(chained, 0, signed.checked, Verification.Problem.HEAD_UNSIGNED, null, head.lastIndex(), gaps);
    }

    var waiting =
        new Object() {
          long checked;
          @Nullable Long altered;
        };
    entries.forEachNotChainedBy(
        head.lastIndex(),
        entry -> {
          waiting.checked++;
          if (waiting.altered == null && (entry.mac() == null || !keys.macMatches(entry.content(), entry.mac()))) {
            waiting.altered = entry.id();
          }
        });
    if (waiting.altered != null) {
      return broken(chained, waiting.checked, signed.checked, Verification.Problem.UNSEALED_ALTERED, waiting.altered,
          null, gaps);
    }
    return new Verification(true, chained, waiting.checked, signed.checked, null, null, null, gaps.count(), gaps.first());
  }

  private static Verification broken(long chained, long unsealed, long checkpoints, Verification.Problem problem,
      @Nullable Long entry, @Nullable Long place, AuditEntries.Gaps gaps) {
    return new Verification(false, chained, unsealed, checkpoints, problem, entry, place, gaps.count(), gaps.first());
  }

  /** The checkpoint of the longest chain, signed with the current key if it signed one there. */
  @Transactional(readOnly = true)
  public java.util.Optional<SignedCheckpoint> latestCheckpoint() {
    return entries.latestCheckpoint(keys.publicKey()).map(AuditEntries.Checkpoint::signed);
  }

  @Transactional(readOnly = true)
  public ResultPage<AuditEntry> entriesFor(String subjectType, String subjectId, PageRequest page) {
    return entries.forSubject(subjectType, subjectId, page);
  }

  @Transactional(readOnly = true)
  public ResultPage<AuditEntry> latest(PageRequest page) {
    return entries.latest(page);
  }

  static String hash(String form) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(form.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String currentActor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "system" : authentication.getName();
  }
}
