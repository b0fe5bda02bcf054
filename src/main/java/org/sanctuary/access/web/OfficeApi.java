package org.sanctuary.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Offices;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Offices: listed for everyone signed in, created by administrators. */
@RestController
@Tag(name = "Offices")
class OfficeApi {

  record NewOffice(@Nullable String code, @Nullable String name, @Nullable OfficeType type) {}

  private final Offices offices;

  OfficeApi(Offices offices) {
    this.offices = offices;
  }

  @GetMapping("/api/offices")
  @PreAuthorize("isAuthenticated()")
  @Operation(summary = "List offices")
  List<Office> list() {
    return offices.all();
  }

  record OfficeName(@Nullable String name) {}

  @org.springframework.web.bind.annotation.PutMapping("/api/offices/{id}/names/{language}")
  @PreAuthorize("hasAuthority('OFFICE_MANAGE')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Name an office in a language other than English (ISO 639-1 code); a blank name removes it."
      + " Pages and letters in that language show it.")
  void name(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id,
      @org.springframework.web.bind.annotation.PathVariable String language, @RequestBody OfficeName name) {
    offices.name(new org.sanctuary.access.OfficeId(id), language, name.name());
  }

  @PostMapping("/api/offices")
  @PreAuthorize("hasAuthority('OFFICE_MANAGE')")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an office")
  Office create(@RequestBody NewOffice office) {
    if (office.type() == null) {
      throw new ValidationFailed(List.of(new FieldProblem("type", "is required")));
    }
    return offices.create(
        office.code() == null ? "" : office.code(), office.name() == null ? "" : office.name(), office.type());
  }
}
