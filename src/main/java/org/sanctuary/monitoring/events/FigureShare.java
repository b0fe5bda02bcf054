package org.sanctuary.monitoring.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.monitoring.events.MonitoringEvent.Verification;
import org.sanctuary.registry.Sex;
import org.sanctuary.shared.AgeBand;
import org.sanctuary.shared.CountClaim;

/**
 * What one event adds to the figures, given its count as {@link EventCount} reckons it: the event as a
 * whole (with or without acts), each act type with its own count, and its victims by sex and by age
 * band as far as the claim it is counted with was broken down, apart from those of counts that were
 * not. Every figure is a sum of these, over the events of a period, a place and an act type; the
 * figures' summaries keep those sums as events change (see FigureCells).
 *
 * @param actType the act type the share counts, or "" for the event as a whole
 * @param value for {@link Kind#EVENT} whether it has acts ({@link #ACTED}, {@link #NO_ACT}); for SEX and
 *     AGE the sex or age band, or {@link #NOT_BROKEN_DOWN}; "" for ACT
 */
public record FigureShare(Kind kind, String actType, String value, Verification verification, Tally tally) {

  public enum Kind {
    EVENT,
    ACT,
    SEX,
    AGE
  }

  public static final String WHOLE = "";
  public static final String ACTED = "ACTED";
  public static final String NO_ACT = "NO_ACT";
  public static final String NOT_BROKEN_DOWN = "";

  /** One part of a claim as figures add it up. */
  public record Part(Sex sex, @Nullable AgeBand ageBand, @Nullable Long min, @Nullable Long max) {}

  /** The shares of an event counted so, whose claims were broken into the parts given (by claim). */
  public static List<FigureShare> of(Verification verification, EventCount count, Map<UUID, List<Part>> parts) {
    List<FigureShare> shares = new ArrayList<>();
    CountClaim whole = count.whole();
    Tally event = whole == null ? Tally.of(null, null) : Tally.of(whole.min(), whole.max());
    shares.add(new FigureShare(Kind.EVENT, WHOLE, count.byActType().isEmpty() ? NO_ACT : ACTED, verification, event));
    broken(shares, verification, WHOLE, event, parts.getOrDefault(count.wholeClaim(), List.of()));
    count.byActType().forEach((type, c) -> {
      Tally act = c == null ? Tally.of(null, null) : Tally.of(c.min(), c.max());
      shares.add(new FigureShare(Kind.ACT, type, "", verification, act));
      broken(shares, verification, type, act, parts.getOrDefault(count.claimOfActType().get(type), List.of()));
    });
    return List.copyOf(shares);
  }

  /**
   * By sex and by age band: the parts of each sex (of each band) added up, the event counted once in
   * each; or, where the claim has no part of that kind, the whole count as not broken down.
   */
  private static void broken(List<FigureShare> shares, Verification verification, String actType, Tally whole, List<Part> parts) {
    Map<String, Tally> bySex = new TreeMap<>();
    Map<String, Tally> byAge = new TreeMap<>();
    for (Part part : parts) {
      if (part.sex() != Sex.UNKNOWN) {
        bySex.merge(part.sex().name(), Tally.counts(0, part.min(), part.max()), Tally::plus);
      }
      if (part.ageBand() != null) {
        byAge.merge(part.ageBand().name(), Tally.counts(0, part.min(), part.max()), Tally::plus);
      }
    }
    for (var kind : List.of(Map.entry(Kind.SEX, bySex), Map.entry(Kind.AGE, byAge))) {
      if (kind.getValue().isEmpty()) {
        shares.add(new FigureShare(kind.getKey(), actType, NOT_BROKEN_DOWN, verification, whole));
      }
      kind.getValue().forEach((value, tally) -> shares.add(new FigureShare(kind.getKey(), actType, value, verification,
          tally.plus(new Tally(1, 0, 0, 0, 0, 0)))));
    }
  }
}
