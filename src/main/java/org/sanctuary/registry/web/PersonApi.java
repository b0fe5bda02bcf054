package org.sanctuary.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.audit.AuditEntry;
import org.sanctuary.registry.ConsentDraft;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonMatch;
import org.sanctuary.registry.PersonQuery;
import org.sanctuary.registry.PersonSummary;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.registry.WhereaboutsDraft;
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

/** Person records over JSON; the same service as the pages. */
@RestController
@Tag(name = "Persons")
class PersonApi {

  private final PersonDirectory directory;

  PersonApi(PersonDirectory directory) {
    this.directory = directory;
  }

  /** Whether an office the caller cannot read holds a possible match of the person just registered. */
  static final String POSSIBLE_MATCH_ELSEWHERE = "Possible-Match-Elsewhere";

  @PostMapping("/api/persons")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "Register a person at an office. Refused 409 POSSIBLY_KNOWN, listing the records of your offices"
      + " that may be this person with why (and saying, without content, when another office holds one), unless"
      + " notADuplicateBecause says why this is someone else; the reason is kept. The header Possible-Match-Elsewhere"
      + " says whether an office you cannot read holds a possible match (its supervisor can be asked)")
  ResponseEntity<PersonView> register(@RequestBody PersonRequest request) {
    if (request.officeId() == null) {
      throw ValidationFailed.of("officeId", "is required");
    }
    PersonDirectory.Registration registered =
        directory.registered(new OfficeId(request.officeId()), request.draft(), request.notADuplicateBecause());
    PersonId id = registered.id();
    return ResponseEntity.created(URI.create("/api/persons/" + id))
        .header(POSSIBLE_MATCH_ELSEWHERE, String.valueOf(registered.possibleMatchElsewhere()))
        .body(view(directory.readFile(id)));
  }

  @GetMapping("/api/persons/matches")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  @Operation(summary = "Persons whose names may be the name typed, in any script or spelling (김철수 = Kim Chol-su ="
      + " 金哲洙), best first, each with why: the name that matched, its canonical key or similarity, and whether a partial"
      + " date of birth (born=1980, 1980-05) agrees; only the caller's offices (audited)")
  java.util.List<org.sanctuary.registry.PersonMatch> matches(
      @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String born) {
    return directory.matches(q == null ? "" : q, born);
  }

  @GetMapping("/api/persons")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  @Operation(summary = "Find persons (name prefix in any script, office, sex, nationality, need, priority; toComplete:"
      + " identities recorded as said at intent that a registrar has not yet completed)")
  ResultPage<PersonSummary> search(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable UUID officeId,
      @RequestParam(required = false) @Nullable Sex sex,
      @RequestParam(required = false) @Nullable String nationality,
      @RequestParam(required = false) @Nullable SpecificNeed need,
      @RequestParam(defaultValue = "false") boolean priority,
      @RequestParam(defaultValue = "false") boolean toComplete,
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return directory.search(
        new PersonQuery(
            name, officeId == null ? null : new OfficeId(officeId), sex, nationality, need, priority, toComplete),
        new PageRequest(page, size, after));
  }

  @GetMapping("/api/persons/{id}")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  @Operation(summary = "Read a person (the read is audited)")
  PersonView read(@PathVariable UUID id) {
    PersonId personId = new PersonId(id);
    return view(directory.readFile(personId));
  }

  @GetMapping("/api/persons/{id}/possible-duplicates")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  @Operation(summary = "Persons of your offices who may be this person (a name key in common, no date of birth against),"
      + " with why; for a look before acting on the file, such as recording intent (audited)")
  List<PersonMatch> possibleDuplicates(@PathVariable UUID id) {
    return directory.possibleDuplicates(new PersonId(id));
  }

  @PutMapping("/api/persons/{id}")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "Revise a person; send the version you read (STALE_VERSION if it moved on). A name added that may"
      + " be another person of your offices answers 409 POSSIBLY_KNOWN with them and why, and nothing is saved;"
      + " notADuplicateBecause says why this is someone else, and is kept")
  PersonView revise(@PathVariable UUID id, @RequestBody PersonRequest request) {
    if (request.version() == null) {
      throw ValidationFailed.of("version", "is required");
    }
    PersonId personId = new PersonId(id);
    directory.revise(personId, request.version(), request.draft(), request.notADuplicateBecause());
    return view(directory.readFile(personId));
  }

  @PostMapping("/api/persons/{id}/whereabouts")
  @PreAuthorize("hasAuthority('WHEREABOUTS_RECORD')")
  @Operation(summary = "Append a whereabouts or custody observation")
  ResponseEntity<Void> whereabouts(@PathVariable UUID id, @RequestBody WhereaboutsDraft draft) {
    directory.recordWhereabouts(new PersonId(id), draft);
    return ResponseEntity.status(201).build();
  }

  @PostMapping("/api/persons/{id}/consents")
  @PreAuthorize("hasAuthority('CONSENT_RECORD')")
  @Operation(summary = "Record consent given or refused")
  ResponseEntity<Void> consent(@PathVariable UUID id, @RequestBody ConsentDraft draft) {
    directory.recordConsent(new PersonId(id), draft);
    return ResponseEntity.status(201).build();
  }

  @GetMapping("/api/persons/{id}/access-log")
  @PreAuthorize("hasAuthority('PERSON_ACCESS_LOG_READ')")
  @Operation(summary = "Who read or changed this person's record")
  ResultPage<AuditEntry> accessLog(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return directory.accessLog(new PersonId(id), new PageRequest(page, size, after));
  }


  private static PersonView view(PersonDirectory.PersonFile file) {
    return PersonView.of(file.person(), file.groups(), file.originPlace());
  }
}
