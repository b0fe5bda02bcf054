package org.sanctuary.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Office;
import org.sanctuary.access.Offices;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.interventions.Intervention;
import org.sanctuary.monitoring.interventions.Interventions;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.monitoring.concern.PersonsOfConcern;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.events.MonitoringEvent.Connection;
import org.sanctuary.monitoring.events.MonitoringEvent.Degree;
import org.sanctuary.monitoring.events.MonitoringEvent.Involvement;
import org.sanctuary.monitoring.events.MonitoringEvent.PerpetratorKind;
import org.sanctuary.monitoring.places.Place;
import org.sanctuary.monitoring.reports.SourceReport.Confidentiality;
import org.sanctuary.monitoring.reports.SourceReport.SourceType;
import org.sanctuary.monitoring.reports.SourceReports;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.RegistrationGroups;
import org.sanctuary.shared.PageRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The 2002 scenario of the seed text for the monitoring team, each fact with the report it came from:
 * the returns from Longjing (April, up to 900) and across the Tumen (May, up to 500, open trucks every
 * two or three days), the round-ups of helpers, the entries into embassies and consulates, the notice
 * asking missions to hand over "trespassers" and the statement of 13 June, and the six detained at the
 * end of May whose whereabouts are unknown, followed as persons of concern, and the letter to Premier Zhu
 * Rongji that got no response. Loaded once, after {@link DemoData}, through the same
 * services as real work.
 */
@Component
@Profile("demo")
@Order(20)
class MonitoringDemoData implements ApplicationRunner {

  private final Offices offices;
  private final AccessPolicy access;
  private final Gazetteer places;
  private final SourceReports reports;
  private final Events events;
  private final RegistrationGroups groups;
  private final PersonsOfConcern concern;
  private final Interventions interventions;

  MonitoringDemoData(Offices offices, AccessPolicy access, Gazetteer places, SourceReports reports, Events events,
      RegistrationGroups groups, PersonsOfConcern concern, Interventions interventions) {
    this.concern = concern;
    this.interventions = interventions;
    this.offices = offices;
    this.access = access;
    this.places = places;
    this.reports = reports;
    this.events = events;
    this.groups = groups;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (places.find("Longjing").isPresent()) {
      return;
    }
    Office team = offices.all().stream().filter(o -> o.code().equals("MON")).findFirst().orElseThrow();
    UUID china = place(null, Place.Level.COUNTRY, "China", "中国", "중국", null, null);
    UUID jilin = place(china, Place.Level.PROVINCE, "Jilin", "吉林", "지린", "Kirin", null);
    UUID yanbian = place(jilin, Place.Level.PREFECTURE, "Yanbian", "延边", "연변", "Yenpien", null);
    UUID longjing = place(yanbian, Place.Level.COUNTY, "Longjing", "龙井", "룽징", "Lungching", new double[] {42.77, 129.42});
    UUID tumen = place(yanbian, Place.Level.COUNTY, "Tumen", "图们", "투먼", "T'umen", new double[] {42.97, 129.84});
    place(yanbian, Place.Level.COUNTY, "Yanji", "延吉", "옌지", "Yenchi", new double[] {42.89, 129.51});
    UUID beijing = place(china, Place.Level.PROVINCE, "Beijing", "北京", "베이징", "Peking", new double[] {39.90, 116.40});
    UUID liaoning = place(china, Place.Level.PROVINCE, "Liaoning", "辽宁", "랴오닝", null, null);
    place(liaoning, Place.Level.PREFECTURE, "Shenyang", "沈阳", "선양", "Mukden", new double[] {41.80, 123.43});
    access.actingAs("monitor", () -> scenario(team, longjing, tumen, yanbian, beijing, china));
  }

