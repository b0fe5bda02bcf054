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

  @Property
  void aDateWrittenInKoreanOrChineseIsTheIntervalItIsInEnglish(@ForAll("days") LocalDate day, @ForAll("forms") int form) {
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    int y = day.getYear();
    int m = day.getMonthValue();
    String part = day.getDayOfMonth() <= 10 ? "early " : day.getDayOfMonth() <= 20 ? "mid " : "end of ";
    String[] forms =
        switch (form) {
          case 0 -> new String[] {day.getDayOfMonth() + " " + month + " " + y, y + "년 " + m + "월 " + day.getDayOfMonth() + "일",
              y + "年" + m + "月" + day.getDayOfMonth() + "日"};
          case 1 -> new String[] {month + " " + y, y + "년 " + m + "월", y + "年" + m + "月"};
          case 2 -> new String[] {part + month + " " + y,
              y + "년 " + m + "월 " + (part.equals("early ") ? "초" : part.equals("mid ") ? "중순" : "말"),
              y + "年" + m + "月" + (part.equals("early ") ? "上旬" : part.equals("mid ") ? "中旬" : "下旬")};
          case 3 -> new String[] {"before " + month + " " + y, y + "년 " + m + "월 이전", y + "年" + m + "月以前"};
          case 4 -> new String[] {"circa " + y, y + "년경", y + "年左右"};
          default -> new String[] {"after " + y, y + "년 이후", y + "年以后"};
        };
    IntervalDate english = IntervalDate.parse(forms[0]);
    for (String written : new String[] {forms[1], forms[2]}) {
      IntervalDate date = IntervalDate.parse(written);
      assertThat(date.earliest()).as(written).isEqualTo(english.earliest());
      assertThat(date.latest()).as(written).isEqualTo(english.latest());
      assertThat(date.qualifier()).as(written).isEqualTo(english.qualifier());
      assertThat(date.text()).isEqualTo(written);
    }
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
