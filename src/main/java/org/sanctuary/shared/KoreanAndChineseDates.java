package org.sanctuary.shared;

import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates as Korean and Chinese readers write them, said in the English forms {@link IntervalDate}
 * reads, so that one grammar gives the interval whatever the language: 2002년 5월 말 and 2002年5月底
 * are "end of May 2002"; 2002년경 and 2002年左右 are "circa 2002"; 2002년 6월 이전 and 2002年6月以前
 * are "before June 2002". The text kept is still the one typed.
 */
final class KoreanAndChineseDates {

  private static final String YEAR = "(\\d{4})[년年]";
  private static final String MONTH = "(\\d{1,2}|[一二三四五六七八九十]{1,3})[월月]";
  private static final String DAY = "(\\d{1,2})[일日号號]";

  private static final Pattern CJK_YEAR = Pattern.compile("\\d{4}[년年]");
  private static final Pattern DOTTED = Pattern.compile("(\\d{4})\\.(\\d{1,2})(?:\\.(\\d{1,2}))?");
  private static final Pattern DAY_OF_MONTH = Pattern.compile(YEAR + MONTH + DAY);
  private static final Pattern PART_OF_MONTH = Pattern.compile(YEAR + MONTH + "(초순|초|상순|중순|중|하순|말|上旬|初|中旬|中|下旬|底|末)");
  private static final Pattern WHOLE_MONTH = Pattern.compile(YEAR + MONTH);
  private static final Pattern QUARTER = Pattern.compile(YEAR + "(?:제)?([1-4])분기|(\\d{4})年第([1-4一二三四])季度?");
  private static final Pattern SEASON = Pattern.compile(YEAR + "(봄|여름|가을|겨울|春|夏|秋|冬)(?:天|季)?");
  private static final Pattern PART_OF_YEAR = Pattern.compile(YEAR + "(초반|초|중반|후반|말|年初|初|年中|中|年底|年末|底|末)");
  private static final Pattern WHOLE_YEAR = Pattern.compile(YEAR);

  /** Words around a date that widen it or leave one end open, longest first so that 前后 is not read as 前. */
  private static final List<String[]> AROUND = List.of(
      new String[] {"전후", "circa "}, new String[] {"前后", "circa "}, new String[] {"前後", "circa "},
      new String[] {"左右", "circa "}, new String[] {"무렵", "circa "}, new String[] {"즈음", "circa "},
      new String[] {"경", "circa "}, new String[] {"쯤", "circa "},
      new String[] {"이전", "before "}, new String[] {"以前", "before "}, new String[] {"之前", "before "},
      new String[] {"전", "before "}, new String[] {"前", "before "},
      new String[] {"이후", "after "}, new String[] {"以后", "after "}, new String[] {"以後", "after "},
      new String[] {"之后", "after "}, new String[] {"之後", "after "}, new String[] {"후", "after "}, new String[] {"后", "after "});

  private static final List<String> ABOUT = List.of("대략", "약", "大约", "大約", "大概", "约", "約");

  private KoreanAndChineseDates() {}

  /**
   * The English form of a date written in Korean or Chinese, or null when the text has neither
   * script's date words (it is then read as English). The text comes normalised (lower case, one space).
   */
  static @Nullable String asEnglish(String text) {
    String t = text.replace(" ", "");
    Matcher dotted = DOTTED.matcher(t);
    if (dotted.matches()) {
      return dotted.group(3) == null
          ? "%s-%02d".formatted(dotted.group(1), Integer.parseInt(dotted.group(2)))
          : "%s-%02d-%02d".formatted(dotted.group(1), Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(3)));
    }
    if (!CJK_YEAR.matcher(t).find()) {
      return null;
    }
    String qualifier = "";
    for (String about : ABOUT) {
      if (t.startsWith(about)) {
        qualifier = "circa ";
        t = t.substring(about.length());
        break;
      }
    }
    for (String[] around : AROUND) {
      if (t.endsWith(around[0]) && (qualifier.isEmpty() || qualifier.equals(around[1]))) {
        qualifier = around[1];
        t = t.substring(0, t.length() - around[0].length());
        break;
      }
    }
    String core = core(t);
    return core == null ? null : qualifier + core;
  }

  private static @Nullable String core(String t) {
    Matcher m;
    if ((m = DAY_OF_MONTH.matcher(t)).matches()) {
      return Integer.parseInt(m.group(3)) + " " + month(m.group(2)) + " " + m.group(1);
    }
    if ((m = PART_OF_MONTH.matcher(t)).matches()) {
      String part = switch (m.group(3)) {
        case "초순", "초", "상순", "上旬", "初" -> "early ";
        case "중순", "중", "中旬", "中" -> "mid ";
        default -> "end of ";
      };
      return part + month(m.group(2)) + " " + m.group(1);
    }
    if ((m = WHOLE_MONTH.matcher(t)).matches()) {
      return month(m.group(2)) + " " + m.group(1);
    }
    if ((m = QUARTER.matcher(t)).matches()) {
      return m.group(1) != null ? "q" + m.group(2) + " " + m.group(1) : "q" + number(m.group(4)) + " " + m.group(3);
    }
    if ((m = SEASON.matcher(t)).matches()) {
      String season = switch (m.group(2)) {
        case "봄", "春" -> "spring";
        case "여름", "夏" -> "summer";
        case "가을", "秋" -> "autumn";
        default -> "winter";
      };
      return season + " " + m.group(1);
    }
    if ((m = PART_OF_YEAR.matcher(t)).matches()) {
      String part = switch (m.group(2)) {
        case "초반", "초", "年初", "初" -> "early ";
        case "중반", "年中", "中" -> "mid ";
        default -> "late ";
      };
      return part + m.group(1);
    }
    if ((m = WHOLE_YEAR.matcher(t)).matches()) {
      return m.group(1);
    }
    return null;
  }

  /** The English name of a month written as a number (5월, 5月) or in Chinese numerals (五月); "month 13" for none. */
  private static String month(String written) {
    int number = number(written);
    return number >= 1 && number <= 12 ? Month.of(number).name().toLowerCase(Locale.ROOT) : "month " + number;
  }

  private static int number(String written) {
    if (written.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(written);
    }
    String digits = "一二三四五六七八九";
    if (written.equals("十")) {
      return 10;
    }
    if (written.startsWith("十")) {
      return 10 + digits.indexOf(written.charAt(1)) + 1;
    }
    return digits.indexOf(written.charAt(0)) + 1;
  }
}
