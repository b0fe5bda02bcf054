package org.sanctuary.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.JurisdictionProfiles;
import org.sanctuary.procedure.clocks.JurisdictionProfile;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Jurisdiction profiles: read by anyone signed in, changed by administrators, never below the floors. */
@RestController
@Tag(name = "Jurisdiction profiles")
class ProfileApi {

  record ProfileView(String name, int appealDays, int graceDays, int abandonmentDays, int interviewTargetDays,
      int decisionTargetDays, int priorityDivisor, long version) {
    static ProfileView of(JurisdictionProfiles.Stored stored) {
      JurisdictionProfile p = stored.profile();
      return new ProfileView(p.name(), p.appealDays(), p.graceDays(), p.abandonmentDays(), p.interviewTargetDays(),
          p.decisionTargetDays(), p.priorityDivisor(), stored.version());
    }
  }

  record ProfileRequest(@Nullable Integer appealDays, @Nullable Integer graceDays, @Nullable Integer abandonmentDays,
      @Nullable Integer interviewTargetDays, @Nullable Integer decisionTargetDays, @Nullable Integer priorityDivisor,
      @Nullable Long version) {}

  private final JurisdictionProfiles profiles;

  ProfileApi(JurisdictionProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping("/api/jurisdiction-profiles/{name}")
  @PreAuthorize("isAuthenticated()")
  @Operation(summary = "A jurisdiction profile's periods")
  ProfileView read(@PathVariable String name) {
    return ProfileView.of(profiles.find(name));
  }

  @PutMapping("/api/jurisdiction-profiles/{name}")
  @PreAuthorize("hasAuthority('PROFILE_MANAGE')")
  @Operation(summary = "Change a profile's periods; below a legal floor it is refused (BELOW_LEGAL_MINIMUM)")
  ProfileView change(@PathVariable String name, @RequestBody ProfileRequest request) {
    if (request.version() == null || request.appealDays() == null || request.graceDays() == null
        || request.abandonmentDays() == null || request.interviewTargetDays() == null
        || request.decisionTargetDays() == null || request.priorityDivisor() == null) {
      throw ValidationFailed.of("body", "send every period and the version you read");
    }
    return ProfileView.of(profiles.change(new JurisdictionProfile(name, request.appealDays(), request.graceDays(),
        request.abandonmentDays(), request.interviewTargetDays(), request.decisionTargetDays(), request.priorityDivisor()),
        request.version()));
  }
}
