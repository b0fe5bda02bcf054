package org.sanctuary.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.OfficeId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An office's key rotated on one node is the key every node seals with from then on: a node that
 * opened the keys before the rotation does not go on sealing under the replaced primary key, and a
 * value it sealed before still opens on both.
 */
@SanctuaryTest
class KeyRotationAcrossNodesTest {

  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired MasterKeys master;
  @Autowired Clock clock;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aNodeThatOpenedTheKeysBeforeAnotherRotatedThemSealsUnderTheNewPrimary() {
    OfficeId office = fixtures.anOfficeWithEveryRole().office().id();
    Vault first = new Vault(jdbc, master, clock, transactions);
    Vault second = new Vault(jdbc, master, clock, transactions);
    String before = second.seal(office, "test:1", "the driver at Hoeryong");
    int replaced = second.primaryKeyId(office);

    first.rotate(office);

    String after = second.seal(office, "test:2", "his cousin in Yanji");
    assertThat(first.primaryKeyId(office)).isNotEqualTo(replaced);
    assertThat(first.sealedUnderPrimary(office, after)).as("sealed by the other node under the new primary").isTrue();
    assertThat(first.sealedUnderPrimary(office, before)).as("sealed before the rotation: to be re-sealed").isFalse();
    assertThat(second.sealedUnderPrimary(office, before)).isFalse();
    assertThat(first.open(office, "test:1", before)).isEqualTo("the driver at Hoeryong");
    assertThat(first.open(office, "test:2", after)).isEqualTo("his cousin in Yanji");
    assertThat(second.open(office, "test:2", after)).isEqualTo("his cousin in Yanji");
  }
}
