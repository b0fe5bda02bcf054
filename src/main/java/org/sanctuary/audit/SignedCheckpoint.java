package org.sanctuary.audit;

import java.time.Instant;

/**
 * A statement, signed with Ed25519, that the chain held {@code size} entries ending in {@code hash}
 * at {@code signedAt}. An outside witness who keeps these can show that the chain was later cut back
 * or rewritten, which nothing inside the database can (ADR 0007). The signature covers the UTF-8 text
 * {@code "sanctuary audit checkpoint\n" + size + "\n" + hash + "\n" + signedAt} (ISO-8601 instant).
 */
public record SignedCheckpoint(long size, String hash, Instant signedAt, String publicKey, String signature) {

  public String signedText() {
    return text(size, hash, signedAt);
  }

  static String text(long size, String hash, Instant signedAt) {
    return "sanctuary audit checkpoint\n" + size + "\n" + hash + "\n" + signedAt;
  }
}
