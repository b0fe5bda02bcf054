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
}
