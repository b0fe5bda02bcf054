package org.sanctuary.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Hkdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.springframework.stereotype.Component;

/**
 * The master key, which wraps every office's keys and is never in the database: from
 * {@code SANCTUARY_VAULT_MASTERKEY}, or else from the key file, which is created with 32 random bytes
 * and readable by its owner only when it does not exist (keep it out of database backups). While the
 * master key rotates, {@code SANCTUARY_VAULT_PREVIOUSMASTERKEY} opens what the old one wrapped.
 */
@Component
class MasterKeys {

  /** An office keyset, and whether it was wrapped by the previous master key (to be re-wrapped). */
  record Unwrapped(KeysetHandle keyset, boolean underPreviousMaster) {}

  private final byte[] currentKey;
  private final byte @Nullable [] previousKey;
  private final Aead current;
  private final @Nullable Aead previous;

  MasterKeys(VaultProperties properties) {
    this.currentKey = bytes(properties.masterKey() != null && !properties.masterKey().isBlank()
        ? properties.masterKey()
        : fromFile(properties.masterKeyFile() == null ? Path.of("data", "master.key") : properties.masterKeyFile()));
    this.previousKey = properties.previousMasterKey() == null || properties.previousMasterKey().isBlank()
        ? null : bytes(properties.previousMasterKey());
    this.current = aead(currentKey);
    this.previous = previousKey == null ? null : aead(previousKey);
  }

  /**
   * A key for one purpose, derived from the master key with HKDF-SHA256, so that no two uses share
   * key material and none of it is ever stored.
   */
  byte[] derive(String purpose) {
    return derive(currentKey, purpose);
  }

  /** The same purpose's key under the previous master key, while it rotates; null otherwise. */
  byte @Nullable [] deriveFromPrevious(String purpose) {
    return previousKey == null ? null : derive(previousKey, purpose);
  }

  private static byte[] derive(byte[] master, String purpose) {
    try {
      return Hkdf.computeHkdf("HMACSHA256", master, new byte[0], purpose.getBytes(StandardCharsets.UTF_8), 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HKDF-SHA256 is part of every Java runtime", e);
    }
  }

  String wrap(KeysetHandle keyset, OfficeId office) {
    try {
      return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keyset, current, associated(office));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("wrapping an office key failed", e);
    }
  }

  Unwrapped unwrap(String wrapped, OfficeId office) {
    try {
      return new Unwrapped(TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped, current, associated(office)), false);
    } catch (GeneralSecurityException e) {
      if (previous != null) {
        try {
          return new Unwrapped(TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped, previous, associated(office)), true);
        } catch (GeneralSecurityException ignored) {
          // neither master key opens it: reported below
        }
      }
      throw new IllegalStateException("The master key does not open the keys of office " + office.value()
          + ": is SANCTUARY_VAULT_MASTERKEY (or the key file) the one this database was written with?", e);
    }
  }

  /** Seals a small secret with the master key itself, bound to its place. */
  String seal(String text, String place) {
    try {
      return Vault.PREFIX + Base64.getEncoder().encodeToString(
          current.encrypt(text.getBytes(StandardCharsets.UTF_8), place.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing failed", e);
    }
  }

  String open(String sealed, String place) {
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(Vault.PREFIX.length()));
    try {
      return new String(current.decrypt(bytes, place.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      if (previous != null) {
        try {
          return new String(previous.decrypt(bytes, place.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException ignored) {
          // reported below
        }
      }
      throw new IllegalStateException("a secret sealed with the master key does not open at " + place, e);
    }
  }

  private static byte[] associated(OfficeId office) {
    return ("office_key:" + office.value()).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String base64) {
    byte[] key = Base64.getDecoder().decode(base64.strip());
    if (key.length != 32) {
      throw new IllegalStateException("The master key is 32 random bytes in base64 (e.g. head -c 32 /dev/urandom | base64)");
    }
    return key;
  }

  private static Aead aead(byte[] key) {
    try {
      return new AesGcmJce(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is part of every Java runtime", e);
    }
  }

  private static String fromFile(Path file) {
    try {
      if (Files.notExists(file)) {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        ownerOnly(file);
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("the master key file " + file + " could not be read or created", e);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions: the folder's own protection applies
    }
  }
}
