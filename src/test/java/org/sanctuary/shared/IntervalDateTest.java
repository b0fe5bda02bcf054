package org.sanctuary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Monitoring.md §2: dates as monitors write them become the interval they certainly lie in. */
class IntervalDateTest {

  @ParameterizedTest(name = "\"{0}\" is {1} to {2}, {3}, {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "2002-05-13          | 2002-05-13 | 2002-05-13 | DAY           | EXACT",
        "13 June 2002        | 2002-06-13 | 2002-06-13 | DAY           | EXACT",
        "June 13, 2002       | 2002-06-13 | 2002-06-13 | DAY           | EXACT",
        "April 2002          | 2002-04-01 | 2002-04-30 | MONTH         | EXACT",
        "2002-04             | 2002-04-01 | 2002-04-30 | MONTH         | EXACT",
        "end of May 2002     | 2002-05-21 | 2002-05-31 | PART_OF_MONTH | EXACT",
        "early May 2002      | 2002-05-01 | 2002-05-10 | PART_OF_MONTH | EXACT",
        "mid-May 2002        | 2002-05-11 | 2002-05-20 | PART_OF_MONTH | EXACT",
        "end of February 2004| 2004-02-21 | 2004-02-29 | PART_OF_MONTH | EXACT",
        "Q2 2002             | 2002-04-01 | 2002-06-30 | QUARTER       | EXACT",
        "early 2002          | 2002-01-01 | 2002-04-30 | PART_OF_YEAR  | EXACT",
        "late 2002           | 2002-09-01 | 2002-12-31 | PART_OF_YEAR  | EXACT",
        "2002                | 2002-01-01 | 2002-12-31 | YEAR          | EXACT",
        "before June 2002    | -          | 2002-05-31 | MONTH         | BEFORE",
        "after April 2002    | 2002-05-01 | -          | MONTH         | AFTER",
        "circa 1999          | 1998-01-01 | 2000-12-31 | YEAR          | CIRCA",
        "spring 2002         | 2002-03-01 | 2002-05-31 | PART_OF_YEAR  | EXACT",
        "autumn 2002         | 2002-09-01 | 2002-11-30 | PART_OF_YEAR  | EXACT",
        "2002년 5월 13일      | 2002-05-13 | 2002-05-13 | DAY           | EXACT",
        "2002. 5. 13.        | 2002-05-13 | 2002-05-13 | DAY           | EXACT",
        "2002년 4월           | 2002-04-01 | 2002-04-30 | MONTH         | EXACT",
        "2002년 5월 말        | 2002-05-21 | 2002-05-31 | PART_OF_MONTH | EXACT",
        "2002년 5월 초순      | 2002-05-01 | 2002-05-10 | PART_OF_MONTH | EXACT",
        "2002년 5월 말경      | 2002-05-11 | 2002-06-10 | PART_OF_MONTH | CIRCA",
        "2002년 2분기         | 2002-04-01 | 2002-06-30 | QUARTER       | EXACT",
        "2002년 초            | 2002-01-01 | 2002-04-30 | PART_OF_YEAR  | EXACT",
        "2002년 봄            | 2002-03-01 | 2002-05-31 | PART_OF_YEAR  | EXACT",
        "2002년              | 2002-01-01 | 2002-12-31 | YEAR          | EXACT",
        "2002년 6월 이전      | -          | 2002-05-31 | MONTH         | BEFORE",
        "2002년 4월 이후      | 2002-05-01 | -          | MONTH         | AFTER",
        "1999년경            | 1998-01-01 | 2000-12-31 | YEAR          | CIRCA",
        "약 1999년           | 1998-01-01 | 2000-12-31 | YEAR          | CIRCA",
        "2002年5月13日        | 2002-05-13 | 2002-05-13 | DAY           | EXACT",
        "2002年四月           | 2002-04-01 | 2002-04-30 | MONTH         | EXACT",
        "2002年十二月         | 2002-12-01 | 2002-12-31 | MONTH         | EXACT",
        "2002年5月底          | 2002-05-21 | 2002-05-31 | PART_OF_MONTH | EXACT",
        "2002年5月中旬        | 2002-05-11 | 2002-05-20 | PART_OF_MONTH | EXACT",
        "2002年第二季度       | 2002-04-01 | 2002-06-30 | QUARTER       | EXACT",
        "2002年底            | 2002-09-01 | 2002-12-31 | PART_OF_YEAR  | EXACT",
        "2002年春            | 2002-03-01 | 2002-05-31 | PART_OF_YEAR  | EXACT",
        "2002年6月以前        | -          | 2002-05-31 | MONTH         | BEFORE",
        "2002年4月之后        | 2002-05-01 | -          | MONTH         | AFTER",
        "1999年左右          | 1998-01-01 | 2000-12-31 | YEAR          | CIRCA",
        "约1999年            | 1998-01-01 | 2000-12-31 | YEAR          | CIRCA",
        "1999年前后          | 1998-01-01 | 2000-12-31 | YEAR          | CIRCA",
      })
  void readsTheFormsMonitorsWrite(
      String text, LocalDate earliest, LocalDate latest, DatePrecision precision, DateQualifier qualifier) {
    IntervalDate date = IntervalDate.parse(text);

    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.qualifier()).isEqualTo(qualifier);
    assertThat(date.text()).isEqualTo(text.strip());
  }

  @Test
  void aBoyOfAboutTwoAndAHalfOnTheLastDayOfMayWasBornWithinAYearEitherSideOfLate1999() {
    IntervalDate dob = IntervalDate.parse("about 2½ years old on 31 May 2002");

    assertThat(dob.qualifier()).isEqualTo(DateQualifier.CIRCA);
    assertThat(dob.admits(LocalDate.of(1999, 11, 30))).isTrue();
    assertThat(dob.earliest()).isEqualTo(LocalDate.of(1998, 8, 31));
    assertThat(dob.latest()).isEqualTo(LocalDate.of(2001, 2, 28));
  }

  @Test
  void anExactAgeOnADayAdmitsExactlyOneYearOfBirthdays() {
    IntervalDate dob = IntervalDate.parse("30 years old on 1 June 2002");

    assertThat(dob.earliest()).isEqualTo(LocalDate.of(1971, 6, 2));
    assertThat(dob.latest()).isEqualTo(LocalDate.of(1972, 6, 1));
  }

  @Test
  void aDateThatIsNotADateIsRefusedWithTheTextInTheMessage() {
    assertThatThrownBy(() -> IntervalDate.parse("the day after the flood"))
        .isInstanceOf(UnreadableValue.class)
        .hasMessageContaining("the day after the flood");
    assertThatThrownBy(() -> IntervalDate.parse("31 February 2002")).isInstanceOf(UnreadableValue.class);
    assertThatThrownBy(() -> IntervalDate.parse(" ")).isInstanceOf(UnreadableValue.class);
    assertThatThrownBy(() -> IntervalDate.parse("2002년 13월")).isInstanceOf(UnreadableValue.class).hasMessageContaining("2002년 13월");
    assertThatThrownBy(() -> IntervalDate.parse("2002年2月30日")).isInstanceOf(UnreadableValue.class);
  }

  @Test
  void aWinterIsRefusedWithHowToSayItsMonthsForItSpansTwoYears() {
    for (String winter : new String[] {"winter 2002", "2002년 겨울", "2002年冬天"}) {
      assertThatThrownBy(() -> IntervalDate.parse(winter)).as(winter).isInstanceOf(UnreadableValue.class)
          .hasMessage("a winter spans two years: write its months, for example December 2002 or early 2003");
    }
  }

  @Test
  void overlapIsHowIntervalsAreCompared() {
    IntervalDate endOfMay = IntervalDate.parse("end of May 2002");

    assertThat(endOfMay.overlaps(IntervalDate.parse("May 2002"))).isTrue();
    assertThat(endOfMay.overlaps(IntervalDate.parse("2002-05-31"))).isTrue();
    assertThat(endOfMay.overlaps(IntervalDate.parse("early May 2002"))).isFalse();
    assertThat(endOfMay.overlaps(IntervalDate.parse("before June 2002"))).isTrue();
    assertThat(endOfMay.overlaps(IntervalDate.parse("after May 2002"))).isFalse();
  }
}
