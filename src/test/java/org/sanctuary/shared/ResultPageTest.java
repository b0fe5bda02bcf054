package org.sanctuary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages of a list, counted exactly up to the limit and as a lower bound beyond it. */
class ResultPageTest {

  @Test
  void belowTheLimitTheTotalIsExactAndTheLastPageHasNoNext() {
    ResultPage<Integer> last = new ResultPage<>(List.of(1, 2), 2, 20, 42);

    assertThat(last.totalIsLowerBound()).isFalse();
    assertThat(last.totalPages()).isEqualTo(3);
    assertThat(last.hasNext()).isFalse();
    assertThat(last.hasPrevious()).isTrue();
  }

  @Test
  void pastTheLimitTheTotalIsALowerBoundAndAFullPageHasANext() {
    ResultPage<Integer> deep =
        new ResultPage<>(Collections.nCopies(20, 7), 900, 20, ResultPage.COUNT_LIMIT + 1);

    assertThat(deep.totalIsLowerBound()).isTrue();
    assertThat(deep.hasNext()).isTrue();
    assertThat(new ResultPage<>(List.of(7), 901, 20, ResultPage.COUNT_LIMIT + 1).hasNext()).isFalse();
  }
}
