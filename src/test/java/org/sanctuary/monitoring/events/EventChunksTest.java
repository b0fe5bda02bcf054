package org.sanctuary.monitoring.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.access.Role;
import org.sanctuary.monitoring.scope.TeamScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An export reads a team's events a chunk at a time, each chunk found after the last event of the one
 * before: every event comes once, in the export's order (by earliest date, title and id; those with no
 * earliest date last), whatever the chunk's size and however many events share a date and a title.
 */
@SanctuaryTest
class EventChunksTest {

  @Autowired Fixtures fixtures;
  @Autowired Events events;
  @Autowired EventRows rows;
  @Autowired AccessPolicy access;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void chunksOfAnySizeGiveEveryEventOnceInTheExportsOrder() {
    Fixtures.Staffed team = fixtures.anOfficeWithEveryRole();
    UserDetails monitor = fixtures.user(team.username(Role.MONITOR));
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(monitor, null, monitor.getAuthorities()));
    for (String date : List.of("April 2002", "April 2002", "April 2002", "2002-04-01", "May 2002", "before June 2002",
        "before June 2002", "2001", "Q2 2002", "after April 2002", "2002-05-31")) {
      events.record(new Events.EventDraft(team.office().id(), date.startsWith("before") ? "Returns" : "Round-up", date, null, null,
          null));
    }
    List<UUID> expected = jdbc.sql("SELECT id FROM monitoring_event WHERE office_id = ?"
            + " ORDER BY CASE WHEN date_earliest IS NULL THEN 1 ELSE 0 END, date_earliest, title, id")
        .param(team.office().id().value()).query(UUID.class).list();
    assertThat(expected).hasSize(11);
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_READ);
    for (int size : List.of(1, 2, 3, 5, 11, 500)) {
      List<UUID> read = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      rows.forEachChunk(scope, size, chunk -> {
        sizes.add(chunk.size());
        chunk.forEach(e -> read.add(e.id()));
      });
      assertThat(read).as("chunks of %d", size).isEqualTo(expected);
      assertThat(sizes).as("chunks of %d", size).allSatisfy(n -> assertThat(n).isBetween(1, size));
    }
    assertThat(rows.loadAll(scope).stream().map(MonitoringEvent::id).toList()).isEqualTo(expected);
  }
}
