package org.sanctuary.identity.linkage;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.identity.NameKeys;

/**
 * Persons as linkage records, the same for a registry and for the lists a monitoring team imports:
 * every canonical key of every name (identity.NameKeys), the blocking prefixes of those keys
 * (surname and first given syllable), the date of birth as an interval, and sex. The model compares
 * names by key and Jaro–Winkler, birth intervals by overlap, sex exactly, and the place of origin
 * along the gazetteer's hierarchy (its path from the root); it blocks on each name
 * key, each prefix, each of those with the year of birth (so that common names still block in a
 * registry of millions), and birth year with sex.
 */
public final class PersonRecords {

  /** The comparisons, in the order of each pair's contributions. */
  public static final List<String> FIELDS = List.of("names", "birth", "sex", "place");

  /**
   * Blocks larger than this are not compared pair by pair: a name, a surname with a first syllable,
   * or a year and sex shared by more records is left to the finer passes with the year of birth.
   */
  static final int LARGEST_BLOCK = 100;

  public static final LinkageModel MODEL = new LinkageModel(
      List.of("id", "keys", "block", "birth", "sex", "yearSex", "keysYear", "blockYear", "place"),
      List.of(
          new LinkageModel.Field("keys", FieldComparison.nameKeys(), true),
          new LinkageModel.Field("birth", FieldComparison.birthInterval(), false),
          new LinkageModel.Field("sex", FieldComparison.exact(), false),
          new LinkageModel.Field("place", FieldComparison.placePath(), false)),
      List.of(LinkageModel.Pass.eachValueOf("keys"), LinkageModel.Pass.eachValueOf("keysYear").biasing("keys", "birth"),
          LinkageModel.Pass.eachValueOf("block").biasing("keys"),
          LinkageModel.Pass.eachValueOf("blockYear").biasing("keys", "birth"), LinkageModel.Pass.on("yearSex").biasing("birth", "sex")),
      LARGEST_BLOCK);

  private PersonRecords() {}

  /** A record from names as written (their keys are computed here), with no place of origin. */
  public static @Nullable String[] of(
      String id, List<String> names, @Nullable LocalDate bornEarliest, @Nullable LocalDate bornLatest, @Nullable String sex) {
    return of(id, names, bornEarliest, bornLatest, sex, null);
  }

  /** A record from names as written (their keys are computed here) and a place of origin as its gazetteer path. */
  public static @Nullable String[] of(String id, List<String> names, @Nullable LocalDate bornEarliest,
      @Nullable LocalDate bornLatest, @Nullable String sex, @Nullable String placePath) {
    Set<String> keys = new LinkedHashSet<>();
    names.forEach(n -> keys.addAll(NameKeys.of(n)));
    return ofKeys(id, keys, bornEarliest, bornLatest, sex, placePath);
  }

  /** A record from names' canonical keys as kept, and a place of origin as its gazetteer path (ids from the root). */
  public static @Nullable String[] ofKeys(String id, Set<String> keys, @Nullable LocalDate bornEarliest,
      @Nullable LocalDate bornLatest, @Nullable String sex, @Nullable String placePath) {
    Set<String> blocks = new LinkedHashSet<>();
    for (String key : keys) {
      int given = key.indexOf(' ');
      int second = given < 0 ? -1 : key.indexOf('.', given);
      blocks.add(second < 0 ? key : key.substring(0, second));
    }
    String known = sex == null || sex.equals("UNKNOWN") ? null : sex;
    String birth = bornEarliest == null && bornLatest == null ? null
        : (bornEarliest == null ? "" : bornEarliest.toString()) + "/" + (bornLatest == null ? "" : bornLatest.toString());
    Integer year = bornEarliest != null && bornLatest != null && bornEarliest.getYear() == bornLatest.getYear()
        ? bornEarliest.getYear() : null;
    String yearSex = year != null && known != null ? year + known : null;
    // In a large registry a common name, or a surname with a common first syllable, holds thousands of
    // records: with the year of birth beside it the block stays small enough to compare pair by pair.
    String keysYear = year == null ? null : String.join("|", keys.stream().map(k -> k + "~" + year).toList());
    String blockYear = year == null ? null : String.join("|", blocks.stream().map(k -> k + "~" + year).toList());
    return new String[] {id, String.join("|", keys), String.join("|", blocks), birth, known, yearSex, keysYear, blockYear, placePath};
  }
}
