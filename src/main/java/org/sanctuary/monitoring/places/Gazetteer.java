package org.sanctuary.monitoring.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  private final JdbcClient jdbc;

  Gazetteer(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a place under its parent (or as a root), with its names; the first name is the primary one. */
  @Transactional
  public UUID add(@Nullable UUID parent, Place.Level level, List<Place.Name> names, @Nullable Double latitude,
      @Nullable Double longitude) {
    UUID id = UUID.randomUUID();
    String path = (parent == null ? "" : pathOf(parent)) + "/" + id;
    jdbc.sql("INSERT INTO place (id, parent_id, level, latitude, longitude, path) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, parent, level.name(), latitude, longitude, path)
        .update();
    for (Place.Name name : names) {
      jdbc.sql("INSERT INTO place_name (place_id, script, name, is_primary) VALUES (?, ?, ?, ?)")
          .params(id, name.script(), name.name(), name.primary())
          .update();
    }
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
    jdbc.sql("SELECT p.id, p.path, n.name, n.is_primary FROM place p JOIN place_name n ON n.place_id = p.id"
            + " WHERE n.is_primary OR n.script = :script")
        .param("script", script)
        .query(rs -> {
          UUID id = rs.getObject(1, UUID.class);
          paths.put(id, rs.getString(2));
          if (!rs.getBoolean(4) || !names.containsKey(id)) {
            names.put(id, rs.getString(3)); // the reader's script wins over the primary name
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
    return jdbc.sql("SELECT path FROM place WHERE id = ?").param(place).query(String.class).optional()
        .orElseThrow(() -> new NotFound("place"));
  }

  /** The place with this name in any script, exactly as written (longjing, 龙井, 룽징, Lungching). */
  @Transactional(readOnly = true)
  public List<Place> named(String name) {
    List<UUID> ids = jdbc.sql("SELECT DISTINCT place_id FROM place_name WHERE LOWER(name) = LOWER(?)").param(name.strip())
        .query(UUID.class).list();
    return ids.stream().map(this::read).toList();
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
    return jdbc.sql("SELECT COUNT(*) FROM place WHERE id = ?").param(place).query(Long.class).single() > 0;
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
    record Row(UUID parent, String level, Double latitude, Double longitude) {}
    Row row = jdbc.sql("SELECT parent_id, level, latitude, longitude FROM place WHERE id = ?").param(id)
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), (Double) rs.getObject(3), (Double) rs.getObject(4)))
        .optional().orElseThrow(() -> new NotFound("place"));
    List<Place.Name> names = names(id);
    List<String> within = new ArrayList<>();
    for (UUID up = row.parent(); up != null; ) {
      within.add(readersName(names(up)));
      up = jdbc.sql("SELECT parent_id FROM place WHERE id = ?").param(up).query(UUID.class).optional().orElse(null);
    }
    return new Place(id, Place.Level.valueOf(row.level()), readersName(names), names, row.latitude(), row.longitude(), within);
  }

  /** Names of places by id, for lists: in the reader's script where there is one, else the primary name. */
  public Map<UUID, String> primaryNames(List<UUID> ids) {
    Map<UUID, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql("SELECT place_id, name, is_primary FROM place_name WHERE (is_primary OR script = :script) AND place_id IN (:ids)")
        .param("script", readersScript())
        .param("ids", ids)
        .query(rs -> {
          UUID id = rs.getObject(1, UUID.class);
          if (!rs.getBoolean(3) || !names.containsKey(id)) {
            names.put(id, rs.getString(2));
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

  private List<Place.Name> names(UUID id) {
    return jdbc.sql("SELECT script, name, is_primary FROM place_name WHERE place_id = ? ORDER BY is_primary DESC, script, name")
        .param(id).query((rs, n) -> new Place.Name(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
  }

  private static String primary(List<Place.Name> names) {
    return names.stream().filter(Place.Name::primary).map(Place.Name::name).findFirst()
        .orElse(names.isEmpty() ? "" : names.get(0).name());
  }
}
