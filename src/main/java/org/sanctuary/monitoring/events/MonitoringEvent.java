package org.sanctuary.monitoring.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.registry.Sex;
import org.sanctuary.shared.AgeBand;
import org.sanctuary.shared.CountClaim;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.shared.IntervalDate;

/**
 * Something that happened, as the record has it: when (an interval), where, what, how well it is
 * verified (set only by a reviewer, who is named with their reasons), the acts inside it, every count
 * any report gave with its source, the reviewer's chosen count, the information links with their
 * grades, and related events.
 */
public record MonitoringEvent(
    UUID id,
    OfficeId office,
    String title,
    IntervalDate date,
    @Nullable UUID placeId,
    @Nullable String place,
    @Nullable String placePrecision,
    @Nullable String description,
    boolean descriptionSensitive,
    Verification verification,
    @Nullable String verifiedBy,
    @Nullable String verificationReason,
    @Nullable UUID envelopeClaim,
    List<Act> acts,
    List<Claim> claims,
    List<ClaimPart> claimParts,
    List<Information> information,
    List<Relation> relations,
    long version) {

  /**
   * The guard of the reviewer's action on this event, the only way its verification status changes: a
   * status, the reasons in words, and, if a count is chosen to be shown by default, one this event was
   * given.
   */
  void review(@Nullable Verification verification, @Nullable String reason, @Nullable UUID envelopeClaim) {
    List<FieldProblem> problems = new ArrayList<>();
    if (verification == null) {
      problems.add(new FieldProblem("verification", "is required"));
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      problems.add(new FieldProblem("reason", "say why, in 1 to 2000 characters"));
    }
    if (envelopeClaim != null && claims.stream().noneMatch(c -> c.id().equals(envelopeClaim))) {
      problems.add(new FieldProblem("envelopeClaimId", "is not a count given for this event"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
  }

  public enum Verification {
    UNVERIFIED,
    POSSIBLE,
    LIKELY,
    CONFIRMED,
    UNLIKELY,
    FALSE
  }

  /** One thing done to one victim (a registry person, or a group counted by a claim). */
  public record Act(
      UUID id, String actType, @Nullable UUID victimPerson, @Nullable String victimGroup, @Nullable Claim victimCount,
      @Nullable String date, @Nullable String place, @Nullable String victimStatusAfter, List<Involvement> involvements) {}

  public record Involvement(String perpetrator, PerpetratorKind kind, Degree degree) {}

  public enum PerpetratorKind {
    AUTHORITY,
    UNIT,
    PERSON
  }

  /**
   * How precisely a source placed the event (monitoring.md §2: town, prefecture, province): the
   * place chosen is the smallest the source named, and this says how far the event may lie from it.
   */
  public enum PlacePrecision {
    /** A named spot: a border post, a detention centre, a house. */
    SITE,
    TOWN,
    COUNTY,
    PREFECTURE,
    PROVINCE,
    /** More than one province: "South China", "the border area". */
    REGION,
    COUNTRY
  }

  public enum Degree {
    CARRIED_OUT,
    ORDERED,
    FAILED_TO_PREVENT,
    SUSPECTED
  }

  /** A count as one report gave it. */
  public record Claim(UUID id, UUID report, String reportReference, CountClaim count) {}

  /**
   * Part of a report's count, as the report broke it down: "300 of them women", "about 100 children".
   * The sex or the age band may be unknown, not both.
   */
  public record ClaimPart(UUID id, UUID claim, Sex sex, @Nullable AgeBand ageBand, CountClaim count) {}

  /** The parts the report broke one of its counts into. */
  public List<ClaimPart> partsOf(UUID claim) {
    return claimParts.stream().filter(p -> p.claim().equals(claim)).toList();
  }

  /** How a report knows of the event: the source's connection and the two grades (A–F, 1–6). */
  public record Information(
      UUID report, String reportReference, @Nullable UUID act, Connection connection, char reliability, int credibility) {}

  public enum Connection {
    VICTIM,
    WITNESS,
    HEARSAY,
    OFFICIAL,
    MEDIA
  }

  public record Relation(UUID event, RelationKind kind) {}

  public enum RelationKind {
    PRECEDES,
    PART_OF,
    CONSEQUENCE_OF
  }
}
