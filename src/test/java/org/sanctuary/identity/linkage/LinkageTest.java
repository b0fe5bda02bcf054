package org.sanctuary.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine at the edges a new office meets: no records, or records that share nothing. */
class LinkageTest {

  @Test
  void anOfficeWithNobodyOrNobodyAlikeLinksToNothingWithAShareOfNone() {
    Linkage.Result none = new Linkage(PersonRecords.MODEL, 1).run(List.of());
    assertThat(none.pairs()).isEmpty();
    assertThat(none.candidates()).isZero();
    assertThat(none.matchShare()).isZero();

    Linkage.Result apart = new Linkage(PersonRecords.MODEL, 1).run(List.of(
        PersonRecords.of("1", List.of("김철수"), LocalDate.of(1970, 1, 1), LocalDate.of(1970, 1, 1), "MALE"),
        PersonRecords.of("2", List.of("박순희"), LocalDate.of(1990, 5, 5), LocalDate.of(1990, 5, 5), "FEMALE")));
    assertThat(apart.candidates()).isZero();
    assertThat(apart.matchShare()).isFinite().isZero();
  }

  @Test
  void placesOfOriginCompareAlongTheGazetteersHierarchy() {
    FieldComparison place = FieldComparison.placePath();
    assertThat(place.compare("/KP/NH/HR", "/KP/NH/HR")).as("the same county").isZero();
    assertThat(place.compare("/KP/NH/HR", "/KP/NH")).as("a source that gave only the province").isEqualTo(1);
    assertThat(place.compare("/KP/NH", "/KP/NH/HR")).isEqualTo(1);
    assertThat(place.compare("/KP/NH/HR", "/KP/NH/MS")).as("two counties of one province").isEqualTo(2);
    assertThat(place.compare("/KP/NH/HR", "/KP/NHX/HR")).as("a province whose id starts like another's").isEqualTo(3);
    assertThat(place.compare("/KP/NH/HR", "/KP/RG/HS")).as("two provinces").isEqualTo(3);
    assertThat(place.compare("/KP/NH", "/KP/RG")).isEqualTo(3);
    assertThat(place.compare(null, "/KP/NH")).as("not given").isEqualTo(FieldComparison.MISSING);
  }

  @Test
  void aPlaceOfOriginInCommonRaisesAPairAndProvincesApartLowerIt() {
    // Two records of one name and year, from one county, from two provinces, or with no place at all.
    java.util.function.Function<String, Double> weightWith = other -> {
      List<String[]> records = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        // A background of pairs that agree on all four fields, so that m and u are learned.
        LocalDate born = LocalDate.of(1950 + i, 3, 1);
        String name = List.of("김철수", "박순희", "이영희", "최광명", "정미숙").get(i % 5) + (char) ('가' + i);
        records.add(PersonRecords.of("a" + i, List.of(name), born, born, "MALE", "/KP/NH/C" + i));
        records.add(PersonRecords.of("b" + i, List.of(name), born, born, "MALE", "/KP/NH/C" + i));
      }
      records.add(PersonRecords.of("x", List.of("한복남"), LocalDate.of(1970, 1, 1), LocalDate.of(1970, 12, 31), "MALE", "/KP/RG/R1"));
      records.add(PersonRecords.of("y", List.of("Han Boknam"), LocalDate.of(1970, 1, 1), LocalDate.of(1970, 12, 31), "MALE", other));
      Linkage.Result result = new Linkage(PersonRecords.MODEL, 3).run(records);
      return result.pairs().stream().filter(p -> p.first() == 80 && p.second() == 81).findFirst().orElseThrow().probability();
    };
    double same = weightWith.apply("/KP/RG/R1");
    double unknown = weightWith.apply(null);
    double apart = weightWith.apply("/KP/NH/C1");
    assertThat(same).isGreaterThan(unknown);
    assertThat(unknown).isGreaterThan(apart);
  }
}
