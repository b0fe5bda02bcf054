package org.sanctuary.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.figures.MonitoringFigures;
import org.sanctuary.monitoring.figures.MonitoringStatistics;
import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.places.Place;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.monitoring.reports.SourceReports;
import org.sanctuary.registry.Sex;
import org.sanctuary.shared.AgeBand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The figures come from summaries kept as events change (FigureCells); here they are compared with the
 * same figures worked out directly from the events' own rows, on a team whose events, counts, acts,
 * reviews and breakdowns are drawn at random and changed in random order, for periods that start and
 * end on a month's edge or inside a month, for every area of the gazetteer and every act type.
 */
@SanctuaryTest
class FigureCellsTest {

  private static final List<String> DATES = List.of("2002-04-12", "2002-05-31", "2002-06-01", "April 2002", "May 2002",
      "Q2 2002", "Q3 2002", "end of May 2002", "early 2002", "2002", "2001", "before June 2002", "after April 2002",
      "2003-01-15", "December 2002");
  private static final List<String> COUNTS = List.of("up to 900", "about 300", "12", "hundreds", "at least 40",
      "between 20 and 30", "6", "dozens");
  private static final List<String> ACTS = List.of("FORCED_RETURN", "ARREST", "DETENTION");

  @Autowired Fixtures fixtures;
  @Autowired Events events;
  @Autowired SourceReports reports;
  @Autowired Gazetteer places;
  @Autowired MonitoringStatistics statistics;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void figuresFromTheCellsAreTheFiguresOfTheEventsThemselves() {
    for (long seed : List.of(1L, 2L, 3L)) {
      Random random = new Random(seed);
      Fixtures.Staffed team = fixtures.anOfficeWithEveryRole();
      signIn(team, Role.MONITOR);
      List<UUID> area = gazetteer(seed);
      List<UUID> recorded = record(team, random, area);
      for (int query = 0; query < 25; query++) {
        LocalDate from = LocalDate.of(2001 + random.nextInt(2), 1 + random.nextInt(12), random.nextBoolean() ? 1 : 1 + random.nextInt(28));
        LocalDate to = random.nextInt(4) == 0 ? from.plusDays(random.nextInt(40))
            : from.plusMonths(random.nextInt(40)).with(TemporalAdjusters.lastDayOfMonth()).minusDays(random.nextBoolean() ? 0 : 3);
        UUID place = random.nextInt(3) == 0 ? null : area.get(random.nextInt(area.size()));
        String act = random.nextInt(3) == 0 ? ACTS.get(random.nextInt(ACTS.size())) : null;
        String asked = "seed " + seed + ", " + from + " to " + to + ", place " + place + ", act " + act;
        assertThat(shown(statistics.figures(from, to, place, act))).as(asked)
            .isEqualTo(direct(team, from, to, place, act));
      }
      assertThat(recorded).hasSize(40);
    }
  }

