package org.sanctuary.vault;

import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator rotates an office's data key: a new primary key seals from now on, what the old
 * ones sealed still opens, and everything is re-sealed under the new key in the background while the
 * office keeps working.
 */
@Service
public class KeyRotation {

  private final AccessPolicy access;
  private final Offices offices;
  private final Vault vault;
  private final Reencryption reencryption;
  private final AuditTrail audit;

  KeyRotation(AccessPolicy access, Offices offices, Vault vault, Reencryption reencryption, AuditTrail audit) {
    this.access = access;
    this.offices = offices;
    this.vault = vault;
    this.reencryption = reencryption;
    this.audit = audit;
  }

  @Transactional
  public void rotate(OfficeId office) {
    access.requireAnywhere(Permission.OFFICE_MANAGE);
    offices.find(office).orElseThrow(() -> new NotFound("office"));
    vault.rotate(office);
    audit.record(AuditRecord.success("OFFICE_KEY_ROTATED", "OFFICE", office.value(), office.value()));
    reencryption.inBackground();
  }
}
