package org.sanctuary.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Envelope encryption with Google Tink. Each office has a data keyset (AES-256-GCM) and a fingerprint
 * keyset (HMAC-SHA256 PRF), stored in the database only wrapped by the master key, which never is.
 * A sealed value is {@code sealed:v1:} and the base64 of Tink's ciphertext, whose first bytes name
 * the key that sealed it; it is bound to its place (table, column, row), so it opens nowhere else.
 * Rotation adds a new primary data key (old values still open) and re-wraps; {@link Reencryption}
 * then re-seals in the background. Services call {@link #open} only after the permission check
 * that allows the read.
 */
@Component
public class Vault {

  static final String PREFIX = "sealed:v1:";

  /** An office's keys, opened, and the rotation they are from. */
  private record Keys(KeysetHandle data, Aead aead, PrfSet prf, long generation) {
    int primary() {
      return data.getPrimary().getId();
    }
  }

  private final JdbcClient jdbc;
  private final MasterKeys master;
  private final Clock clock;
  private final TransactionTemplate separately;
  private final Map<OfficeId, Keys> opened = new ConcurrentHashMap<>();

  Vault(JdbcClient jdbc, MasterKeys master, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.master = master;
    this.clock = clock;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    try {
      AeadConfig.register();
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink's AEAD and PRF primitives are part of the library", e);
    }
  }

  /** Seals the text with the office's current primary data key, bound to its place. */
  public String seal(OfficeId office, String place, String text) {
    try {
      byte[] sealed = current(office).aead().encrypt(text.getBytes(StandardCharsets.UTF_8), place.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing failed", e);
    }
  }

  public @Nullable String sealOrNull(OfficeId office, String place, @Nullable String text) {
    return text == null ? null : seal(office, place, text);
  }

  /**
   * The text of a sealed value; a value written before encryption existed (not sealed) is returned
   * as it is, until {@link Reencryption} seals it. A value that does not open (moved, altered) fails.
   */
  public String open(OfficeId office, String place, String stored) {
    if (!isSealed(stored)) {
      return stored;
    }
    byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    try {
      return new String(keys(office).aead().decrypt(sealed, place.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException stale) {
      opened.remove(office); // rotated on another node since this one opened the keys: read them again
      try {
        return new String(keys(office).aead().decrypt(sealed, place.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("a sealed value of " + place + " does not open", e);
      }
    }
  }

  public @Nullable String openOrNull(OfficeId office, String place, @Nullable String stored) {
    return stored == null ? null : open(office, place, stored);
  }

  /** Whether the value is sealed under the office's current primary key (else it is to be re-sealed). */
  public boolean sealedUnderPrimary(OfficeId office, String stored) {
    if (!isSealed(stored)) {
      return false;
    }
    byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    if (sealed.length <= 5) {
      return false;
    }
    // Tink's prefix: a version byte, then the id of the key, big-endian.
    int keyId = ((sealed[1] & 0xff) << 24) | ((sealed[2] & 0xff) << 16) | ((sealed[3] & 0xff) << 8) | (sealed[4] & 0xff);
    return keyId == current(office).primary();
  }

  /**
   * A keyed fingerprint of the text, the same for the same text in the same office and meaningless
   * elsewhere: lets statistics find explanations repeated word for word without reading them.
   */
  public String fingerprint(OfficeId office, String text) {
    try {
      return HexFormat.of().formatHex(keys(office).prf().computePrimary(text.strip().getBytes(StandardCharsets.UTF_8), 32));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("fingerprinting failed", e);
    }
  }

  /**
   * Creates the keys of an office that the caller's transaction created (an import): in that
   * transaction, since another could not see the office yet. They are used at once, and forgotten
   * if the transaction rolls back.
   */
  public void createKeysWithin(OfficeId office) {
    try {
      KeysetHandle data = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      KeysetHandle prf = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
      insertKeys(office, data, prf, "");
      opened.put(office, opened(data, prf, 0));
      org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
          new org.springframework.transaction.support.TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                opened.remove(office);
              }
            }
          });
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("key generation failed", e);
    }
  }

  /** Adds a new primary data key for the office; what the old keys sealed still opens. */
  public void rotate(OfficeId office) {
    separately.executeWithoutResult(tx -> {
      Keys current = load(office).orElseGet(() -> create(office));
      try {
        KeysetHandle rotated = KeysetHandle.newBuilder(current.data())
            .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
            .build();
        jdbc.sql("UPDATE office_key SET data_keyset = ?, rotated_at = ?, generation = generation + 1 WHERE office_id = ?")
            .params(master.wrap(rotated, office), OffsetDateTime.now(clock), office.value()).update();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("rotation failed", e);
      }
    });
    opened.remove(office);
  }

  static boolean isSealed(@Nullable String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /**
   * The office's keys as they are now: the ones this node opened, unless another node has rotated them
   * since (one look-up of the rotation's number by key), so that nothing is sealed under a primary key
   * an administrator has replaced, whichever node takes the write.
   */
  private Keys current(OfficeId office) {
    Keys keys = opened.get(office);
    if (keys != null) {
      Long generation = jdbc.sql("SELECT generation FROM office_key WHERE office_id = ?").param(office.value())
          .query(Long.class).optional().orElse(null);
      if (generation != null && generation == keys.generation()) {
        return keys;
      }
      opened.remove(office);
    }
    return keys(office);
  }

  private Keys keys(OfficeId office) {
    Keys keys = opened.get(office);
    if (keys == null) {
      keys = separately.execute(tx -> load(office).orElseGet(() -> create(office)));
      opened.put(office, keys);
    }
    return keys;
  }

  private Optional<Keys> load(OfficeId office) {
    record Wrapped(String data, String prf, long generation) {}
    return jdbc.sql("SELECT data_keyset, prf_keyset, generation FROM office_key WHERE office_id = ?").param(office.value())
        .query((rs, n) -> new Wrapped(rs.getString(1), rs.getString(2), rs.getLong(3))).optional()
        .map(w -> {
          MasterKeys.Unwrapped data = master.unwrap(w.data(), office);
          MasterKeys.Unwrapped prf = master.unwrap(w.prf(), office);
          if (data.underPreviousMaster() || prf.underPreviousMaster()) {
            jdbc.sql("UPDATE office_key SET data_keyset = ?, prf_keyset = ? WHERE office_id = ?")
                .params(master.wrap(data.keyset(), office), master.wrap(prf.keyset(), office), office.value()).update();
          }
          return opened(data.keyset(), prf.keyset(), w.generation());
        });
  }

  private Keys create(OfficeId office) {
    try {
      KeysetHandle data = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      KeysetHandle prf = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
      insertKeys(office, data, prf, " ON CONFLICT DO NOTHING");
      // Another node may have created the office's keys first: theirs are the ones.
      return load(office).orElseThrow();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("key generation failed", e);
    }
  }

  /** Stores an office's new keysets, wrapped by the master key. */
  private void insertKeys(OfficeId office, KeysetHandle data, KeysetHandle prf, String onConflict) throws GeneralSecurityException {
    jdbc.sql("INSERT INTO office_key (office_id, data_keyset, prf_keyset, rotated_at) VALUES (?, ?, ?, ?)" + onConflict)
        .params(office.value(), master.wrap(data, office), master.wrap(prf, office), OffsetDateTime.now(clock)).update();
  }

  private static Keys opened(KeysetHandle data, KeysetHandle prf, long generation) {
    try {
      return new Keys(data, data.getPrimitive(RegistryConfiguration.get(), Aead.class),
          prf.getPrimitive(RegistryConfiguration.get(), PrfSet.class), generation);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the office's keys do not open", e);
    }
  }

  /** For tests and re-encryption: the id of the office's primary data key. */
  int primaryKeyId(OfficeId office) {
    return current(office).primary();
  }
}
