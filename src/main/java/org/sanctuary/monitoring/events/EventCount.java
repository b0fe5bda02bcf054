package org.sanctuary.monitoring.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.CountClaim;
import org.sanctuary.shared.CountQualifier;
import org.sanctuary.shared.CountUnit;

/**
 * How many victims one event is counted with, as a whole and for each type of act in it, the one rule
 * every figure reads (monitoring.md §2):
 *
 * <ul>
 *   <li>the event: the claim the reviewer chose; else the envelope of every report's claim; else, with
 *       no claim, the victims its acts name one by one, exactly;
 *   <li>one act type: the claims its acts cite, each once however many acts cite it (the reviewer's
 *       choice if it is one of them, else their envelope); else the persons its acts name; else, when it
 *       is the event's only act type, the event's count; else no number, since a count the reports gave
 *       for the event as a whole says nothing of one act among several.
 * </ul>
 *
 * <p>Where a count is one report's claim (not an envelope of several, nor persons named), the claim
 * is given too: its breakdown by sex and age band is the count's.
 *
 * @param whole the event's count, or null when nothing gives one
 * @param wholeClaim the claim the event's count is, when it is one claim
 * @param chosen whether a reviewer chose the whole count
 * @param byActType the count of each act type in the event, null where nothing gives one
 * @param claimOfActType the claim each act type's count is, for those counted with one claim
 */
public record EventCount(
    @Nullable CountClaim whole, @Nullable UUID wholeClaim, boolean chosen, Map<String, @Nullable CountClaim> byActType,
    Map<String, UUID> claimOfActType) {

  /** An act as counting sees it: its type, the claim that counts its victims if any, the person it names if any. */
  public record CountedAct(String actType, @Nullable UUID claim, @Nullable UUID person) {}

  public static EventCount of(List<MonitoringEvent.Claim> claims, @Nullable UUID chosenClaim, List<CountedAct> acts) {
    MonitoringEvent.Claim picked = claims.stream().filter(c -> c.id().equals(chosenClaim)).findFirst().orElse(null);
    UUID wholeClaim = picked != null ? picked.id() : claims.size() == 1 ? claims.get(0).id() : null;
    CountClaim whole = picked != null ? picked.count() : envelope(claims.stream().map(MonitoringEvent.Claim::count).toList());
    if (whole == null) {
      whole = named(acts);
    }
    Map<String, List<CountedAct>> byType = new TreeMap<>();
    acts.forEach(a -> byType.computeIfAbsent(a.actType(), k -> new ArrayList<>()).add(a));
    Map<String, @Nullable CountClaim> counts = new TreeMap<>();
    Map<String, UUID> countedBy = new TreeMap<>();
    for (Map.Entry<String, List<CountedAct>> type : byType.entrySet()) {
      Set<UUID> cited = new LinkedHashSet<>();
      type.getValue().forEach(a -> {
        if (a.claim() != null) {
          cited.add(a.claim());
        }
      });
      CountClaim count;
      if (!cited.isEmpty()) {
        List<MonitoringEvent.Claim> own = claims.stream().filter(c -> cited.contains(c.id())).toList();
        MonitoringEvent.Claim one = own.stream().filter(c -> c.id().equals(chosenClaim)).findFirst()
            .orElse(own.size() == 1 ? own.get(0) : null);
        count = one != null ? one.count() : envelope(own.stream().map(MonitoringEvent.Claim::count).toList());
        if (one != null) {
          countedBy.put(type.getKey(), one.id());
        }
      } else {
        count = named(type.getValue());
        if (count == null && byType.size() == 1) {
          count = whole;
          if (wholeClaim != null) {
            countedBy.put(type.getKey(), wholeClaim);
          }
        }
      }
      counts.put(type.getKey(), count);
    }
    return new EventCount(whole, wholeClaim, picked != null, counts, countedBy);
  }

  /** The widest reading of several reports' counts: the lowest minimum and the highest maximum, unknown if any is. */
  static @Nullable CountClaim envelope(List<CountClaim> counts) {
    if (counts.isEmpty()) {
      return null;
    }
    if (counts.size() == 1) {
      return counts.get(0);
    }
    Long min = counts.stream().anyMatch(c -> c.min() == null) ? null
        : counts.stream().mapToLong(CountClaim::min).min().getAsLong();
    Long max = counts.stream().anyMatch(c -> c.max() == null) ? null
        : counts.stream().mapToLong(CountClaim::max).max().getAsLong();
    CountQualifier qualifier = min == null && max == null ? CountQualifier.UNKNOWN
        : min == null ? CountQualifier.UP_TO : max == null ? CountQualifier.AT_LEAST : CountQualifier.BETWEEN;
    return new CountClaim(min, max, null, qualifier, counts.get(0).unit(), "envelope of " + counts.size() + " reports");
  }

  /** The persons the acts name, once each, as an exact count; null when they name none. */
  private static @Nullable CountClaim named(List<CountedAct> acts) {
    long persons = acts.stream().map(CountedAct::person).filter(java.util.Objects::nonNull).distinct().count();
    return persons == 0 ? null : CountClaim.exactly(persons, CountUnit.PERSON);
  }
}
