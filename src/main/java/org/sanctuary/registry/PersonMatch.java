package org.sanctuary.registry;

import java.util.List;
import org.sanctuary.identity.NameMatch;

/**
 * A person a name search found, with why: the name of theirs that came closest to what was typed
 * and how (a canonical key in common, or a Jaro–Winkler similarity between keys), and whether the
 * date of birth given agrees with theirs.
 *
 * @param person who
 * @param score the sum of the evidence: higher is likelier the same person
 * @param name their name that matched, as written
 * @param level how close that name is
 * @param key the canonical key of theirs that came closest
 * @param similarity Jaro–Winkler between the keys (1 when a key is in common)
 * @param birth whether the date of birth given agrees with theirs
 */
public record PersonMatch(
    PersonSummary person, double score, String name, NameMatch.Level level, String key, double similarity, Birth birth) {

  /** How a partial date of birth given compares with the person's. */
  public enum Birth {
    AGREES,
    DISAGREES,
    NOT_COMPARED
  }

  /** The evidence, by level: a canonical key in common counts most; a date that disagrees counts against. */
  static double score(NameMatch.Level level, boolean startsAsTyped, Birth birth) {
    double name = switch (level) {
      case CANONICAL_EQUAL -> 8;
      case CLOSE -> 5;
      case SIMILAR -> 2;
      case DIFFERENT -> startsAsTyped ? 3 : 0;
    };
    return name + (birth == Birth.AGREES ? 3 : birth == Birth.DISAGREES ? -4 : 0);
  }

  static List<PersonMatch> best(List<PersonMatch> all, int limit) {
    return all.stream().filter(m -> m.score() > 0)
        .sorted(java.util.Comparator.comparingDouble((PersonMatch m) -> -m.score())
            .thenComparing((PersonMatch m) -> m.person().primaryName()))
        .limit(limit).toList();
  }
}
