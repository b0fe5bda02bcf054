package org.sanctuary.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import java.time.LocalDate;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.Modality;
import org.sanctuary.procedure.RemovalRequests;
import org.sanctuary.procedure.RemovalKind;
import org.sanctuary.procedure.Requester;
import org.sanctuary.registry.FamilyLink;
import org.sanctuary.registry.FamilyRelation;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.GroupDraft;
import org.sanctuary.registry.GroupKind;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonDraft.NameDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.RegistrationGroups;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.registry.WhereaboutsDraft;
import org.sanctuary.registry.WhereaboutsStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once into an empty database: offices in Beijing and Shenyang and a monitoring team,
 * one user per role (password {@value #PASSWORD}), the people the 2002 text names or implies, their
 * first cases, and a host authority's demand for a return that the non-refoulement lock refuses.
 * Every record goes through the same services, permission checks and audit as real work. The names
 * are invented.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "sanctuary-demo";

  private final Offices offices;
  private final UserAccounts users;
  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final RegistrationGroups groups;
  private final Casework casework;
  private final RemovalRequests removals;

  DemoData(
      Offices offices,
      UserAccounts users,
      AccessPolicy access,
      PersonDirectory persons,
      RegistrationGroups groups,
      Casework casework,
      RemovalRequests removals) {
    this.offices = offices;
    this.users = users;
    this.access = access;
    this.persons = persons;
    this.groups = groups;
    this.casework = casework;
    this.removals = removals;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (offices.all().stream().anyMatch(o -> o.code().equals("BJG"))) {
      return;
    }
    Office beijing = offices.createUnchecked("BJG", "Beijing protection office", OfficeType.MANDATE_OFFICE);
    Office embassy =
        offices.createUnchecked("EMB", "Embassy intake point, Beijing", OfficeType.DIPLOMATIC_MISSION);
    offices.createUnchecked("SHY", "Consulate intake point, Shenyang", OfficeType.DIPLOMATIC_MISSION);
    offices.createUnchecked("MON", "Northeast China monitoring team", OfficeType.MONITORING_TEAM);
    for (Role role : Role.values()) {
      String username = role.name().toLowerCase(java.util.Locale.ROOT);
      users.createUnchecked(
          new NewUser(username, "Demo " + username.replace('_', ' '), PASSWORD, Map.of(beijing.id(), EnumSet.of(role))));
    }
    users.createUnchecked(
        new NewUser("registrar2", "Demo registrar (embassy)", PASSWORD, Map.of(embassy.id(), EnumSet.of(Role.REGISTRAR))));

    access.actingAs("monitor", () -> sixDetained(beijing));
    access.actingAs("registrar", () -> womanAndHelper(beijing));
    access.actingAs("registrar2", () -> embassyFamily(embassy));
  }

  /** "Six individuals, including a two-and-a-half-year-old boy, detained at the end of May in South China." */
  private Void sixDetained(Office office) {
    List<PersonId> six = new ArrayList<>();
    six.add(person(office, "김영호", "Kim Yŏng-ho", "Gim Yeongho", Sex.MALE, "circa 1965", Set.of()));
    PersonId mother = person(office, "박순희", "Pak Sun-hŭi", "Bak Sunhui", Sex.FEMALE, "circa 1972", Set.of(SpecificNeed.WOMAN_AT_RISK));
    six.add(mother);
    six.add(person(office, "리철", "Ri Ch'ŏl", "Ri Cheol", Sex.MALE, "1980", Set.of()));
    six.add(person(office, "최명숙", "Ch'oe Myŏng-suk", "Choe Myeongsuk", Sex.FEMALE, "circa 1968", Set.of()));
    six.add(person(office, "김은정", "Kim Ŭn-jŏng", "Gim Eunjeong", Sex.FEMALE, "1976", Set.of()));
    PersonId boy =
        person(office, "김준", "Kim Chun", "Gim Jun", Sex.MALE, "about 2½ years old on 31 May 2002", Set.of());
    six.add(boy);
    for (PersonId id : six) {
      whereabouts(id, WhereaboutsStatus.DETAINED, "end of May 2002", "South China", "Public security authorities (reported)", "NGO statement, June 2002");
      whereabouts(id, WhereaboutsStatus.WHEREABOUTS_UNKNOWN, "June 2002", null, null, "No information given in reply to enquiries");
    }
    groups.register(
        office.id(),
        new GroupDraft(
            "Six detained in South China, May 2002",
            GroupKind.TRAVELLING_GROUP,
            six,
            List.of(new FamilyLink(mother, boy, FamilyRelation.PARENT))));
    return null;
  }

  /** A woman long settled with a Chinese husband, and an aid worker held for helping. */
  private Void womanAndHelper(Office office) {
    PersonId woman =
        person(office, "리순옥", "Ri Sun-ok", "Ri Sunok", Sex.FEMALE, "1970", Set.of(SpecificNeed.WOMAN_AT_RISK));
    whereabouts(woman, WhereaboutsStatus.AT_LARGE, "April 2002", "Longjing, Yanbian", null, "Married to a Chinese national, settled since 1997");
    CaseId claim =
        casework.recordIntent(office.id(), woman, Set.of(), Channel.OFFICE, Modality.REGULAR, LocalDate.of(2002, 5, 2));
    casework.register(claim, 0, LocalDate.of(2002, 5, 2));
    PersonId helper =
        persons.register(
            office.id(),
            new PersonDraft(
                List.of(new NameDraft(NameScript.LATIN_OTHER, "Daniel Park", true), new NameDraft(NameScript.HANGUL, "박다니엘", false)),
                Sex.MALE, "circa 1960", List.of("KOR"), List.of(), List.of("ko", "en"), "ko",
                GenderPreference.NONE, GenderPreference.NONE, Set.of()));
    whereabouts(helper, WhereaboutsStatus.DETAINED, "May 2002", "Yanji", "State security (reported)", "Rounded up for interrogation with other helpers");
    PersonId child =
        person(office, "최경철", "Ch'oe Kyŏng-ch'ŏl", "Choe Gyeongcheol", Sex.MALE, "about 12 years old on 1 June 2002", Set.of(SpecificNeed.UNACCOMPANIED_CHILD));
    whereabouts(child, WhereaboutsStatus.AT_LARGE, "early June 2002", "Tumen", null, "Orphan, alone; at risk of round-up");
    casework.recordIntent(office.id(), child, Set.of(), Channel.MONITORING_MISSION, Modality.REGULAR, LocalDate.of(2002, 6, 5));
    // The host authority asks for the woman's return: the lock refuses and alerts the supervisors.
    access.actingAs("protection_officer", () -> removals.record(woman, Requester.HOST_AUTHORITY, RemovalKind.RETURN,
        "Return as an illegal migrant demanded by the county public security bureau.", LocalDate.of(2002, 6, 10)));
    return null;
  }

  /** A family that entered an embassy; the host state demands "trespassers" be handed over. */
  private Void embassyFamily(Office office) {
    PersonId father = person(office, "한성민", "Han Sŏng-min", "Han Seongmin", Sex.MALE, "1968", Set.of());
    PersonId mother = person(office, "정미경", "Chŏng Mi-gyŏng", "Jeong Migyeong", Sex.FEMALE, "1971", Set.of());
    PersonId daughter = person(office, "한은별", "Han Ŭn-byŏl", "Han Eunbyeol", Sex.FEMALE, "1994", Set.of());
    PersonId son = person(office, "한철진", "Han Ch'ŏl-jin", "Han Cheoljin", Sex.MALE, "1998", Set.of());
    for (PersonId id : List.of(father, mother, daughter, son)) {
      whereabouts(id, WhereaboutsStatus.IN_DIPLOMATIC_MISSION, "13 June 2002", "Embassy premises, Beijing", null, "Entered the embassy seeking asylum");
    }
    CaseId claim =
        casework.recordIntent(office.id(), father, Set.of(mother, daughter, son), Channel.DIPLOMATIC_PREMISES,
            Modality.REGULAR, LocalDate.of(2002, 6, 13));
    casework.register(claim, 0, LocalDate.of(2002, 6, 14));
    groups.register(
        office.id(),
        new GroupDraft(
            "Han family (embassy entry, June 2002)",
            GroupKind.HOUSEHOLD,
            List.of(father, mother, daughter, son),
            List.of(
                new FamilyLink(father, mother, FamilyRelation.SPOUSE),
                new FamilyLink(father, daughter, FamilyRelation.PARENT),
                new FamilyLink(father, son, FamilyRelation.PARENT),
                new FamilyLink(mother, daughter, FamilyRelation.PARENT),
                new FamilyLink(mother, son, FamilyRelation.PARENT))));
    return null;
  }

  private PersonId person(
      Office office, String hangul, String mr, String rr, Sex sex, String born, Set<SpecificNeed> needs) {
    return persons.register(
        office.id(),
        new PersonDraft(
            List.of(
                new NameDraft(NameScript.HANGUL, hangul, true),
                new NameDraft(NameScript.LATIN_MR, mr, false),
                new NameDraft(NameScript.LATIN_RR, rr, false)),
            sex,
            born,
            List.of("PRK"),
            List.of("KOR"),
            List.of("ko"),
            "ko",
            sex == Sex.FEMALE ? GenderPreference.FEMALE : GenderPreference.NONE,
            sex == Sex.FEMALE ? GenderPreference.FEMALE : GenderPreference.NONE,
            needs));
  }

  private void whereabouts(
      PersonId id, WhereaboutsStatus status, String on, @Nullable String place, @Nullable String authority, String note) {
    persons.recordWhereabouts(id, new WhereaboutsDraft(status, on, place, authority, note));
  }
}
