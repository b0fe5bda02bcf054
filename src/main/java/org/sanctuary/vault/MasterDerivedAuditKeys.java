package org.sanctuary.vault;

import com.google.crypto.tink.subtle.Ed25519Sign;
import com.google.crypto.tink.subtle.Ed25519Verify;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.sanctuary.audit.AuditKeys;
import org.springframework.stereotype.Component;

/**
 * The audit trail's MAC and signing keys, derived from the master key (and from the previous one
 * while it rotates, so that entries appended just before a rotation still verify).
 */
@Component
class MasterDerivedAuditKeys implements AuditKeys {

  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec macKey;
  private final @Nullable SecretKeySpec previousMacKey;
  private final Ed25519Sign signer;
  private final String publicKey;
  private final List<String> publicKeys;

  MasterDerivedAuditKeys(MasterKeys master) {
    this.macKey = new SecretKeySpec(master.derive("audit entry mac"), "HmacSHA256");
    byte[] previousMac = master.deriveFromPrevious("audit entry mac");
    this.previousMacKey = previousMac == null ? null : new SecretKeySpec(previousMac, "HmacSHA256");
    try {
      Ed25519Sign.KeyPair pair = Ed25519Sign.KeyPair.newKeyPairFromSeed(master.derive("audit checkpoint signature"));
      this.signer = new Ed25519Sign(pair.getPrivateKey());
      this.publicKey = HEX.formatHex(pair.getPublicKey());
      List<String> keys = new ArrayList<>(List.of(publicKey));
      byte[] previousSeed = master.deriveFromPrevious("audit checkpoint signature");
      if (previousSeed != null) {
        keys.add(HEX.formatHex(Ed25519Sign.KeyPair.newKeyPairFromSeed(previousSeed).getPublicKey()));
      }
      this.publicKeys = List.copyOf(keys);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 key derivation failed", e);
    }
  }

  @Override
  public String mac(String content) {
    return HEX.formatHex(mac(macKey, content));
  }

  @Override
  public boolean macMatches(String content, String mac) {
    byte[] given;
    try {
      given = HEX.parseHex(mac);
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(mac(macKey, content), given)
        || (previousMacKey != null && MessageDigest.isEqual(mac(previousMacKey, content), given));
  }

  @Override
  public String publicKey() {
    return publicKey;
  }

  @Override
  public String sign(String message) {
    try {
      return HEX.formatHex(signer.sign(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing a checkpoint failed", e);
    }
  }

  @Override
  public List<String> publicKeys() {
    return publicKeys;
  }

  @Override
  public boolean signatureMatches(String message, String signature, String publicKey) {
    try {
      new Ed25519Verify(HEX.parseHex(publicKey)).verify(HEX.parseHex(signature), message.getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] mac(SecretKeySpec key, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
