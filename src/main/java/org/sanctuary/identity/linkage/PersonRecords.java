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
 * names by key and Jaro–Winkler, birth intervals by overlap, and sex exactly; it blocks on each name
 * key, each prefix, and birth year with sex.
 */
public final class PersonRecords {

  /** The comparisons, in the order of each pair's contributions. */
  public static final List<String> FIELDS = List.of("names", "birth", "sex");

  public static final LinkageModel MODEL = new LinkageModel(
      List.of("id", "keys", "block", "birth", "sex", "yearSex"),
      List.of(
          new LinkageModel.Field("keys", FieldComparison.nameKeys(), true),
          new LinkageModel.Field("birth", FieldComparison.birthInterval(), false),
          new LinkageModel.Field("sex", FieldComparison.exact(), false)),
      List.of(LinkageModel.Pass.eachValueOf("keys"), LinkageModel.Pass.eachValueOf("block").biasing("keys"),
          LinkageModel.Pass.on("yearSex").biasing("birth", "sex")),
      1000);

  private PersonRecords() {}

  /** A record from names as written (their keys are computed here). */
  public static @Nullable String[] of(
      String id, List<String> names, @Nullable LocalDate bornEarliest, @Nullable LocalDate bornLatest, @Nullable String sex) {
    Set<String> keys = new LinkedHashSet<>();
    names.forEach(n -> keys.addAll(NameKeys.of(n)));
    return ofKeys(id, keys, bornEarliest, bornLatest, sex);
  }

  /** A record from names' canonical keys as kept. */
  public static @Nullable String[] ofKeys(
      String id, Set<String> keys, @Nullable LocalDate bornEarliest, @Nullable LocalDate bornLatest, @Nullable String sex) {
    Set<String> blocks = new LinkedHashSet<>();
    for (String key : keys) {
      int given = key.indexOf(' ');
      int second = given < 0 ? -1 : key.indexOf('.', given);
      blocks.add(second < 0 ? key : key.substring(0, second));
    }
    String known = sex == null || sex.equals("UNKNOWN") ? null : sex;
    String birth = bornEarliest == null && bornLatest == null ? null
        : (bornEarliest == null ? "" : bornEarliest.toString()) + "/" + (bornLatest == null ? "" : bornLatest.toString());
    String yearSex = bornEarliest != null && bornLatest != null && bornEarliest.getYear() == bornLatest.getYear() && known != null
        ? bornEarliest.getYear() + known : null;
    return new String[] {id, String.join("|", keys), String.join("|", blocks), birth, known, yearSex};
  }
}
