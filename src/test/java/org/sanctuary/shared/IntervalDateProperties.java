package org.sanctuary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The algebra of interval dates holds for every date a monitor could write. */
class IntervalDateProperties {

  @Property
  void earliestIsNeverAfterLatest(@ForAll("dateTexts") String text) {
    IntervalDate date = IntervalDate.parse(text);
    if (date.earliest() != null && date.latest() != null) {
      assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
    }
  }

  @Property
  void theDayTheTextNamesLiesInsideItsInterval(@ForAll("days") LocalDate day, @ForAll("forms") int form) {
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String text =
        switch (form) {
          case 0 -> day.toString();
          case 1 -> day.getDayOfMonth() + " " + month + " " + day.getYear();
          case 2 -> month + " " + day.getYear();
          case 3 -> (day.getDayOfMonth() <= 10 ? "early " : day.getDayOfMonth() <= 20 ? "mid " : "end of ")
              + month + " " + day.getYear();
          case 4 -> "circa " + day.getYear();
          default -> Integer.toString(day.getYear());
        };
    assertThat(IntervalDate.parse(text).admits(day)).as(text).isTrue();
  }

  @Property
  void overlapIsSymmetric(@ForAll("dateTexts") String a, @ForAll("dateTexts") String b) {
    IntervalDate x = IntervalDate.parse(a);
    IntervalDate y = IntervalDate.parse(b);
    assertThat(x.overlaps(y)).isEqualTo(y.overlaps(x));
  }

  @Property
  void anAgeAtADayNeverPlacesTheBirthAfterThatDay(
      @ForAll("days") LocalDate day, @ForAll("ages") int years, @ForAll boolean half, @ForAll boolean about) {
    String text =
        (about ? "about " : "") + years + (half ? "½" : "") + " years old on " + day;
    IntervalDate dob = IntervalDate.parse(text);
    assertThat(dob.latest()).isBeforeOrEqualTo(day);
    assertThat(dob.earliest()).isBeforeOrEqualTo(dob.latest());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(0, 60_000)
        .map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
  }

  @Provide
  Arbitrary<Integer> forms() {
    return Arbitraries.integers().between(0, 5);
  }

  @Provide
  Arbitrary<Integer> ages() {
    return Arbitraries.integers().between(0, 100);
  }

  @Provide
  Arbitrary<String> dateTexts() {
    Arbitrary<String> prefix = Arbitraries.of("", "before ", "after ", "circa ");
    Arbitrary<String> core =
        Combinators.combine(days(), forms())
            .as(
                (day, form) -> {
                  String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                  return switch (form) {
                    case 0 -> day.toString();
                    case 1 -> month + " " + day.getYear();
                    case 2 -> "end of " + month + " " + day.getYear();
                    case 3 -> "Q" + ((day.getMonthValue() + 2) / 3) + " " + day.getYear();
                    case 4 -> "early " + day.getYear();
                    default -> Integer.toString(day.getYear());
                  };
                });
    return Combinators.combine(prefix, core).as(String::concat);
  }
}
