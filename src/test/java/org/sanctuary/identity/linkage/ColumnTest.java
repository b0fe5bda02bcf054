package org.sanctuary.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A run compares records through interned columns; a single pair is compared by text. Both must give
 * the same level for every pair, or a run would score what a reviewer is shown differently.
 */
class ColumnTest {

  private static final List<String> NAMES = List.of("김철수", "Kim Chol-su", "Kim Cheol-soo", "金哲洙", "Kim Chol-ju", "김철주",
      "Ri Yong Hui", "이영희", "Lee Young-hee", "Pak Sun-hui", "박순희", "Choe Cheol-su", "Kim Yong-ho", "김영호", "Piao Zhengri",
      "Chol Su Kim", "Kim Chul Soo", "Ri Yong-ho");

  @Test
  void everyFieldComparedThroughItsInternedColumnGivesTheLevelOfItsTexts() {
    Random random = new Random(11);
    List<String[]> records = new ArrayList<>();
    for (int r = 0; r < 400; r++) {
      List<String> names = random.nextInt(20) == 0 ? List.of() : List.of(NAMES.get(random.nextInt(NAMES.size())));
      LocalDate day = LocalDate.of(1960 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
      LocalDate[] born = switch (random.nextInt(6)) {
        case 0 -> new LocalDate[] {null, null};
        case 1 -> new LocalDate[] {day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear())};
        case 2 -> new LocalDate[] {day, null};
        case 3 -> new LocalDate[] {null, day};
        default -> new LocalDate[] {day, day};
      };
      String sex = List.of("MALE", "FEMALE", "UNKNOWN").get(random.nextInt(3));
      String place = List.of("/KP", "/KP/NH", "/KP/NH/HR", "/KP/NH/MS", "/KP/YG/HS", "/CN/JL/YB").get(random.nextInt(6));
      records.add(PersonRecords.of(String.valueOf(r), names, born[0], born[1], random.nextInt(10) == 0 ? null : sex,
          random.nextInt(8) == 0 ? null : place));
    }
    LinkageModel model = PersonRecords.MODEL;
    for (LinkageModel.Field field : model.fields()) {
      int[] seen = new int[field.comparison().levels() + 1];
      int index = model.index(field.column());
      Column column = Column.of(records, index);
      FieldComparison.Prepared prepared = field.comparison().prepare(column);
      for (int i = 0; i < records.size(); i++) {
        for (int j = 0; j < records.size(); j++) {
          int level = field.comparison().compare(records.get(i)[index], records.get(j)[index]);
          assertThat(prepared.level(i, j)).as("%s of %s and %s", field.column(), records.get(i)[index], records.get(j)[index])
              .isEqualTo(level);
          seen[level + 1]++;
        }
      }
      // Every level occurs, missing included, so that no path went untried.
      assertThat(seen).as(field.column()).doesNotContain(0);
    }
  }

  @Test
  void aColumnHoldsEachRecordsDistinctValuesInOrderAndCountsTheRecordsHoldingEach() {
    Column column = Column.of(List.<String[]>of(new String[] {"A|B|A"}, new String[] {"B|C"}, new String[] {null},
        new String[] {""}), 0);
    assertThat(column.ids(0)).hasSize(2);
    assertThat(column.value(column.ids(0)[0])).isEqualTo("A");
    assertThat(column.value(column.ids(0)[1])).isEqualTo("B");
    assertThat(column.frequency(column.ids(0)[1])).isEqualTo(2);
    assertThat(column.rarestShared(0, 1)).isEqualTo(2);
    assertThat(column.ids(2)).isEmpty();
    assertThat(column.id(3)).isEqualTo(-1);
    assertThat(column.text(3)).isNull();
    assertThat(column.single()).isFalse();
    assertThat(Column.of(List.<String[]>of(new String[] {"MALE"}, new String[] {"FEMALE"}), 0).single()).isTrue();
  }
}
