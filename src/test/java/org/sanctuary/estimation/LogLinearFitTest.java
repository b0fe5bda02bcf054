package org.sanctuary.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Log-linear fits against R's glm on the same cells (scripts/loglinear-reference.R wrote the values,
 * with the profile intervals worked out there by R's own optimize and uniroot), the hand-checkable
 * two-list case, and the model space.
 */
class LogLinearFitTest {

  private static final Map<String, long[]> TABLES = Map.of(
      "three", cells(300, 250, 60, 200, 40, 35, 12),
      "four", cells(140, 112, 41, 98, 22, 30, 9, 75, 35, 14, 6, 19, 5, 4, 2),
      "sparse", cells(54, 38, 3, 29, 2, 0, 1));

  @Test
  void everyFitAgreesWithRsGlmAndItsProfileInterval() throws Exception {
    List<String[]> rows = reference();
    assertThat(rows).hasSize(8 + 113 + 2);
    // Every hierarchical model the search may choose is compared, for three lists and for four.
    for (String table : List.of("three", "four")) {
      int k = table.equals("three") ? 3 : 4;
      assertThat(rows.stream().filter(r -> r[0].equals(table)).map(r -> model(k, r[1])).toList())
          .containsExactlyInAnyOrderElementsOf(LogLinearModel.all(k));
    }
    for (String[] row : rows) {
      long[] table = TABLES.get(row[0]);
      int k = Integer.numberOfTrailingZeros(table.length);
      CaptureHistories histories = CaptureHistories.of(names(k), table);
      LogLinearModel model = model(k, row[1]);
      LogLinearFit fit = LogLinearFit.of(histories, model);
      String what = row[0] + " " + model.formula();
      assertThat(fit.estimable()).as(what).isTrue();
      assertThat(fit.coefficients()[0]).as(what).isCloseTo(Double.parseDouble(row[2]), within(1e-7));
      assertThat(fit.logLikelihood()).as(what).isCloseTo(Double.parseDouble(row[3]), within(1e-7));
      assertThat(fit.aic()).as(what).isCloseTo(Double.parseDouble(row[4]), within(1e-7));
      assertThat(fit.bic()).as(what).isCloseTo(Double.parseDouble(row[5]), within(1e-7));
      assertThat(fit.estimate()).as(what).isCloseTo(Double.parseDouble(row[6]), within(1e-5));
      Interval interval = fit.profileInterval(histories, 0.95);
      assertThat(interval.lower()).as(what + " lower").isCloseTo(Double.parseDouble(row[7]), within(0.01));
      assertThat(interval.upper()).as(what + " upper").isCloseTo(Double.parseDouble(row[8]), within(0.01));
    }
  }

  @Test
  void twoIndependentListsGiveTheLincolnPetersenEstimate() {
    // n1 = 80 + 20 = 100, n2 = 40 + 20 = 60, m = 20: N̂ = 100 · 60 / 20 = 300.
    CaptureHistories two = CaptureHistories.of(List.of("a", "b"), new long[] {0, 80, 40, 20});
    assertThat(LogLinearFit.of(two, LogLinearModel.independence(2)).estimate()).isCloseTo(300, within(1e-8));
  }

  @Test
  void theInteractionOfAllListsAndModelsThatAreNotHierarchicalAreRefused() {
    assertThatThrownBy(() -> new LogLinearModel(3, List.of(0b011, 0b101, 0b110, 0b111)))
        .hasMessageContaining("assumed zero");
    assertThatThrownBy(() -> new LogLinearModel(4, List.of(0b0111)))
        .hasMessageContaining("a model with ABC has BC too");
    assertThat(new LogLinearModel(3, List.of(0b011, 0b101)).formula()).isEqualTo("A + B + C + AB + AC");
  }

  @Test
  void threeListsHaveEightHierarchicalModelsAndFourHaveOneHundredAndThirteen() {
    assertThat(LogLinearModel.all(3)).hasSize(8);
    assertThat(LogLinearModel.all(4)).hasSize(113);
  }

  @Test
  void theSearchRanksEveryReadableModelByBicAndWalksForwardFromFiveLists() {
    CaptureHistories four = CaptureHistories.of(names(4), TABLES.get("four"));
    List<LogLinearFit> ranked = ModelSearch.ranked(four);
    assertThat(ranked).hasSize(113);
    List<LogLinearFit> readable = ranked.stream().filter(LogLinearFit::estimable).toList();
    for (int i = 1; i < readable.size(); i++) {
      assertThat(readable.get(i).bic()).isGreaterThanOrEqualTo(readable.get(i - 1).bic());
    }
    // The independent model has the lowest BIC of the reference fits of this table (R gives 116.06).
    assertThat(ranked.get(0).model()).isEqualTo(LogLinearModel.independence(4));

    long[] five = new long[32];
    for (int cell = 1; cell < 32; cell++) {
      five[cell] = 400 >> Integer.bitCount(cell) + ((cell & 0b11) == 0b11 ? -2 : 0);
    }
    List<LogLinearFit> forward = ModelSearch.ranked(CaptureHistories.of(names(5), five));
    assertThat(forward.get(0).model().interactions()).contains(0b00011);
    assertThat(forward.stream().map(LogLinearFit::model).distinct().count()).isEqualTo(forward.size());
  }

  private static List<String[]> reference() throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        LogLinearFitTest.class.getResourceAsStream("/estimation/loglinear-reference.csv"), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }

  private static LogLinearModel model(int k, String terms) {
    List<Integer> interactions = new ArrayList<>();
    for (String term : terms.isBlank() ? new String[0] : terms.split(" ")) {
      int mask = 0;
      for (char list : term.toCharArray()) {
        mask |= 1 << (list - 'A');
      }
      interactions.add(mask);
    }
    return new LogLinearModel(k, interactions);
  }

  private static List<String> names(int k) {
    return Arrays.asList("witness", "church", "press", "ngo", "court", "press2").subList(0, k);
  }

  private static long[] cells(long... observed) {
    long[] cells = new long[observed.length + 1];
    System.arraycopy(observed, 0, cells, 1, observed.length);
    return cells;
  }
}
