package org.sanctuary.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Office;
import org.sanctuary.access.Offices;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.reports.ListImport;
import org.sanctuary.monitoring.estimates.ListOverlaps;
import org.sanctuary.monitoring.events.MonitoringEvent.Connection;
import org.sanctuary.monitoring.reports.SourceReport.Confidentiality;
import org.sanctuary.monitoring.reports.SourceReport.SourceType;
import org.sanctuary.monitoring.reports.SourceReports;
import org.sanctuary.registry.PersonLinkage;
import org.sanctuary.shared.PageRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three lists of people returned from Jilin in the spring of 2002, for the estimate page: a former
 * detainee's list written in Hangul, a church's in McCune–Reischauer, the press's in Revised
 * Romanization, drawn from 36 invented people so that some are on one list, some on two, a few on all
 * three. The team's linkage runs over them and the pairs it is surest of are confirmed, as a monitor
 * would after review; the others wait in the review queue. Every name is invented.
 */
@Component
@Profile("demo")
@Order(30)
class ListsDemoData implements ApplicationRunner {

  /** Hangul, McCune–Reischauer, Revised Romanization (or the usual spelling), sex, year of birth. */
  private static final String[][] PEOPLE = {
      {"김영호", "Kim Yŏng-ho", "Kim Yeong-ho", "MALE", "1961"}, {"이순자", "Ri Sun-ja", "Lee Sun-ja", "FEMALE", "1955"},
      {"박철수", "Pak Ch'ŏl-su", "Park Cheol-su", "MALE", "1970"}, {"최명희", "Ch'oe Myŏng-hŭi", "Choi Myeong-hui", "FEMALE", "1968"},
      {"정미란", "Chŏng Mi-ran", "Jeong Mi-ran", "FEMALE", "1979"}, {"강동원", "Kang Tong-wŏn", "Kang Dong-won", "MALE", "1964"},
      {"조은숙", "Cho Ŭn-suk", "Jo Eun-suk", "FEMALE", "1972"}, {"윤성철", "Yun Sŏng-ch'ŏl", "Yun Seong-cheol", "MALE", "1958"},
      {"장금순", "Chang Kŭm-sun", "Jang Geum-sun", "FEMALE", "1949"}, {"임광수", "Rim Kwang-su", "Im Gwang-su", "MALE", "1966"},
      {"한옥희", "Han Ok-hŭi", "Han Ok-hui", "FEMALE", "1975"}, {"오정남", "O Chŏng-nam", "Oh Jeong-nam", "MALE", "1960"},
      {"서영철", "Sŏ Yŏng-ch'ŏl", "Seo Yeong-cheol", "MALE", "1953"}, {"신춘자", "Sin Ch'un-ja", "Shin Chun-ja", "FEMALE", "1957"},
      {"권혁수", "Kwŏn Hyŏk-su", "Kwon Hyeok-su", "MALE", "1981"}, {"황보람", "Hwang Po-ram", "Hwang Bo-ram", "FEMALE", "1984"},
      {"안명수", "An Myŏng-su", "Ahn Myeong-su", "MALE", "1963"}, {"송혜경", "Song Hye-gyŏng", "Song Hye-gyeong", "FEMALE", "1977"},
      {"류경호", "Ryu Kyŏng-ho", "Yu Gyeong-ho", "MALE", "1969"}, {"전순옥", "Chŏn Sun-ok", "Jeon Sun-ok", "FEMALE", "1951"},
      {"홍길남", "Hong Kil-nam", "Hong Gil-nam", "MALE", "1974"}, {"고영애", "Ko Yŏng-ae", "Go Yeong-ae", "FEMALE", "1962"},
      {"문철호", "Mun Ch'ŏl-ho", "Moon Cheol-ho", "MALE", "1959"}, {"양미숙", "Yang Mi-suk", "Yang Mi-suk", "FEMALE", "1971"},
      {"손정호", "Son Chŏng-ho", "Son Jeong-ho", "MALE", "1967"}, {"배금옥", "Pae Kŭm-ok", "Bae Geum-ok", "FEMALE", "1956"},
      {"백남철", "Paek Nam-ch'ŏl", "Baek Nam-cheol", "MALE", "1948"}, {"허영순", "Hŏ Yŏng-sun", "Heo Yeong-sun", "FEMALE", "1965"},
      {"유광철", "Yu Kwang-ch'ŏl", "Yu Gwang-cheol", "MALE", "1973"}, {"남궁순희", "Namgung Sun-hŭi", "Namgung Sun-hui", "FEMALE", "1960"},
      {"노은희", "No Ŭn-hŭi", "Noh Eun-hui", "FEMALE", "1983"}, {"하명철", "Ha Myŏng-ch'ŏl", "Ha Myeong-cheol", "MALE", "1954"},
      {"곽순애", "Kwak Sun-ae", "Kwak Sun-ae", "FEMALE", "1976"}, {"성영길", "Sŏng Yŏng-gil", "Seong Yeong-gil", "MALE", "1962"},
      {"차옥순", "Ch'a Ok-sun", "Cha Ok-sun", "FEMALE", "1958"}, {"주철민", "Chu Ch'ŏl-min", "Ju Cheol-min", "MALE", "1980"}};

  private final Offices offices;
  private final AccessPolicy access;
  private final SourceReports reports;
  private final ListImport imports;
  private final ListOverlaps overlaps;
  private final PersonLinkage linkage;
  private final Events events;

