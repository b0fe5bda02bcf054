package org.sanctuary.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two-list Chapman estimate and Chao's lower bound against values worked by hand (names-and-linkage.md §3). */
class TwoListAndLowerBoundTest {

  @Test
  void chapmanGivesTheWorkedValuesWithAnIntervalThatNeverFallsBelowThoseSeen() {
    Chapman first = Chapman.of(1_910, 1_528, 403);
    assertThat(first.estimate()).isCloseTo(7_231.47, within(0.01));
    assertThat(first.standardError()).isCloseTo(273.75, within(0.01));
    assertThat(first.seen()).isEqualTo(3_035);
    assertThat(first.interval().contains(first.estimate())).isTrue();
    assertThat(first.interval().lower()).isGreaterThan(3_035);

    Chapman second = Chapman.of(1_528, 685, 108);
    assertThat(second.estimate()).isCloseTo(9_621.88, within(0.01));
    assertThat(second.standardError()).isCloseTo(810.91, within(0.01));
    // Chao's log-normal interval is wider above the estimate than below it.
    assertThat(second.interval().upper() - second.estimate()).isGreaterThan(second.estimate() - second.interval().lower());
  }

  @Test
  void chapmanOfTwoListsOfLargerHistoriesCountsThePeopleOnBothWhateverElseTheyAreOn() {
    CaptureHistories three = CaptureHistories.of(List.of("witness", "church", "press"), new long[] {0, 300, 250, 60, 200, 40, 35, 12});
    // Witness list 300 + 60 + 40 + 12 = 412, church 250 + 60 + 35 + 12 = 357, on both 60 + 12 = 72.
    Chapman pair = Chapman.of(three, 0, 1);
    assertThat(pair.estimate()).isCloseTo(413.0 * 358 / 73 - 1, within(1e-9));
    assertThat(pair.seen()).isEqualTo(412 + 357 - 72);
  }

  @Test
  void anOverlapLargerThanAListIsRefused() {
    assertThatThrownBy(() -> Chapman.of(10, 5, 6)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
  }

  @Test
  void chaosBoundCountsThoseSeenOnceAndTwiceAndStaysFiniteWhenCorrected() {
    CaptureHistories three = CaptureHistories.of(List.of("witness", "church", "press"), new long[] {0, 300, 250, 60, 200, 40, 35, 12});
    ChaoLowerBound bound = ChaoLowerBound.of(three);
    // n 897, f1 = 300 + 250 + 200 = 750, f2 = 60 + 40 + 35 = 135.
    assertThat(bound.seen()).isEqualTo(897);
    assertThat(bound.bound()).isCloseTo(897 + 750.0 * 750 / 270, within(1e-9));
    assertThat(bound.biasCorrected()).isCloseTo(897 + 750.0 * 749 / 272, within(1e-9));

    CaptureHistories noneTwice = CaptureHistories.of(List.of("a", "b"), new long[] {0, 5, 4, 0});
    assertThat(ChaoLowerBound.of(noneTwice).bound()).isInfinite();
    assertThat(ChaoLowerBound.of(noneTwice).biasCorrected()).isCloseTo(9 + 9.0 * 8 / 2, within(1e-9));
  }

  @Test
  void historiesRefuseTooFewOrTooManyListsAndNegativeCells() {
    assertThatThrownBy(() -> CaptureHistories.of(List.of("only"), new long[] {0, 3}))
        .hasMessageContaining("2 to 6 lists");
    assertThatThrownBy(() -> CaptureHistories.of(List.of("a", "b", "c", "d", "e", "f", "g"), new long[128]))
        .hasMessageContaining("2 to 6 lists");
    assertThatThrownBy(() -> CaptureHistories.of(List.of("a", "b"), new long[] {0, 1, -1, 2}))
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> CaptureHistories.ofPeople(List.of("a", "b"), new int[] {1, 0}))
        .hasMessageContaining("at least one");
    CaptureHistories people = CaptureHistories.ofPeople(List.of("a", "b"), new int[] {1, 3, 3, 2});
    assertThat(people.cell(3)).isEqualTo(2);
    assertThat(people.onList(0)).isEqualTo(3);
  }
}