  @Test
  void writersAtOnceOnTheSameCellsLoseNothing() throws Exception {
    Fixtures.Staffed team = fixtures.anOfficeWithEveryRole();
    signIn(team, Role.MONITOR);
    List<UUID> area = gazetteer(4);
    UUID report = reports.file(new SourceReports.Draft(team.office().id(), SourceReport.SourceType.NGO_REPORT, LocalDate.of(2003, 2, 1),
        "en", "Returns.", null, SourceReport.Confidentiality.CONFIDENTIAL, null));
    List<UUID> recorded = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      recorded.add(events.record(new Events.EventDraft(team.office().id(), "Event " + i, "April 2002", area.get(2), null, null)));
    }
    java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (UUID event : recorded) {
        for (String count : List.of("12", "up to 50")) {
          done.add(writers.submit(() -> {
            signIn(team, Role.MONITOR);
            try {
              events.addInformation(event, new Events.InformationDraft(report, null, MonitoringEvent.Connection.WITNESS, "B", 2,
                  List.of(count)));
              events.addAct(event, new Events.ActDraft("ARREST", null, "People taken", report, count, null, null, null, List.of()));
            } finally {
              SecurityContextHolder.clearContext();
            }
          }));
        }
      }
      // Reviews move events out of the cells they shared with the others, new events come into them.
      for (UUID event : recorded.subList(0, 8)) {
        done.add(writers.submit(() -> {
          signIn(team, Role.SUPERVISOR);
          try {
            events.review(event, events.read(event).version(), MonitoringEvent.Verification.LIKELY, "Two sources agree", null);
          } catch (org.sanctuary.shared.StaleVersion changedMeanwhile) {
            events.review(event, events.read(event).version(), MonitoringEvent.Verification.LIKELY, "Two sources agree", null);
          } finally {
            SecurityContextHolder.clearContext();
          }
        }));
        done.add(writers.submit(() -> {
          signIn(team, Role.MONITOR);
          try {
            events.record(new Events.EventDraft(team.office().id(), "Late report", "April 2002", area.get(2), null, null));
          } finally {
            SecurityContextHolder.clearContext();
          }
        }));
      }
      for (var writing : done) {
        writing.get();
      }
    } finally {
      writers.shutdown();
    }
    LocalDate from = LocalDate.of(2002, 4, 1);
    LocalDate to = LocalDate.of(2002, 4, 30);
    for (UUID place : java.util.Arrays.asList(null, area.get(0), area.get(2))) {
      for (String act : java.util.Arrays.asList(null, "ARREST")) {
        assertThat(shown(statistics.figures(from, to, place, act))).as("place %s, act %s", place, act)
            .isEqualTo(direct(team, from, to, place, act))
            // Every event's two claims in its envelope: "12" and "up to 50", whose minimum is unknown;
            // eight late reports without a number.
            .containsEntry("within total", act == null ? "24 events, null–800, 8 without a number"
                : "16 events, null–800, 0 without a number");
      }
    }
  }

  private void signIn(Fixtures.Staffed team, Role role) {
    UserDetails user = fixtures.user(team.username(role));
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  /** A country of two provinces of two counties each: seven places. */
  private List<UUID> gazetteer(long seed) {
    String tag = Fixtures.randomCode();
    UUID country = places.add(null, Place.Level.COUNTRY, List.of(new Place.Name("LATIN", "Land " + tag, true)), null, null);
    List<UUID> all = new ArrayList<>(List.of(country));
    for (int p = 0; p < 2; p++) {
      UUID province = places.add(country, Place.Level.PROVINCE, List.of(new Place.Name("LATIN", "Province " + tag + p, true)), null, null);
      all.add(province);
      for (int c = 0; c < 2; c++) {
        all.add(places.add(province, Place.Level.COUNTY, List.of(new Place.Name("LATIN", "County " + tag + p + c, true)), null, null));
      }
    }
    return all;
  }

  /** Forty events, then acts, counts, breakdowns and reviews on them in random order. */
  private List<UUID> record(Fixtures.Staffed team, Random random, List<UUID> area) {
    List<UUID> filed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      filed.add(reports.file(new SourceReports.Draft(team.office().id(), SourceReport.SourceType.NGO_REPORT, LocalDate.of(2003, 2, 1),
          "en", "Returns and arrests.", null, SourceReport.Confidentiality.CONFIDENTIAL, null)));
    }
    List<UUID> recorded = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      UUID place = random.nextInt(8) == 0 ? null : area.get(random.nextInt(area.size()));
      recorded.add(events.record(new Events.EventDraft(team.office().id(), "Event " + i, DATES.get(random.nextInt(DATES.size())),
          place, null, null)));
    }
    for (int step = 0; step < 160; step++) {
      UUID event = recorded.get(random.nextInt(recorded.size()));
      UUID report = filed.get(random.nextInt(filed.size()));
      String count = COUNTS.get(random.nextInt(COUNTS.size()));
      switch (random.nextInt(5)) {
        case 0 -> events.addAct(event, new Events.ActDraft(ACTS.get(random.nextInt(ACTS.size())), null, "People taken",
            null, null, null, null, null, List.of()));
        case 1 -> events.addAct(event, new Events.ActDraft(ACTS.get(random.nextInt(ACTS.size())), null, "People taken",
            report, count, null, null, null, List.of()));
        case 2 -> events.addInformation(event, new Events.InformationDraft(report, null, MonitoringEvent.Connection.WITNESS, "B", 2,
            List.of(count)));
        case 3 -> {
          MonitoringEvent read = events.read(event);
          if (!read.claims().isEmpty()) {
            MonitoringEvent.Claim claim = read.claims().get(random.nextInt(read.claims().size()));
            if (claim.count().max() != null && claim.count().max() >= 6) {
              Sex sex = List.of(Sex.FEMALE, Sex.MALE, Sex.UNKNOWN).get(random.nextInt(3));
              AgeBand band = sex == Sex.UNKNOWN || random.nextBoolean() ? AgeBand.values()[random.nextInt(AgeBand.values().length)] : null;
              events.breakDown(event, claim.id(), sex, band, random.nextBoolean() ? "3" : "up to 5");
            }
          }
        }
        default -> {
          MonitoringEvent read = events.read(event);
          UUID chosen = read.claims().isEmpty() || random.nextBoolean() ? null
              : read.claims().get(random.nextInt(read.claims().size())).id();
          signIn(team, Role.SUPERVISOR);
          events.review(event, read.version(), MonitoringEvent.Verification.values()[random.nextInt(4)], "Two sources agree", chosen);
          signIn(team, Role.MONITOR);
        }
      }
    }
    return recorded;
  }

  /** What a figure shows, as comparable text: each part's groups, and the timeline's steps. */
  private static Map<String, String> shown(MonitoringFigures figures) {
    Map<String, String> shown = new TreeMap<>();
    for (var part : Map.of("within", figures.within(), "overlapping", figures.overlapping()).entrySet()) {
      MonitoringFigures.Part p = part.getValue();
      shown.put(part.getKey() + " total", text(p.total()));
      put(shown, part.getKey() + " status", p.byVerification());
      put(shown, part.getKey() + " place", p.byPlace());
      put(shown, part.getKey() + " act", p.byActType());
      put(shown, part.getKey() + " sex", p.bySex());
      put(shown, part.getKey() + " age", p.byAgeBand());
    }
    for (MonitoringFigures.Bucket bucket : figures.timeline().buckets()) {
      shown.put("step " + bucket.key(), text(bucket.within()) + " | " + text(bucket.spanning()));
    }
    return shown;
  }

  private static void put(Map<String, String> shown, String name, List<MonitoringFigures.Total> totals) {
    totals.forEach(t -> shown.put(name + " " + t.key(), text(t)));
  }

  private static String text(MonitoringFigures.Total t) {
    return t.events() + " events, " + t.minVictims() + "–" + t.maxVictims() + ", " + t.eventsWithoutNumber() + " without a number";
  }

  // ---- The same figures, worked out from each event's own rows ----

  /** Events and their victims added up as a figure shows them. */
  private static final class Added {
    int events;
    int withoutNumber;
    boolean minUnknown;
    long min;
    boolean maxUnknown;
    long max;

    void add(int events, @Nullable Long min, @Nullable Long max) {
      this.events += events;
      withoutNumber += min == null && max == null ? 1 : 0;
      minUnknown |= min == null && max != null;
      maxUnknown |= max == null && min != null;
      this.min += min == null ? 0 : min;
      this.max += max == null ? 0 : max;
    }

    String text() {
      if (events > 0 && withoutNumber == events) {
        return events + " events, null–null, " + events + " without a number";
      }
      return events + " events, " + (minUnknown ? null : min) + "–" + (maxUnknown ? null : max) + ", " + withoutNumber + " without a number";
    }
  }

  private record Row(UUID id, @Nullable LocalDate earliest, @Nullable LocalDate latest, @Nullable String path, String verification,
      @Nullable Long min, @Nullable Long max, @Nullable UUID claim) {}

  private record Part(UUID claim, String sex, @Nullable String band, @Nullable Long min, @Nullable Long max) {}

  private Map<String, String> direct(Fixtures.Staffed team, LocalDate from, LocalDate to, @Nullable UUID place, @Nullable String act) {
    String areaPath = place == null ? null : places.pathOf(place);
    List<Row> rows = jdbc.sql("SELECT e.id, e.date_earliest, e.date_latest, p.path, e.verification, e.count_min, e.count_max,"
            + " e.count_claim_id FROM monitoring_event e LEFT JOIN place p ON p.id = e.place_id WHERE e.office_id = ?")
        .param(team.office().id().value())
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
            rs.getString(4), rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7), rs.getObject(8, UUID.class)))
        .list();
    Map<UUID, Map<String, Row>> acts = new HashMap<>();
    jdbc.sql("SELECT a.event_id, a.act_type, a.count_min, a.count_max, a.count_claim_id FROM event_act_count a"
            + " JOIN monitoring_event e ON e.id = a.event_id WHERE e.office_id = ?")
        .param(team.office().id().value())
        .query(rs -> {
          acts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeMap<>()).put(rs.getString(2),
              new Row(null, null, null, null, null, (Long) rs.getObject(3), (Long) rs.getObject(4), rs.getObject(5, UUID.class)));
        });
    Map<UUID, List<Part>> parts = new HashMap<>();
    jdbc.sql("SELECT p.claim_id, p.sex, p.age_band, p.min_count, p.max_count FROM count_claim_part p")
        .query(rs -> {
          parts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Part(rs.getObject(1, UUID.class),
              rs.getString(2), rs.getString(3), (Long) rs.getObject(4), (Long) rs.getObject(5)));
        });
    Map<UUID, String> names = new HashMap<>();
    jdbc.sql("SELECT place_id, name FROM place_name WHERE is_primary").query(rs -> {
      names.put(rs.getObject(1, UUID.class), rs.getString(2));
    });

    Map<String, Added> groups = new TreeMap<>();
    boolean monthly = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) < MonitoringFigures.MONTHS_AT_MOST;
    java.util.function.Function<YearMonth, String> step = monthly ? YearMonth::toString : m -> Integer.toString(m.getYear());
    Map<String, Added[]> steps = new TreeMap<>();
    YearMonth firstStep = null;
    YearMonth lastStep = null;
    for (Row e : rows) {
      boolean overlaps = (e.earliest() == null || !e.earliest().isAfter(to)) && (e.latest() == null || !e.latest().isBefore(from));
      boolean under = areaPath == null || (e.path() != null && e.path().startsWith(areaPath));
      Row counted = act == null ? e : acts.getOrDefault(e.id(), Map.of()).get(act);
      if (!overlaps || !under || counted == null) {
        continue;
      }
      String side = e.earliest() != null && e.latest() != null && !e.earliest().isBefore(from) && !e.latest().isAfter(to)
          ? "within" : "overlapping";
      add(groups, side + " total all", 1, counted.min(), counted.max());
      add(groups, side + " status " + e.verification(), 1, counted.min(), counted.max());
      add(groups, side + " place " + placeUnder(e.path(), place, names), 1, counted.min(), counted.max());
      if (act == null) {
        Map<String, Row> types = acts.getOrDefault(e.id(), Map.of());
        types.forEach((type, c) -> add(groups, side + " act " + type, 1, c.min(), c.max()));
        if (types.isEmpty()) {
          add(groups, side + " act no act recorded", 1, counted.min(), counted.max());
        }
      } else {
        add(groups, side + " act " + act, 1, counted.min(), counted.max());
      }
      List<Part> broken = counted.claim() == null ? List.of() : parts.getOrDefault(counted.claim(), List.of());
      for (String by : List.of("sex", "age")) {
        Map<String, List<Part>> of = new TreeMap<>();
        broken.stream().filter(p -> by.equals("sex") ? !p.sex().equals("UNKNOWN") : p.band() != null)
            .forEach(p -> of.computeIfAbsent(by.equals("sex") ? p.sex() : p.band(), k -> new ArrayList<>()).add(p));
        if (of.isEmpty()) {
          add(groups, side + " " + by + " not broken down", 1, counted.min(), counted.max());
        }
        of.forEach((value, ps) -> {
          Added added = groups.computeIfAbsent(side + " " + by + " " + value, k -> new Added());
          added.events++;
          ps.forEach(p -> added.add(0, p.min(), p.max()));
        });
      }
      YearMonth start = e.earliest() == null ? null : YearMonth.from(e.earliest());
      YearMonth end = e.latest() == null ? null : YearMonth.from(e.latest());
      YearMonth a = start == null || start.isBefore(YearMonth.from(from)) ? YearMonth.from(from) : start;
      YearMonth b = end == null || end.isAfter(YearMonth.from(to)) ? YearMonth.from(to) : end;
      boolean wholly = start != null && end != null && step.apply(start).equals(step.apply(end));
      java.util.Set<String> touched = new java.util.LinkedHashSet<>();
      for (YearMonth m = a; !m.isAfter(b); m = m.plusMonths(1)) {
        touched.add(step.apply(m));
      }
      touched.forEach(k -> steps.computeIfAbsent(k, x -> new Added[] {new Added(), new Added()})[wholly ? 0 : 1]
          .add(1, counted.min(), counted.max()));
      firstStep = firstStep == null || a.isBefore(firstStep) ? a : firstStep;
      lastStep = lastStep == null || b.isAfter(lastStep) ? b : lastStep;
    }
    Map<String, String> shown = new TreeMap<>();
    for (String side : List.of("within", "overlapping")) {
      shown.put(side + " total", groups.getOrDefault(side + " total all", new Added()).text());
    }
    groups.forEach((k, v) -> {
      if (!k.endsWith(" total all")) {
        shown.put(k, v.text());
      }
    });
    if (firstStep != null) {
      for (YearMonth m = firstStep; !m.isAfter(lastStep); m = m.plusMonths(1)) {
        Added[] both = steps.computeIfAbsent(step.apply(m), x -> new Added[] {new Added(), new Added()});
        shown.put("step " + step.apply(m), both[0].text() + " | " + both[1].text());
      }
    }
    return new LinkedHashMap<>(shown);
  }

  private static void add(Map<String, Added> groups, String key, int events, @Nullable Long min, @Nullable Long max) {
    groups.computeIfAbsent(key, k -> new Added()).add(events, min, max);
  }

  /** The place one level under the area on the way to the event's place; the area itself for an event there. */
  private static String placeUnder(@Nullable String path, @Nullable UUID area, Map<UUID, String> names) {
    if (path == null) {
      return "unknown place";
    }
    List<String> ids = List.of(path.substring(1).split("/"));
    int at = area == null ? -1 : ids.indexOf(area.toString());
    return names.get(UUID.fromString(ids.get(Math.min(at + 1, ids.size() - 1))));
  }
}