  private Void scenario(Office team, UUID longjing, UUID tumen, UUID yanbian, UUID beijing, UUID china) {
    UUID r1 = report(team, SourceType.NGO_REPORT, LocalDate.of(2002, 5, 20), Confidentiality.OPEN,
        "Up to 900 North Koreans were forcibly repatriated from Longjing in April.", null);
    UUID r2 = report(team, SourceType.WITNESS, LocalDate.of(2002, 6, 2), Confidentiality.CONFIDENTIAL,
        "In May up to 500 were taken back across the border at Tumen, in open trucks every two or three days.",
        "Resident of Tumen near the bridge; reached through a partner church");
    UUID r3 = report(team, SourceType.MEDIA, LocalDate.of(2002, 6, 5), Confidentiality.OPEN,
        "Aid workers, religious workers and ethnic Koreans who helped North Koreans were rounded up for interrogation.", null);
    UUID r4 = report(team, SourceType.MEDIA, LocalDate.of(2002, 6, 20), Confidentiality.OPEN,
        "Several dozen asylum seekers entered embassies and consulates in Beijing and Shenyang over two months.", null);
    UUID r5 = report(team, SourceType.OFFICIAL_STATEMENT, LocalDate.of(2002, 6, 14), Confidentiality.OPEN,
        "The government asked foreign missions to hand over \"trespassers\"; statement of 13 June.", null);
    UUID r6 = report(team, SourceType.NGO_REPORT, LocalDate.of(2002, 6, 10), Confidentiality.CONFIDENTIAL,
        "Six individuals, including a two-and-a-half-year-old boy, were detained at the end of May in South China;"
            + " their whereabouts are unknown.", "Relative of one of the six, by telephone");

    UUID longjingReturns = event(team, "Forced returns from Longjing", "April 2002", longjing, "TOWN");
    act(longjingReturns, "FORCED_RETURN", "North Koreans rounded up in and around Longjing", r1, "up to 900", "Public security, Longjing");
    inform(longjingReturns, r1, Connection.HEARSAY, "B", 3);
    reviewed(longjingReturns, MonitoringEvent.Verification.LIKELY, "Consistent with two church networks' accounts of the spring round-ups.");

    UUID tumenReturns = event(team, "Returns across the Tumen, in open trucks every two or three days", "May 2002", tumen, "TOWN");
    act(tumenReturns, "FORCED_RETURN", "North Koreans held at Tumen", r2, "up to 500", "Border police, Tumen");
    inform(tumenReturns, r2, Connection.WITNESS, "C", 2);
    reviewed(tumenReturns, MonitoringEvent.Verification.LIKELY, "An eyewitness near the bridge; pattern matches other border reports.");
    events.relate(tumenReturns, longjingReturns, MonitoringEvent.RelationKind.CONSEQUENCE_OF);

    UUID roundUps = event(team, "Round-ups of aid workers, religious workers and ethnic Koreans", "Q2 2002", yanbian, "PREFECTURE");
    act(roundUps, "ARREST", "Helpers of North Koreans", r3, "dozens", "State security (reported)");
    act(roundUps, "INTERROGATION", "Helpers of North Koreans", r3, null, "State security (reported)");
    inform(roundUps, r3, Connection.MEDIA, "C", 3);

    UUID entries = event(team, "Entries into embassies and consulates", "Q2 2002", beijing, "PROVINCE");
    act(entries, "ENTRY_TO_DIPLOMATIC_PREMISES", "Asylum seekers", r4, "several dozen", null);
    inform(entries, r4, Connection.MEDIA, "B", 2);

    UUID notice = event(team, "Notice asking missions to hand over \"trespassers\"; statement of 13 June", "13 June 2002", beijing,
        "PROVINCE");
    act(notice, "HANDOVER_DEMAND", "Asylum seekers in foreign missions", r5, null, "Ministry of Foreign Affairs");
    inform(notice, r5, Connection.OFFICIAL, "A", 1);
    reviewed(notice, MonitoringEvent.Verification.CONFIRMED, "Published statement of the ministry.");
    events.relate(notice, entries, MonitoringEvent.RelationKind.CONSEQUENCE_OF);

    UUID detained = event(team, "Six detained in South China", "end of May 2002", china, "REGION");
    List<PersonId> six = groups.search("Six detained", new PageRequest(0, 1)).items().stream()
        .flatMap(g -> groups.read(g.id()).members().stream()).toList();
    for (PersonId person : six) {
      events.addAct(detained, new Events.ActDraft("DETENTION", person.value(), null, null, null, "end of May 2002", null,
          "WHEREABOUTS_UNKNOWN", List.of(new Involvement("Public security authorities (reported)", PerpetratorKind.AUTHORITY,
              Degree.CARRIED_OUT))));
    }
    inform(detained, r6, Connection.HEARSAY, "B", 2);
    for (PersonId person : six) {
      concern.follow(person, team.id());
    }
    // The letter to the Premier asking protection for the six: no response, the follow-up now long overdue.
    UUID premier = interventions.addAddressee(team.id(), "Premier Zhu Rongji, State Council of the People's Republic of China",
        RecipientType.HOST_AUTHORITY);
    interventions.addAddressee(team.id(), "Ministry of State Security, DPRK", RecipientType.COUNTRY_OF_ORIGIN_AUTHORITY);
    interventions.record(new Interventions.Draft(team.id(), premier,
        LocalDate.of(2002, 6, 12), "Protection for the six detained at the end of May, including a small child: disclose where they"
            + " are held, give access, and do not return them.", Intervention.Priority.HIGH, LocalDate.of(2002, 7, 12),
        six.stream().map(PersonId::value).toList(), List.of(detained)));
    return null;
  }

  private UUID place(UUID parent, Place.Level level, String latin, String hanzi, String hangul, String old, double[] where) {
    List<Place.Name> names = new java.util.ArrayList<>(List.of(new Place.Name("LATIN", latin, true),
        new Place.Name("HANZI", hanzi, false), new Place.Name("HANGUL", hangul, false)));
    if (old != null) {
      names.add(new Place.Name("LATIN_OLD", old, false));
    }
    return places.add(parent, level, names, where == null ? null : where[0], where == null ? null : where[1]);
  }

  private UUID report(Office team, SourceType type, LocalDate received, Confidentiality confidentiality, String content, String source) {
    return reports.file(new SourceReports.Draft(team.id(), type, received, "en", content, source, confidentiality, null));
  }

  private UUID event(Office team, String title, String date, UUID place, String precision) {
    return events.record(new Events.EventDraft(team.id(), title, date, place, precision, null));
  }

  private void act(UUID event, String type, String group, UUID report, String count, String perpetrator) {
    events.addAct(event, new Events.ActDraft(type, null, group, count == null ? null : report, count, null, null, null,
        perpetrator == null ? List.of() : List.of(new Involvement(perpetrator, PerpetratorKind.AUTHORITY, Degree.CARRIED_OUT))));
  }

  private void inform(UUID event, UUID report, Connection connection, String reliability, int credibility) {
    events.addInformation(event, new Events.InformationDraft(report, null, connection, reliability, credibility, List.of()));
  }

  private void reviewed(UUID event, MonitoringEvent.Verification verification, String reason) {
    MonitoringEvent current = events.read(event);
    UUID claim = current.claims().isEmpty() ? null : current.claims().get(0).id();
    access.actingAs("supervisor", () -> {
      events.review(event, current.version(), verification, reason, claim);
      return null;
    });
  }
}
