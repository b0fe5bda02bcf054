package org.sanctuary.registry.web;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.sanctuary.access.OfficeId;
import org.sanctuary.registry.GroupId;
import org.sanctuary.registry.GroupSummary;
import org.sanctuary.registry.RegistrationGroup;
import org.sanctuary.registry.RegistrationGroups;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registration groups over JSON; the same service as the pages. */
@RestController
@Tag(name = "Registration groups")
class GroupApi {

  private final RegistrationGroups groups;

  GroupApi(RegistrationGroups groups) {
    this.groups = groups;
  }

  @PostMapping("/api/groups")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "Register a household or travelling group of registered persons")
  ResponseEntity<RegistrationGroup> register(@RequestBody GroupRequest request) {
    if (request.officeId() == null) {
      throw ValidationFailed.of("officeId", "is required");
    }
    GroupId id = groups.register(new OfficeId(request.officeId()), request.draft());
    return ResponseEntity.created(URI.create("/api/groups/" + id)).body(groups.read(id));
  }

  @GetMapping("/api/groups")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  @Operation(summary = "Find groups by label prefix")
  ResultPage<GroupSummary> search(
      @RequestParam(defaultValue = "") String label,
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return groups.search(label, new PageRequest(page, size, after));
  }

  @GetMapping("/api/groups/{id}")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  @Operation(summary = "Read a group (audited)")
  RegistrationGroup read(@PathVariable UUID id) {
    return groups.read(new GroupId(id));
  }

  @PutMapping("/api/groups/{id}")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "Revise a group; send the version you read")
  RegistrationGroup revise(@PathVariable UUID id, @RequestBody GroupRequest request) {
    if (request.version() == null) {
      throw ValidationFailed.of("version", "is required");
    }
    groups.revise(new GroupId(id), request.version(), request.draft());
    return groups.read(new GroupId(id));
  }
}
