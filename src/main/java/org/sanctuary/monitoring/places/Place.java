package org.sanctuary.monitoring.places;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A place of the gazetteer: its level in the admin hierarchy, its names in several scripts, where it
 * is when known, and the chain of places above it (Longjing, Yanbian, Jilin, China).
 */
public record Place(
    UUID id, Level level, String name, List<Name> names, @Nullable Double latitude, @Nullable Double longitude,
    List<String> within) {

  public enum Level {
    COUNTRY,
    PROVINCE,
    PREFECTURE,
    COUNTY,
    TOWN,
    SITE
  }

  /** A name in one script (HANGUL, HANZI, LATIN, LATIN_OLD for older romanisations such as Wade-Giles). */
  public record Name(String script, String name, boolean primary) {}
}
