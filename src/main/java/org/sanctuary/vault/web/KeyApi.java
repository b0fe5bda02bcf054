package org.sanctuary.vault.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.sanctuary.access.OfficeId;
import org.sanctuary.vault.KeyRotation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Key rotation over JSON. */
@RestController
@Tag(name = "Offices")
class KeyApi {

  private final KeyRotation rotation;

  KeyApi(KeyRotation rotation) {
    this.rotation = rotation;
  }

  @PostMapping("/api/offices/{id}/key-rotation")
  @PreAuthorize("hasAuthority('OFFICE_MANAGE')")
  @Operation(summary = "Rotate the office's data key: a new key seals from now on, and everything the office holds sealed is"
      + " re-sealed under it in the background (202)")
  ResponseEntity<Void> rotate(@PathVariable UUID id) {
    rotation.rotate(new OfficeId(id));
    return ResponseEntity.accepted().build();
  }
}
