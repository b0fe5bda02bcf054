package org.sanctuary.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the trail: the chained entries walked, the entries still waiting for their
 * place (each checked against its MAC), the signed checkpoints checked; if something does not match,
 * what and where. Numbers the sequence gave out that no entry holds are reported, not judged: a node
 * that stopped in the middle of a commit leaves one, and so does deleting an entry before it was
 * chained; while others append, a number taken by a transaction still committing shows as missing
 * for that moment.
 */
public record Verification(
    boolean valid,
    long entries,
    long unsealed,
    long checkpoints,
    @Nullable Problem problem,
    @Nullable Long firstBrokenEntry,
    @Nullable Long firstBrokenPlace,
    long missingNumbers,
    @Nullable Long firstMissingNumber) {

  /** What verification found wrong. */
  public enum Problem {
    /** An entry's content, link or place does not match its hash: edited, reordered or removed. */
    CHAIN_BROKEN,
    /** The chain ends before or after the place its head names: the tail was cut or extended. */
    HEAD_MISMATCH,
    /** A signed checkpoint names another hash than the chain holds at its size, or its signature fails. */
    CHECKPOINT_MISMATCH,
    /** The head is not the one last signed: no checkpoint of this installation covers it, or one covers a longer chain. */
    HEAD_UNSIGNED,
    /** An entry waiting for its place does not match its MAC: edited, renumbered or forged. */
    UNSEALED_ALTERED
  }
}
