package org.sanctuary.audit;

import java.util.List;

/**
 * The audit trail's keys, held outside the database: a MAC key that seals each entry the moment it is
 * appended, and a signing key for the checkpoints of the chain. Someone who can write to the database
 * but does not hold these keys can neither forge nor alter an entry unnoticed. The vault provides
 * them from the master key, so that the audit needs no knowledge of how keys are kept.
 */
public interface AuditKeys {

  /** HMAC-SHA256 of an entry's content under the current key, in hex. */
  String mac(String content);

  /** Whether the MAC is the content's under the current key or, while it rotates, the previous one. */
  boolean macMatches(String content, String mac);

  /** The public key (hex) that {@link #sign} signs with. */
  String publicKey();

  /** An Ed25519 signature (hex) of the message under the current signing key. */
  String sign(String message);

  /** The public keys this installation signs or signed with: the current one, then the previous. */
  List<String> publicKeys();

  /** Whether the signature is the message's under the given public key. */
  boolean signatureMatches(String message, String signature, String publicKey);
}
