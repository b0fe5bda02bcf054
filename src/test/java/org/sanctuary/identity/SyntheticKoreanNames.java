package org.sanctuary.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic records of Korean people as several sources would list them (names-and-linkage.md §2,
 * "Quality"): surnames by their frequency in the 2015 census, given names of two common syllables,
 * each person written by 2 to 4 sources in Hangul, Hanja, Revised Romanization, McCune–Reischauer,
 * DPRK style, the spellings people use, or pinyin; with typos, missing and wrong dates of birth,
 * swapped name order and missing sex. Seeded: the same seed gives the same records.
 */
final class SyntheticKoreanNames {

  /**
   * A record as a source gives it, and the person it is (the truth, never shown to the linkage). The
   * place of origin is a gazetteer path ({@code /KP/NH/NH07}), the province only, or null.
   */
  record Listed(int person, String name, LocalDate bornEarliest, LocalDate bornLatest, String sex, String rendering,
      String place) {}

  /**
   * Provinces of origin with their share among people who crossed into China (the border provinces
   * first) and how many counties each has; a county is {@code /KP/<province>/<province><number>}.
   */
  private record Province(String code, double share, int counties) {}

  private static final List<Province> PROVINCES = List.of(
      new Province("NH", 35, 15), new Province("RG", 20, 12), new Province("SH", 12, 18), new Province("NP", 8, 22),
      new Province("SP", 6, 19), new Province("PY", 5, 19), new Province("JG", 5, 18), new Province("KW", 3, 15),
      new Province("HB", 3, 12), new Province("HN", 3, 19));

  /** Surname, its Hanja, conventional spellings, pinyin, and its share of people (percent). */
  private record Surname(String hangul, String hanja, List<String> spellings, String pinyin, double share) {}

  private static final List<Surname> SURNAMES = List.of(
      new Surname("김", "金", List.of("Kim", "Gim"), "Jin", 21.5),
      new Surname("이", "李", List.of("Lee", "Yi", "Rhee", "Ri"), "Li", 14.7),
      new Surname("박", "朴", List.of("Park", "Pak", "Bak"), "Piao", 8.4),
      new Surname("정", "鄭", List.of("Jung", "Chung", "Jeong", "Chong"), "Zheng", 4.8),
      new Surname("최", "崔", List.of("Choi", "Choe", "Chey"), "Cui", 4.7),
      new Surname("조", "趙", List.of("Cho", "Jo", "Joe"), "Zhao", 2.1),
      new Surname("강", "姜", List.of("Kang", "Gang"), "Jiang", 2.3),
      new Surname("윤", "尹", List.of("Yoon", "Yun"), "Yin", 2.0),
      new Surname("장", "張", List.of("Jang", "Chang"), "Zhang", 2.0),
      new Surname("임", "林", List.of("Lim", "Im", "Rim", "Yim"), "Lin", 1.6),
      new Surname("한", "韓", List.of("Han"), "Han", 1.5),
      new Surname("오", "吳", List.of("Oh", "O"), "Wu", 1.5),
      new Surname("신", "申", List.of("Shin", "Sin"), "Shen", 1.5),
      new Surname("권", "權", List.of("Kwon", "Gwon"), "Quan", 1.4),
      new Surname("황", "黃", List.of("Hwang"), "Huang", 1.4),
      new Surname("안", "安", List.of("Ahn", "An"), "An", 1.4),
      new Surname("송", "宋", List.of("Song"), "Song", 1.3),
      new Surname("류", "柳", List.of("Ryu", "Yoo", "Yu"), "Liu", 1.2),
      new Surname("홍", "洪", List.of("Hong"), "Hong", 1.1),
      new Surname("남궁", "南宮", List.of("Namgung", "Namkoong"), "Nangong", 0.05));

  /** Given-name syllables: Hangul, a Hanja read so, and its pinyin. */
  private static final List<String[]> GIVEN = List.of(
      new String[] {"영", "英", "ying"}, new String[] {"철", "哲", "zhe"}, new String[] {"수", "秀", "xiu"},
      new String[] {"희", "姬", "ji"}, new String[] {"민", "民", "min"}, new String[] {"정", "正", "zheng"},
      new String[] {"호", "浩", "hao"}, new String[] {"순", "順", "shun"}, new String[] {"숙", "淑", "shu"},
      new String[] {"미", "美", "mei"}, new String[] {"경", "京", "jing"}, new String[] {"은", "恩", "en"},
      new String[] {"진", "眞", "zhen"}, new String[] {"현", "賢", "xian"}, new String[] {"성", "成", "cheng"},
      new String[] {"광", "光", "guang"}, new String[] {"명", "明", "ming"}, new String[] {"혜", "惠", "hui"},
      new String[] {"옥", "玉", "yu"}, new String[] {"남", "男", "nan"}, new String[] {"일", "日", "ri"},
      new String[] {"룡", "龍", "long"}, new String[] {"준", "俊", "jun"}, new String[] {"선", "善", "shan"},
      new String[] {"복", "福", "fu"}, new String[] {"춘", "春", "chun"}, new String[] {"화", "花", "hua"},
      new String[] {"석", "石", "shi"}, new String[] {"주", "珠", "zhu"}, new String[] {"혁", "赫", "he"});

