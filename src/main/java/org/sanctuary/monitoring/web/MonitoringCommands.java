package org.sanctuary.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.interventions.Intervention;
import org.sanctuary.monitoring.interventions.Interventions;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.monitoring.reports.SourceReports;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.shared.ValidationFailed;

/**
 * The monitoring commands as both doors take them: the API reads them from JSON, the pages bind them
 * from their forms (CommandForms), and each becomes the service's draft in one place. A blank field of a
 * form is no value, as an absent one is in JSON.
 */
final class MonitoringCommands {

  private MonitoringCommands() {}

  record ReportRequest(
      @Nullable UUID officeId, SourceReport.@Nullable SourceType sourceType, @Nullable LocalDate receivedOn,
      @Nullable String language, @Nullable String content, @Nullable String sourceIdentity,
      SourceReport.@Nullable Confidentiality confidentiality, @Nullable UUID supersedes) {

    SourceReports.Draft draft() {
      return new SourceReports.Draft(office(officeId), sourceType, receivedOn, language, content, given(sourceIdentity), confidentiality,
          supersedes);
    }
  }

  record EventRequest(
      @Nullable UUID officeId, @Nullable String title, @Nullable String date, @Nullable UUID placeId,
      @Nullable String placePrecision, @Nullable String description, MonitoringEvent.@Nullable Verification verification) {

    Events.EventDraft draft() {
      if (verification != null) {
        throw ValidationFailed.of("verification", "is set only by a reviewer: POST /api/monitoring/events/{id}/review");
      }
      return new Events.EventDraft(office(officeId), title, date, placeId, given(placePrecision), description);
    }
  }

  record ActRequest(
      @Nullable String actType, @Nullable UUID victimPersonId, @Nullable String victimGroup, @Nullable UUID countReportId,
      @Nullable String count, @Nullable String date, @Nullable UUID placeId, @Nullable String victimStatusAfter,
      @Nullable List<MonitoringEvent.Involvement> involvements) {

    Events.ActDraft draft() {
      return new Events.ActDraft(actType, victimPersonId, given(victimGroup), countReportId, count, given(date), placeId,
          given(victimStatusAfter), involvements == null ? List.of() : involvements);
    }
  }

  record InformationRequest(
      @Nullable UUID reportId, @Nullable UUID actId, MonitoringEvent.@Nullable Connection connection, @Nullable String reliability,
      @Nullable Integer credibility, @Nullable List<String> counts) {

    Events.InformationDraft draft() {
      return new Events.InformationDraft(reportId, actId, connection, reliability, credibility,
          counts == null ? List.of() : counts.stream().filter(c -> given(c) != null).toList());
    }
  }

  record ReviewRequest(
      @Nullable Long version, MonitoringEvent.@Nullable Verification verification, @Nullable String reason,
      @Nullable UUID envelopeClaimId) {

    long versionRead() {
      return read(version);
    }
  }

  record RelationRequest(@Nullable UUID toEventId, MonitoringEvent.@Nullable RelationKind kind) {

    UUID to() {
      if (toEventId == null) {
        throw ValidationFailed.of("toEventId", "choose the related event");
      }
      return toEventId;
    }
  }

  record PartRequest(org.sanctuary.registry.@Nullable Sex sex, org.sanctuary.shared.@Nullable AgeBand ageBand, @Nullable String count) {}

  record SensitivityRequest(@Nullable Long version) {

    long versionRead() {
      return read(version);
    }
  }

  record AddresseeRequest(@Nullable UUID officeId, @Nullable String name, @Nullable RecipientType kind) {}

  record InterventionRequest(
      @Nullable UUID officeId, @Nullable UUID addresseeId, @Nullable LocalDate sentOn, @Nullable String asked,
      Intervention.@Nullable Priority priority, @Nullable LocalDate nextFollowUp, @Nullable List<UUID> personIds,
      @Nullable List<UUID> eventIds) {

    Interventions.Draft draft() {
      return new Interventions.Draft(office(officeId), addresseeId, sentOn, asked, priority, nextFollowUp,
          personIds == null ? List.of() : personIds, eventIds == null ? List.of() : eventIds);
    }
  }

  record FollowUpRequest(
      @Nullable Long version, Intervention.@Nullable Response response, @Nullable String note, Intervention.@Nullable Status status,
      @Nullable LocalDate nextFollowUp) {

    long versionRead() {
      return read(version);
    }
  }

  record FollowRequest(@Nullable UUID personId, @Nullable UUID teamId) {

    org.sanctuary.registry.PersonId person() {
      if (personId == null) {
        throw ValidationFailed.of("personId", "is required");
      }
      return new org.sanctuary.registry.PersonId(personId);
    }
  }

  record FateRequest(org.sanctuary.monitoring.concern.PersonOfConcern.@Nullable Fate fate, @Nullable String note) {}

  static @Nullable OfficeId office(@Nullable UUID id) {
    return id == null ? null : new OfficeId(id);
  }

  /** Text given, or null for none: a form sends a field left empty as blank text. */
  static @Nullable String given(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static long read(@Nullable Long version) {
    if (version == null) {
      throw ValidationFailed.of("version", "send the version you read");
    }
    return version;
  }
}