  ListsDemoData(Offices offices, AccessPolicy access, SourceReports reports, ListImport imports, ListOverlaps overlaps,
      PersonLinkage linkage, Events events) {
    this.events = events;
    this.offices = offices;
    this.access = access;
    this.reports = reports;
    this.imports = imports;
    this.overlaps = overlaps;
    this.linkage = linkage;
  }

  @Override
  public void run(ApplicationArguments args) {
    access.actingAs("monitor", () -> {
      if (!overlaps.lists(ListOverlaps.ListFilter.NONE).isEmpty()) {
        return null;
      }
      Office team = offices.all().stream().filter(o -> o.code().equals("MON")).findFirst().orElseThrow();
      StringBuilder witness = new StringBuilder("hangul,latin,sex,born,status,on,place\n");
      StringBuilder church = new StringBuilder(witness);
      StringBuilder press = new StringBuilder(witness);
      Random random = new Random(2002);
      for (String[] person : PEOPLE) {
        String on = random.nextBoolean() ? "April 2002" : "May 2002";
        String place = on.startsWith("April") ? "Longjing" : "Tumen";
        // Some people are easier to hear of than others: the same chance on every list, unequal between people.
        double chance = random.nextDouble() < 0.4 ? 0.7 : 0.3;
        if (random.nextDouble() < chance) {
          witness.append(String.join(",", person[0], "", person[3], person[4], "RETURNED", on, place)).append('\n');
        }
        if (random.nextDouble() < chance) {
          church.append(String.join(",", "", person[1], person[3], person[4], "RETURNED", on, place)).append('\n');
        }
        if (random.nextDouble() < chance) {
          press.append(String.join(",", "", person[2], person[3], "circa " + person[4], "RETURNED", on, "")).append('\n');
        }
      }
      UUID byWitness = list(team, SourceType.WITNESS, LocalDate.of(2002, 6, 8),
          "A former detainee's list, in Hangul, of people she saw returned from Longjing and Tumen in April and May.");
      UUID byChurch = list(team, SourceType.NGO_REPORT, LocalDate.of(2002, 6, 15),
          "A partner church's list of members and visitors returned across the border this spring.");
      UUID byPress = list(team, SourceType.MEDIA, LocalDate.of(2002, 6, 22),
          "Names of returnees printed in a press report on the spring round-ups in Jilin.");
      imports.run(byWitness, witness.toString(), ListImport.Progress.NONE);
      imports.run(byChurch, church.toString(), ListImport.Progress.NONE);
      imports.run(byPress, press.toString(), ListImport.Progress.NONE);
      // Each list informs the spring returns from Longjing and Tumen, so an analysis of forced returns in Jilin finds them.
      for (Events.EventSummary event : events.list(null, new PageRequest(0, 100)).items()) {
        if (event.title().startsWith("Forced returns from Longjing") || event.title().startsWith("Returns across the Tumen")) {
          events.addInformation(event.id(), new Events.InformationDraft(byWitness, null, Connection.WITNESS, "C", 2, List.of()));
          events.addInformation(event.id(), new Events.InformationDraft(byChurch, null, Connection.HEARSAY, "C", 3, List.of()));
          events.addInformation(event.id(), new Events.InformationDraft(byPress, null, Connection.MEDIA, "D", 3, List.of()));
        }
      }
      linkAndConfirm(team);
      return null;
    });
  }

  private UUID list(Office team, SourceType type, LocalDate received, String content) {
    return reports.file(new SourceReports.Draft(team.id(), type, received, "en", content, null, Confidentiality.CONFIDENTIAL, null));
  }

  /**
   * The team's linkage, waited for, then reviewed as a monitor who knows the lists would: a pair of
   * two renderings of one invented person is confirmed, a pair of two people rejected; the last two
   * true pairs are left for the review queue, so the estimate page shows what is still undecided.
   */
  private void linkAndConfirm(Office team) {
    UUID run = linkage.start(team.id()).id();
    for (int wait = 0; wait < 600 && linkage.run(run).running(); wait++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    List<PersonLinkage.Candidate> pairs = new java.util.ArrayList<>();
    for (String status : List.of("PROPOSED", "TO_REVIEW")) {
      pairs.addAll(linkage.queue(team.id(), status, new PageRequest(0, 100)).items());
    }
    int leftForReview = 2;
    for (PersonLinkage.Candidate pair : pairs) {
      int first = person(pair.first().primaryName());
      int second = person(pair.second().primaryName());
      if (first < 0 || second < 0) {
        continue;
      }
      if (first != second) {
        linkage.decide(pair.id(), PersonLinkage.Decision.NOT_SAME, "Different given names and years of birth on the lists.");
      } else if (leftForReview-- <= 0) {
        linkage.decide(pair.id(), PersonLinkage.Decision.SAME,
            "Same name in another spelling, same year of birth, returned the same month.");
      }
    }
  }

  /** Which invented person a name on the lists renders, or -1. */
  private static int person(String name) {
    for (int i = 0; i < PEOPLE.length; i++) {
      if (name.equals(PEOPLE[i][0]) || name.equals(PEOPLE[i][1]) || name.equals(PEOPLE[i][2])) {
        return i;
      }
    }
    return -1;
  }
}
