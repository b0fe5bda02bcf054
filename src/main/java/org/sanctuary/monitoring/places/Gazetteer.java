package org.sanctuary.monitoring.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places with their admin hierarchy and names in several scripts. A place's path lists the ids from
 * the root, so everything under a place is found with one prefix match, however deep. A place is
 * named in its reader's script where the gazetteer has a name in it (Hangul for Korean, Han
 * characters for Chinese), and by its primary name otherwise.
 */
@Service
public class Gazetteer implements org.sanctuary.registry.Places {

  private final PlaceRows rows;

  Gazetteer(PlaceRows rows) {
    this.rows = rows;
  }

  /** Adds a place under its parent (or as a root), with its names; the first name is the primary one. */
  @Transactional
  public UUID add(@Nullable UUID parent, Place.Level level, List<Place.Name> names, @Nullable Double latitude,
      @Nullable Double longitude) {
    UUID id = UUID.randomUUID();
    String path = (parent == null ? "" : pathOf(parent)) + "/" + id;
    rows.insert(id, parent, level, latitude, longitude, path, names);
    return id;
  }

  /**
   * Every place, in tree order, named with the chain above it ("Longjing, Yanbian, Jilin, China"):
   * the choices of a place field.
   */
  @Override
  @Transactional(readOnly = true)
  public Map<UUID, String> choices() {
    Map<UUID, String> names = new LinkedHashMap<>();
    Map<UUID, String> paths = new LinkedHashMap<>();
    String script = readersScript();
    rows.namedPaths(script, (id, path, name, primary) -> {
      paths.put(id, path);
      if (!primary || !names.containsKey(id)) {
        names.put(id, name); // the reader's script wins over the primary name
      }
    });
    Map<String, UUID> inTreeOrder = new java.util.TreeMap<>();
    Map<UUID, String> labels = new LinkedHashMap<>();
    paths.forEach((id, path) -> {
      List<String> rootFirst = new ArrayList<>();
      for (String part : path.substring(1).split("/")) {
        rootFirst.add(names.getOrDefault(UUID.fromString(part), "?"));
      }
      inTreeOrder.put(String.join(" / ", rootFirst) + " " + id, id);
      List<String> leafFirst = new ArrayList<>(rootFirst);
      java.util.Collections.reverse(leafFirst);
      labels.put(id, String.join(", ", leafFirst));
    });
    Map<UUID, String> choices = new LinkedHashMap<>();
    inTreeOrder.values().forEach(id -> choices.put(id, labels.get(id)));
    return choices;
  }

  public String pathOf(UUID place) {
    return rows.path(place).orElseThrow(() -> new NotFound("place"));
  }

  /** The place with this name in any script, exactly as written (longjing, 龙井, 룽징, Lungching). */
  @Transactional(readOnly = true)
  public List<Place> named(String name) {
    return rows.named(name.strip()).stream().map(this::read).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UUID> find(String name) {
    List<Place> places = named(name);
    return places.isEmpty() ? Optional.empty() : Optional.of(places.get(0).id());
  }

  @Override
  @Transactional(readOnly = true)
  public boolean holds(UUID place) {
    return rows.path(place).isPresent();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> label(UUID place) {
    if (!holds(place)) {
      return Optional.empty();
    }
    Place read = read(place);
    List<String> chain = new ArrayList<>();
    chain.add(read.name());
    chain.addAll(read.within());
    return Optional.of(String.join(", ", chain));
  }

  @Transactional(readOnly = true)
  public Place read(UUID id) {
    PlaceRows.Row row = rows.row(id).orElseThrow(() -> new NotFound("place"));
    List<Place.Name> names = rows.names(id);
    List<String> within = new ArrayList<>();
    for (UUID up = row.parent(); up != null; up = rows.row(up).map(PlaceRows.Row::parent).orElse(null)) {
      within.add(readersName(rows.names(up)));
    }
    return new Place(id, Place.Level.valueOf(row.level()), readersName(names), names, row.latitude(), row.longitude(), within);
  }

  /** Names of places by id, for lists: in the reader's script where there is one, else the primary name. */
  public Map<UUID, String> primaryNames(List<UUID> ids) {
    Map<UUID, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    rows.names(ids, readersScript(), (id, path, name, primary) -> {
      if (!primary || !names.containsKey(id)) {
        names.put(id, name);
      }
    });
    return names;
  }

  /** The script the reader's language writes place names in; a script no name has when there is none. */
  private static String readersScript() {
    return switch (org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()) {
      case "ko" -> "HANGUL";
      case "zh" -> "HANZI";
      default -> "-";
    };
  }

  private static String readersName(List<Place.Name> names) {
    String script = readersScript();
    return names.stream().filter(n -> n.script().equals(script)).map(Place.Name::name).findFirst().orElse(primary(names));
  }


  private static String primary(List<Place.Name> names) {
    return names.stream().filter(Place.Name::primary).map(Place.Name::name).findFirst()
        .orElse(names.isEmpty() ? "" : names.get(0).name());
  }
}