  /** McCune–Reischauer pieces (breves kept), by jamo index; DPRK style drops the breves and apostrophes. */
  private static final String[] MR_INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"};
  private static final String[] MR_VOWEL =
      {"a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"};
  private static final String[] MR_FINAL =
      {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

  /**
   * How people spell some vowels and syllables in practice; in a fixed order, so that one seed always
   * gives the same records (the iteration order of Map.of changes from one JVM to the next).
   */
  private static final List<Map.Entry<String, List<String>>> PRACTICE = List.of(
      Map.entry("eo", List.of("u", "o", "eo")), Map.entry("u", List.of("oo", "u")), Map.entry("eu", List.of("u", "eu")),
      Map.entry("i", List.of("i", "ee")), Map.entry("ui", List.of("ui", "ee", "i")));

  private final Random random;
  /** Places are drawn apart, so that adding them left every name and date of a seed as it was. */
  private final Random places;
  /** Given-name syllables by rank (the common ones first) and the cumulative weight of each rank. */
  private final List<String[]> given;
  private final double[] cumulative;
  private final boolean uniform;

  SyntheticKoreanNames(long seed) {
    this(seed, GIVEN, 0);
  }

  private SyntheticKoreanNames(long seed, List<String[]> given, double zipf) {
    random = new Random(seed);
    places = new Random(seed + 1);
    this.given = given;
    uniform = zipf == 0;
    cumulative = new double[given.size()];
    double sum = 0;
    for (int rank = 0; rank < given.size(); rank++) {
      sum += zipf == 0 ? 1 : Math.pow(rank + 1, -zipf);
      cumulative[rank] = sum;
    }
  }

  /**
   * Records of a population the size of a whole registry: the common given-name syllables first, then
   * every syllable of the usual initials, vowels and finals, drawn with Zipf weights (a few syllables
   * are in most names, most in few), so that common names are as common as in life. Written in Hangul
   * or the Latin spellings (the Han and pinyin tables cover the common syllables only).
   */
  static SyntheticKoreanNames population(long seed) {
    List<String[]> syllables = new ArrayList<>(GIVEN);
    java.util.Set<String> seen = new java.util.HashSet<>();
    GIVEN.forEach(g -> seen.add(g[0]));
    int[] initials = {0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 18};
    int[] vowels = {0, 4, 8, 13, 18, 20, 6, 12, 17, 1};
    int[] finals = {0, 1, 4, 8, 16, 21};
    for (int f : finals) {
      for (int v : vowels) {
        for (int i : initials) {
          String syllable = new String(Character.toChars(0xAC00 + (i * 21 + v) * 28 + f));
          if (seen.add(syllable)) {
            syllables.add(new String[] {syllable, null, null});
          }
        }
      }
    }
    return new SyntheticKoreanNames(seed, syllables, 1.0);
  }

  private String[] givenSyllable() {
    if (uniform) {
      return given.get(random.nextInt(given.size()));
    }
    double pick = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = java.util.Arrays.binarySearch(cumulative, pick);
    return given.get(Math.min(given.size() - 1, at < 0 ? -at - 1 : at));
  }

  /** People, each listed by 2 to 4 sources. */
  List<Listed> people(int count) {
    List<Listed> listed = new ArrayList<>();
    double total = SURNAMES.stream().mapToDouble(Surname::share).sum();
    for (int person = 0; person < count; person++) {
      double pick = random.nextDouble() * total;
      Surname surname = SURNAMES.get(SURNAMES.size() - 1);
      for (Surname s : SURNAMES) {
        pick -= s.share();
        if (pick <= 0) {
          surname = s;
          break;
        }
      }
      String[] first = givenSyllable();
      String[] second = givenSyllable();
      String sex = random.nextBoolean() ? "FEMALE" : "MALE";
      LocalDate born = LocalDate.of(1930 + random.nextInt(75), 1 + random.nextInt(12), 1 + random.nextInt(28));
      int sources = 2 + random.nextInt(3);
      String[] origin = origin();
      for (int s = 0; s < sources; s++) {
        Listed record = render(person, surname, first, second, sex, born);
        listed.add(new Listed(record.person(), record.name(), record.bornEarliest(), record.bornLatest(), record.sex(),
            record.rendering(), place(origin)));
      }
    }
    return listed;
  }

  private Listed render(int person, Surname surname, String[] first, String[] second, String sex, LocalDate born) {
    String hangulGiven = first[0] + second[0];
    String rendering;
    String name;
    int way = random.nextInt(7);
    if (first[1] == null || second[1] == null) {
      // No Han character or pinyin is tabled for this syllable: written in Hangul or a Latin spelling.
      way = way == 1 ? 0 : way == 6 ? 2 : way;
    }
    switch (way) {
      case 0 -> {
        rendering = "HANGUL";
        name = surname.hangul() + hangulGiven;
      }
      case 1 -> {
        rendering = "HANJA";
        name = surname.hanja() + first[1] + second[1];
      }
      case 2 -> {
        rendering = "RR";
        name = NameKeys.revisedRomanization(surname.hangul() + hangulGiven);
      }
      case 3 -> {
        rendering = "MR";
        name = capital(mr(surname.hangul(), true)) + " " + capital(mr(first[0], true) + mr(second[0], true).toLowerCase(Locale.ROOT));
      }
      case 4 -> {
        rendering = "DPRK";
        name = capital(mr(surname.hangul(), false)) + " " + capital(mr(first[0], false)) + " " + capital(mr(second[0], false));
      }
      case 5 -> {
        rendering = "PRACTICE";
        String given = practice(Jamo.revised(first[0].codePointAt(0))) + "-" + practice(Jamo.revised(second[0].codePointAt(0)));
        name = surname.spellings().get(random.nextInt(surname.spellings().size())) + " " + capital(given);
      }
      default -> {
        rendering = "PINYIN";
        name = surname.pinyin() + " " + capital(first[2] + second[2]);
      }
    }
    if (!rendering.equals("HANGUL") && !rendering.equals("HANJA")) {
      if (random.nextDouble() < 0.2) {
        String[] parts = name.split(" ", 2);
        name = parts.length == 2 ? parts[1] + " " + parts[0] : name;
      }
      if (random.nextDouble() < 0.05) {
        name = typo(name);
      }
    }
    LocalDate earliest = born;
    LocalDate latest = born;
    double dateError = random.nextDouble();
    if (dateError < 0.1) {
      earliest = null;
      latest = null;
    } else if (dateError < 0.2) {
      earliest = LocalDate.of(born.getYear(), 1, 1);
      latest = LocalDate.of(born.getYear(), 12, 31);
    } else if (dateError < 0.25) {
      earliest = born.plusYears(random.nextBoolean() ? 1 : -1);
      latest = earliest;
    }
    String listedSex = random.nextDouble() < 0.05 ? "UNKNOWN" : sex;
    return new Listed(person, name, earliest, latest, listedSex, rendering, null);
  }

  /** A person's province and county of origin, provinces by their share. */
  private String[] origin() {
    double pick = places.nextDouble() * PROVINCES.stream().mapToDouble(Province::share).sum();
    Province province = PROVINCES.get(PROVINCES.size() - 1);
    for (Province p : PROVINCES) {
      pick -= p.share();
      if (pick <= 0) {
        province = p;
        break;
      }
    }
    return new String[] {province.code(), province.code() + (1 + places.nextInt(province.counties()))};
  }

  /**
   * The place of origin as one source gives it: a quarter give none, a quarter only the province,
   * the rest the county, and one in thirty a wrong county of the right province.
   */
  private String place(String[] origin) {
    double how = places.nextDouble();
    if (how < 0.25) {
      return null;
    }
    if (how < 0.5) {
      return "/KP/" + origin[0];
    }
    if (how < 0.5 + 0.5 / 15) {
      Province province = PROVINCES.stream().filter(p -> p.code().equals(origin[0])).findFirst().orElseThrow();
      return "/KP/" + origin[0] + "/" + origin[0] + (1 + places.nextInt(province.counties()));
    }
    return "/KP/" + origin[0] + "/" + origin[1];
  }

  private String mr(String hangul, boolean breves) {
    StringBuilder out = new StringBuilder();
    hangul.codePoints().forEach(c -> {
      int s = c - 0xAC00;
      int initial = s / 588;
      String head = MR_INITIAL[initial];
      if (initial == 5 && out.length() == 0) {
        head = "r";
      }
      out.append(head).append(MR_VOWEL[(s % 588) / 28]).append(MR_FINAL[s % 28]);
    });
    String text = out.toString();
    return breves ? text : text.replace("ŏ", "o").replace("ŭ", "u").replace("'", "");
  }

  private String practice(String syllable) {
    for (Map.Entry<String, List<String>> variant : PRACTICE) {
      if (syllable.contains(variant.getKey()) && random.nextBoolean()) {
        List<String> options = variant.getValue();
        return syllable.replaceFirst(variant.getKey(), options.get(random.nextInt(options.size())));
      }
    }
    return syllable;
  }

  private String typo(String name) {
    int at = 1 + random.nextInt(Math.max(1, name.length() - 2));
    return random.nextBoolean() ? name.substring(0, at) + name.substring(at + 1)
        : name.substring(0, at - 1) + name.charAt(at) + name.charAt(at - 1) + name.substring(at + 1);
  }

  private static String capital(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
