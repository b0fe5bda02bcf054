package org.sanctuary.monitoring.places;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gazetteer's rows: places with their parent and path, and their names in each script. Only {@link Gazetteer} uses it. */
@Repository
class PlaceRows {

  /** A place's own row. */
  record Row(@Nullable UUID parent, String level, @Nullable Double latitude, @Nullable Double longitude) {}

  /** A name of a place as a query hands it over, with the place's path where the query reads it. */
  interface NameSink {
    void take(UUID place, @Nullable String path, String name, boolean primary);
  }

  private final JdbcClient jdbc;

  PlaceRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, @Nullable UUID parent, Place.Level level, @Nullable Double latitude, @Nullable Double longitude, String path,
      List<Place.Name> names) {
    jdbc.sql("INSERT INTO place (id, parent_id, level, latitude, longitude, path) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, parent, level.name(), latitude, longitude, path)
        .update();
    for (Place.Name name : names) {
      jdbc.sql("INSERT INTO place_name (place_id, script, name, is_primary) VALUES (?, ?, ?, ?)")
          .params(id, name.script(), name.name(), name.primary())
          .update();
    }
  }

  Optional<String> path(UUID place) {
    return jdbc.sql("SELECT path FROM place WHERE id = ?").param(place).query(String.class).optional();
  }

  Optional<Row> row(UUID id) {
    return jdbc.sql("SELECT parent_id, level, latitude, longitude FROM place WHERE id = ?").param(id)
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), (Double) rs.getObject(3), (Double) rs.getObject(4)))
        .optional();
  }

  /** The places with this name in any script, as written, whatever the case. */
  List<UUID> named(String name) {
    return jdbc.sql("SELECT DISTINCT place_id FROM place_name WHERE LOWER(name) = LOWER(?)").param(name)
        .query(UUID.class).list();
  }

  List<Place.Name> names(UUID id) {
    return jdbc.sql("SELECT script, name, is_primary FROM place_name WHERE place_id = ? ORDER BY is_primary DESC, script, name")
        .param(id).query((rs, n) -> new Place.Name(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
  }

  /** Every place's path with its primary name and its name in the script given. */
  void namedPaths(String script, NameSink sink) {
    jdbc.sql("SELECT p.id, p.path, n.name, n.is_primary FROM place p JOIN place_name n ON n.place_id = p.id"
            + " WHERE n.is_primary OR n.script = :script")
        .param("script", script)
        .query(rs -> {
          sink.take(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4));
        });
  }

  /** The primary names of the places given, and their names in the script given. */
  void names(List<UUID> ids, String script, NameSink sink) {
    jdbc.sql("SELECT place_id, name, is_primary FROM place_name WHERE (is_primary OR script = :script) AND place_id IN (:ids)")
        .param("script", script)
        .param("ids", ids)
        .query(rs -> {
          sink.take(rs.getObject(1, UUID.class), null, rs.getString(2), rs.getBoolean(3));
        });
  }
}
