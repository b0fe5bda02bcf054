package org.sanctuary;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.access.internal.SignIn;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Named set-ups for application tests: an office of one's own with one user per role. */
@Component
public class Fixtures {

  public static final String PASSWORD = "fixture-password-1";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Offices offices;
  private final UserAccounts accounts;
  private final SignIn signIn;
  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final org.sanctuary.access.OfficerProfiles profiles;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  Fixtures(
      Offices offices,
      UserAccounts accounts,
      SignIn signIn,
      AccessPolicy access,
      PersonDirectory persons,
      org.sanctuary.access.OfficerProfiles profiles,
      org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.profiles = profiles;
    this.jdbc = jdbc;
    this.offices = offices;
    this.accounts = accounts;
    this.signIn = signIn;
    this.access = access;
    this.persons = persons;
  }

  /** An office with a fresh code and one user per role, named {@code <role>-<code>}. */
  public Staffed anOfficeWithEveryRole() {
    return anOfficeWithEveryRole(OfficeType.MANDATE_OFFICE);
  }

  /** As {@link #anOfficeWithEveryRole()}, of the type given (an embassy intake point, say). */
  public Staffed anOfficeWithEveryRole(OfficeType type) {
    String code = randomCode();
    Office office = offices.createUnchecked(code, "Test office " + code, type);
    Map<Role, String> users = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      String username = (role.name() + "-" + code).toLowerCase(java.util.Locale.ROOT);
      accounts.createUnchecked(
          new NewUser(username, "Test " + username, PASSWORD, Map.of(office.id(), EnumSet.of(role))));
      users.put(role, username);
    }
    return new Staffed(office, users);
  }

  /** One more user of the office with a single role. */
  public java.util.UUID addUser(String username, Staffed office, Role role) {
    return accounts.createUnchecked(
        new NewUser(username, "Test " + username, PASSWORD, Map.of(office.office().id(), EnumSet.of(role))));
  }

  /** One more user with one role in each of several offices (a monitor working for two teams, say). */
  public java.util.UUID addUserOfEach(String username, Role role, Staffed... offices) {
    Map<org.sanctuary.access.OfficeId, java.util.Set<Role>> roles = new java.util.LinkedHashMap<>();
    for (Staffed office : offices) {
      roles.put(office.office().id(), EnumSet.of(role));
    }
    return accounts.createUnchecked(new NewUser(username, "Test " + username, PASSWORD, roles));
  }

  /** Sets an officer's interview profile, as the office's administrator would. */
  public void officerProfile(Staffed office, String username, String sex, List<String> languages, boolean traumaTrained) {
    java.util.UUID id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(java.util.UUID.class).single();
    access.actingAs(office.username(Role.ADMIN), () -> {
      profiles.set(id, sex, languages, traumaTrained);
      return null;
    });
  }

  /** A person registered at the office by its registrar. */
  public PersonId aPersonAt(Staffed office, String hangulName) {
    return access.actingAs(
        office.username(Role.REGISTRAR),
        () -> persons.register(office.office().id(), aDraft(hangulName)));
  }

  private static final String DISTINCT = "가나다마바사자하아고노도모보소조호오";
  private static final java.util.concurrent.atomic.AtomicInteger NAMES = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * A person registered at the office under a name no other fixture person has (nor any spelling of
   * it): for tests that need many persons and would otherwise be asked whether they are one.
   */
  public PersonId aDistinctPersonAt(Staffed office) {
    int n = NAMES.getAndIncrement();
    int base = DISTINCT.length();
    String given = "" + DISTINCT.charAt(n % base) + DISTINCT.charAt(n / base % base) + DISTINCT.charAt(n / base / base % base);
    return aPersonAt(office, "황보" + given);
  }

  public static PersonDraft aDraft(String hangulName) {
    return new PersonDraft(
        List.of(new PersonDraft.NameDraft(NameScript.HANGUL, hangulName, true)),
        Sex.FEMALE,
        "circa 1975",
        List.of("PRK"),
        List.of(),
        List.of("ko"),
        "ko",
        GenderPreference.FEMALE,
        GenderPreference.NONE,
        Set.of());
  }

  /** Someone the monitoring team writes to, of the kind given, added to its list by its monitor. */
  public java.util.UUID anAddressee(Staffed team, org.sanctuary.procedure.disclosure.RecipientType kind) {
    java.util.UUID id = java.util.UUID.randomUUID();
    jdbc.sql("INSERT INTO intervention_addressee (id, office_id, name, kind, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, team.office().id().value(), kind + " " + randomCode(), kind.name(), team.username(Role.MONITOR),
            java.time.OffsetDateTime.now())
        .update();
    return id;
  }

  public UserDetails user(String username) {
    return signIn.loadUserByUsername(username);
  }

  public static String randomCode() {
    StringBuilder code = new StringBuilder("T");
    for (int i = 0; i < 6; i++) {
      code.append((char) ('A' + RANDOM.nextInt(26)));
    }
    return code.toString();
  }

  /** An office and the user name of its one user per role. */
  public record Staffed(Office office, Map<Role, String> users) {
    public String username(Role role) {
      return users.get(role);
    }
  }
}
