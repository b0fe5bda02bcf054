package org.sanctuary.monitoring.events;

import org.sanctuary.monitoring.events.EventCount;
import org.sanctuary.monitoring.events.MonitoringEvent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.shared.CountClaim;

/** The one rule every figure counts an event with (monitoring.md §2). */
class EventCountTest {

  private static final UUID PRESS = UUID.randomUUID();
  private static final UUID WITNESS = UUID.randomUUID();

  private static MonitoringEvent.Claim claim(UUID report, String text) {
    return new MonitoringEvent.Claim(UUID.randomUUID(), report, "R", CountClaim.parse(text));
  }

  @Test
  void theEventIsCountedWithTheEnvelopeOfEveryReportUnlessTheReviewerChoseOne() {
    MonitoringEvent.Claim press = claim(PRESS, "up to 900");
    MonitoringEvent.Claim witness = claim(WITNESS, "about 500");
    List<EventCount.CountedAct> acts = List.of(new EventCount.CountedAct("FORCED_RETURN", null, null));

    EventCount envelope = EventCount.of(List.of(press, witness), null, acts);
    assertThat(envelope.whole().min()).isNull();
    assertThat(envelope.whole().max()).isEqualTo(900);
    assertThat(envelope.chosen()).isFalse();

    EventCount chosen = EventCount.of(List.of(press, witness), witness.id(), acts);
    assertThat(chosen.whole()).isEqualTo(witness.count());
    assertThat(chosen.chosen()).isTrue();
    // The only act type in the event is counted with the event's count.
    assertThat(chosen.byActType()).containsEntry("FORCED_RETURN", witness.count());
  }

  @Test
  void anActTypeIsCountedWithTheClaimsItsActsCiteEachOnceNotWithTheOtherActsClaims() {
    MonitoringEvent.Claim returned = claim(PRESS, "up to 900");
    MonitoringEvent.Claim arrested = claim(WITNESS, "6");
    // Three acts of return cite the same report's claim: it counts once, not three times.
    List<EventCount.CountedAct> acts = List.of(
        new EventCount.CountedAct("FORCED_RETURN", returned.id(), null),
        new EventCount.CountedAct("FORCED_RETURN", returned.id(), null),
        new EventCount.CountedAct("FORCED_RETURN", returned.id(), null),
        new EventCount.CountedAct("ARREST", arrested.id(), null));

    EventCount count = EventCount.of(List.of(returned, arrested), null, acts);

    assertThat(count.byActType()).containsEntry("FORCED_RETURN", returned.count()).containsEntry("ARREST", arrested.count());
  }

  @Test
  void aClaimAboutTheWholeEventSaysNothingOfOneActTypeAmongSeveral() {
    MonitoringEvent.Claim whole = claim(PRESS, "hundreds");
    UUID person = UUID.randomUUID();
    List<EventCount.CountedAct> acts = List.of(
        new EventCount.CountedAct("FORCED_RETURN", null, null),
        new EventCount.CountedAct("DETENTION", null, person),
        new EventCount.CountedAct("DETENTION", null, person));

    EventCount count = EventCount.of(List.of(whole), null, acts);

    assertThat(count.whole()).isEqualTo(whole.count());
    assertThat(count.byActType().get("FORCED_RETURN")).isNull();
    assertThat(count.byActType().get("DETENTION").min()).isEqualTo(1);
    assertThat(count.byActType().get("DETENTION").max()).isEqualTo(1);
  }

  @Test
  void withNoClaimTheVictimsNamedOneByOneAreCountedExactlyEachOnce() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    EventCount count = EventCount.of(List.of(), null, List.of(
        new EventCount.CountedAct("DETENTION", null, a), new EventCount.CountedAct("DETENTION", null, b),
        new EventCount.CountedAct("INTERROGATION", null, a)));

    assertThat(count.whole().min()).isEqualTo(2);
    assertThat(count.whole().max()).isEqualTo(2);
    assertThat(count.byActType().get("INTERROGATION").max()).isEqualTo(1);
    assertThat(EventCount.of(List.of(), null, List.of()).whole()).isNull();
  }
}
