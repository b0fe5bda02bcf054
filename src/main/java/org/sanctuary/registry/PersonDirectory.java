package org.sanctuary.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditEntry;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.IntervalDate;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.UnreadableValue;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding, reading and revising persons, and appending consents and whereabouts. The
 * one door to person records for the API and the pages alike: each method checks the caller's
 * permission in the record's office, applies office scope in the query, and leaves an audit entry,
 * reads included.
 */
@Service
public class PersonDirectory {

  static final String SUBJECT = "PERSON";

  private final Persons persons;
  private final AccessPolicy access;
  private final Offices offices;
  private final AuditTrail audit;
  private final Clock clock;
  private final Places places;
  private final Groups groups;

  PersonDirectory(
      Persons persons, AccessPolicy access, Offices offices, AuditTrail audit, Clock clock, Places places,
      Groups groups) {
    this.persons = persons;
    this.groups = groups;
    this.access = access;
    this.offices = offices;
    this.audit = audit;
    this.clock = clock;
    this.places = places;
  }

  /** The draft's details once every rule holds, the place of origin included: every problem named at once. */
  private PersonDetails details(PersonDraft draft) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    PersonDetails details = null;
    try {
      details = PersonDetails.from(draft, today());
    } catch (ValidationFailed e) {
      problems.addAll(e.problems());
    }
    if (details != null && details.originPlace() != null && !places.holds(details.originPlace())) {
      problems.add(FieldProblem.of("originPlace", "\"{0}\" is not a place of the gazetteer", draft.originPlace()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    return details;
  }

  /** Registers a person; refused while someone of the same name may already be known (see the three-argument form). */
  @Transactional
  public PersonId register(OfficeId officeId, PersonDraft draft) {
    return register(officeId, draft, null);
  }

  /**
   * Registers a person, unless someone in the caller's offices may already be that person
   * ({@link PossiblyKnown}, listing them with why) and no reason to register anyway is given. That
   * someone may be held by an office the caller cannot read is said without content, and audited.
   * A reason given is kept with the new record.
   */
  @Transactional
  public PersonId register(OfficeId officeId, PersonDraft draft, @org.jspecify.annotations.Nullable String notADuplicateBecause) {
    return registered(officeId, draft, notADuplicateBecause).id();
  }

  /**
   * A registration's outcome: the new record and whether an office the caller cannot read holds a
   * possible match, which the caller is told without its content (its supervisor can be asked).
   */
  public record Registration(PersonId id, boolean possibleMatchElsewhere) {}

  /** Registers as {@link #register(OfficeId, PersonDraft, String)} does, and says whether another office may hold them. */
  @Transactional
  public Registration registered(OfficeId officeId, PersonDraft draft, @org.jspecify.annotations.Nullable String notADuplicateBecause) {
    access.require(Permission.PERSON_REGISTER, officeId);
    return enter(officeId, draft, notADuplicateBecause, false);
  }

  /**
   * Registers the persons named on an imported list, in its order: mentions, which nobody is there to
   * compare by hand as the rows are written; the same person on several lists is for linkage to
   * propose. Every draft is checked before a number is taken, and the references are taken in one
   * step, consecutive: the drafts given at once move the office's counter once, not once each in
   * transactions of their own, and are written in one batch per table. Each registration is audited,
   * as one by one.
   */
  @Transactional
  public List<PersonId> registerMentions(OfficeId officeId, List<PersonDraft> drafts) {
    access.require(Permission.PERSON_REGISTER, officeId);
    Office office = offices.find(officeId).orElseThrow(() -> new NotFound("office"));
    List<PersonDetails> details = drafts.stream().map(this::details).toList();
    return insert(officeId, persons.nextReferences(officeId, office.code(), drafts.size()), details, false);
  }

  /**
   * Someone not yet registered who expresses intent, as reception takes them: a name as they said it
   * (in any script), the language they speak and, if said, their sex. The fields are named
   * {@code newcomer.*} wherever they are wrong.
   */
  public record Newcomer(@org.jspecify.annotations.Nullable String name, @org.jspecify.annotations.Nullable String language,
      @org.jspecify.annotations.Nullable Sex sex) {

    PersonDraft draft() {
      List<FieldProblem> problems = new ArrayList<>();
      String said = name == null ? "" : name.strip();
      if (said.isEmpty() || said.length() > 200) {
        problems.add(new FieldProblem("newcomer.name", "write the name as the person said it, 1 to 200 characters, in any script"));
      }
      String code = null;
      try {
        code = org.sanctuary.shared.LanguageCodes.required("newcomer.language", language);
      } catch (ValidationFailed e) {
        problems.addAll(e.problems());
      }
      if (!problems.isEmpty()) {
        throw new ValidationFailed(problems);
      }
      return new PersonDraft(List.of(new PersonDraft.NameDraft(scriptOf(said), said, true)), sex == null ? Sex.UNKNOWN : sex,
          null, List.of(), List.of(), List.of(code), code, null, null, Set.of());
    }

    private static NameScript scriptOf(String name) {
      boolean hangul = name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
      for (NameScript script : List.of(NameScript.HANGUL, NameScript.HANJA, NameScript.LATIN_OTHER)) {
        if (script.admits(name) && (script != NameScript.HANGUL || hangul)) {
          return script;
        }
      }
      return NameScript.ALIAS;
    }
  }

  /**
   * Records someone who expressed intent and is not yet registered, with what they said ({@link
   * Newcomer}), in the caller's transaction, which opens their case: a person is an applicant from
   * the moment intent is expressed. Needs the right to open cases in the office, not to register; a
   * registrar completes the identity later ({@link Person#asSaid()}). As at registration, someone who
   * may already be known holds it back ({@link PossiblyKnown}) until a reason is given.
   */
  @Transactional
  public Registration recordAsSaid(OfficeId officeId, Newcomer newcomer, @org.jspecify.annotations.Nullable String notADuplicateBecause) {
    access.require(Permission.CASE_OPEN, officeId);
    return enter(officeId, newcomer.draft(), notADuplicateBecause, true);
  }

  private Registration enter(
      OfficeId officeId, PersonDraft draft, @org.jspecify.annotations.Nullable String notADuplicateBecause, boolean asSaid) {
    Actor actor = access.actor();
    Office office = offices.find(officeId).orElseThrow(() -> new NotFound("office"));
    PersonDetails details = details(draft);
    String reason = notADuplicateBecause == null || notADuplicateBecause.isBlank() ? null : notADuplicateBecause.strip();
    if (reason != null && reason.length() > 1000) {
      throw ValidationFailed.of("notADuplicateBecause", "is at most 1000 characters");
    }
    List<PersonMatch> known = possiblyKnown(details, null);
    boolean elsewhere = heldElsewhere(details, officeId);
    if (reason == null && !known.isEmpty()) {
      audit.recordRefusal(AuditRecord.refused(action(asSaid), SUBJECT, null, officeId.value(), "POSSIBLY_KNOWN"));
      throw new PossiblyKnown(known, elsewhere);
    }
    PersonId id = insert(officeId, persons.nextReferences(officeId, office.code(), 1), List.of(details), asSaid).get(0);
    if (reason != null && !known.isEmpty()) {
      persons.keepRegistrationReason(id, reason, known.stream().map(m -> m.person().reference()).toList(), actor.username(),
          clock.instant());
    }
    return new Registration(id, elsewhere);
  }

  /** Writes new persons, each with the reference taken for them, and audits each. */
  private List<PersonId> insert(OfficeId officeId, List<String> references, List<PersonDetails> details, boolean asSaid) {
    String username = access.actor().username();
    List<Person> people = new ArrayList<>(details.size());
    for (int i = 0; i < details.size(); i++) {
      PersonId id = new PersonId(UUID.randomUUID());
      people.add(asSaid
          ? Person.recordAsSaid(id, officeId, references.get(i), details.get(i), today(), username)
          : Person.register(id, officeId, references.get(i), details.get(i), today(), username));
    }
    persons.insertAll(people, clock.instant());
    for (Person person : people) {
      audit.record(AuditRecord.success(action(asSaid), SUBJECT, person.id(), officeId.value()));
    }
    return people.stream().map(Person::id).toList();
  }

  /** The audited action of a new person: registered, or recorded as they said at intent. */
  private static String action(boolean asSaid) {
    return asSaid ? "PERSON_RECORDED_AS_SAID" : "PERSON_REGISTERED";
  }


  /** Persons of the caller's offices who may be the person described (all their names), other than one. */
  private List<PersonMatch> possiblyKnown(PersonDetails details, @org.jspecify.annotations.Nullable PersonId other) {
    return possiblyKnown(keysOf(details), details.dateOfBirth(), other);
  }

  private static Set<String> keysOf(PersonDetails details) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    details.names().forEach(n -> keys.addAll(org.sanctuary.identity.NameKeys.of(n.value())));
    return keys;
  }

  /** Persons of the caller's offices with one of these name keys and no date of birth against, other than one. */
  private List<PersonMatch> possiblyKnown(
      Set<String> keys, org.sanctuary.shared.@org.jspecify.annotations.Nullable IntervalDate born,
      @org.jspecify.annotations.Nullable PersonId other) {
    if (keys.isEmpty()) {
      return List.of();
    }
    // Only a key in common counts here, so names one syllable away are not looked up.
    return scored(List.copyOf(keys), "", false, born, access.scope(Permission.PERSON_READ)).stream()
        // Possibly the same person: a name key in common and no date of birth against it.
        .filter(m -> m.level() == org.sanctuary.identity.NameMatch.Level.CANONICAL_EQUAL && m.birth() != PersonMatch.Birth.DISAGREES)
        .filter(m -> !m.person().id().equals(other))
        .toList();
  }

  /** Whether a person with a name key of these names is held by an office the caller cannot read (signalled, audited). */
  private boolean heldElsewhere(PersonDetails details, OfficeId office) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    details.names().forEach(n -> keys.addAll(org.sanctuary.identity.NameKeys.of(n.value())));
    boolean held = persons.keyHeldOutside(keys, details.dateOfBirth(), access.scope(Permission.PERSON_READ));
    if (held) {
      audit.record(AuditRecord.success("POSSIBLE_MATCH_ELSEWHERE_SIGNALLED", SUBJECT, null, office.value()));
    }
    return held;
  }

  /** A person who may be the one a draft describes, as a list's check shows them: by reference only. */
  public record KnownAs(PersonId person, String reference) {}

  /**
   * For each draft, in order, the persons of the caller's offices who share a canonical key with one
   * of its names and whose date of birth does not contradict it (at most five): what the check of an
   * imported list shows before its rows are written. One look-up per thousand keys, whatever the
   * length of the list; audited once.
   */
  @Transactional
  public List<List<KnownAs>> possiblyKnownAmong(List<PersonDraft> drafts) {
    List<Set<String>> keysOf = new ArrayList<>();
    List<org.sanctuary.shared.@org.jspecify.annotations.Nullable IntervalDate> bornOf = new ArrayList<>();
    Set<String> all = new java.util.HashSet<>();
    for (PersonDraft draft : drafts) {
      Set<String> keys = new java.util.LinkedHashSet<>();
      draft.names().forEach(n -> keys.addAll(org.sanctuary.identity.NameKeys.of(n.value())));
      keysOf.add(keys);
      all.addAll(keys);
      org.sanctuary.shared.IntervalDate born = null;
      try {
        born = draft.dateOfBirth() == null || draft.dateOfBirth().isBlank() ? null
            : org.sanctuary.shared.IntervalDate.parse(draft.dateOfBirth());
      } catch (org.sanctuary.shared.UnreadableValue e) {
        // The row's own check names the date; here it simply compares nothing.
      }
      bornOf.add(born);
    }
    java.util.Map<String, List<Persons.KeyHolder>> holders = new java.util.HashMap<>();
    persons.keyHolders(all, access.scope(Permission.PERSON_READ))
        .forEach(h -> holders.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h));
    List<List<KnownAs>> known = new ArrayList<>();
    for (int row = 0; row < drafts.size(); row++) {
      java.util.Map<PersonId, KnownAs> found = new java.util.LinkedHashMap<>();
      for (String key : keysOf.get(row)) {
        for (Persons.KeyHolder holder : holders.getOrDefault(key, List.of())) {
          if (found.size() < 5 && agrees(bornOf.get(row), holder)) {
            found.putIfAbsent(holder.person(), new KnownAs(holder.person(), holder.reference()));
          }
        }
      }
      known.add(List.copyOf(found.values()));
    }
    audit.record(AuditRecord.success("PERSON_SEARCHED", SUBJECT, null, null));
    return known;
  }

  private static boolean agrees(org.sanctuary.shared.@org.jspecify.annotations.Nullable IntervalDate born, Persons.KeyHolder holder) {
    return born == null || overlaps(born, holder.bornEarliest(), holder.bornLatest());
  }

  /** Whether a date of birth given and one on file (either end unknown: open) can be the same day. */
  private static boolean overlaps(org.sanctuary.shared.IntervalDate born, @org.jspecify.annotations.Nullable LocalDate earliest,
      @org.jspecify.annotations.Nullable LocalDate latest) {
    return (born.latest() == null || earliest == null || !born.latest().isBefore(earliest))
        && (born.earliest() == null || latest == null || !born.earliest().isAfter(latest));
  }

  /** What is wrong with a draft, without registering anyone: for dry runs of imported lists. */
  public List<FieldProblem> check(PersonDraft draft) {
    try {
      details(draft);
      return List.of();
    } catch (ValidationFailed e) {
      return e.problems();
    }
  }

  /** Reads one person; the read itself is audited. */
  @Transactional
  public Person read(PersonId id) {
    return read(id, access.scope(Permission.PERSON_READ));
  }

  private Person read(PersonId id, Set<OfficeId> scope) {
    Person person = persons.find(id, scope).orElseThrow(() -> new NotFound("person"));
    audit.record(AuditRecord.success("PERSON_READ", SUBJECT, id, person.office().value()));
    return person;
  }

  /** A person with what their file shows beside them: the groups they belong to and the place they come from. */
  public record PersonFile(Person person, List<GroupSummary> groups, @Nullable String originPlace) {}

  /**
   * Reads a person's file in one transaction, as the read of one person is audited: the person, the
   * groups of the caller's offices they belong to, and the label of their place of origin.
   */
  @Transactional
  public PersonFile readFile(PersonId id) {
    Set<OfficeId> scope = access.scope(Permission.PERSON_READ);
    Person person = read(id, scope);
    UUID origin = person.details().originPlace();
    return new PersonFile(person, groups.ofPerson(id, scope), origin == null ? null : places.label(origin).orElse(null));
  }

  /** Revises a person; refused while a name added may be someone already on file (see the four-argument form). */
  @Transactional
  public void revise(PersonId id, long version, PersonDraft draft) {
    revise(id, version, draft, null);
  }

  /**
   * Replaces a person's details if nobody changed them since {@code version}; otherwise refuses with
   * STALE_VERSION and changes nothing. A name added or respelled that may be another person of the
   * caller's offices holds the revision back ({@link PossiblyKnown}) until a reason is given, as at
   * registration; the reason is kept with the references shown. Names already held are not asked again.
   */
  @Transactional
  public void revise(PersonId id, long version, PersonDraft draft, @org.jspecify.annotations.Nullable String notADuplicateBecause) {
    Actor actor = access.actor();
    Person person =
        persons
            .find(id, access.scope(Permission.PERSON_REGISTER))
            .orElseThrow(() -> new NotFound("person"));
    PersonDetails details = details(draft);
    String reason = notADuplicateBecause == null || notADuplicateBecause.isBlank() ? null : notADuplicateBecause.strip();
    if (reason != null && reason.length() > 1000) {
      throw ValidationFailed.of("notADuplicateBecause", "is at most 1000 characters");
    }
    Set<String> added = keysOf(details);
    added.removeAll(keysOf(person.details()));
    List<PersonMatch> known = possiblyKnown(added, details.dateOfBirth(), id);
    if (reason == null && !known.isEmpty()) {
      audit.recordRefusal(AuditRecord.refused("PERSON_REVISED", SUBJECT, id, person.office().value(), "POSSIBLY_KNOWN"));
      throw new PossiblyKnown(known, false);
    }
    person.revise(details, today(), actor.username());
    if (person.version() != version || !persons.update(person, version, clock.instant())) {
      audit.recordRefusal(
          AuditRecord.refused("PERSON_REVISED", SUBJECT, id, person.office().value(), "STALE_VERSION"));
      throw new StaleVersion("person", version);
    }
    if (reason != null && !known.isEmpty()) {
      persons.keepRevisionReason(id, reason, known.stream().map(m -> m.person().reference()).toList(), actor.username(),
          clock.instant());
    }
    audit.record(AuditRecord.success("PERSON_REVISED", SUBJECT, id, person.office().value()));
  }

  /**
   * The persons of the reader's offices who may be this person (a name key in common, no date of
   * birth against), other than themselves: shown where a person's file is acted on, such as intent,
   * so that one person does not get two files. The look-up is audited.
   */
  @Transactional
  public List<PersonMatch> possibleDuplicates(PersonId id) {
    Persons.OnFile person = persons.onFile(id, access.scope(Permission.PERSON_READ)).orElseThrow(() -> new NotFound("person"));
    audit.record(AuditRecord.success("PERSON_DUPLICATES_READ", SUBJECT, id, person.office().value()));
    return possiblyKnown(person.keys(), person.born(), id);
  }

  /**
   * Moves a person's record to another office, with their names, needs and whereabouts (re-sealed
   * with that office's key): when a claim received at a mission is referred to the office that
   * decides it. The caller reads the person at the office that holds them; the move is audited at both.
   */
  @Transactional
  public void transfer(PersonId id, OfficeId from, OfficeId to) {
    Person person = persons.find(id, access.scope(Permission.PERSON_READ)).orElseThrow(() -> new NotFound("person"));
    if (!person.office().equals(from) || from.equals(to)) {
      return;
    }
    offices.find(to).orElseThrow(() -> new NotFound("office"));
    persons.transfer(id, from, to);
    audit.record(AuditRecord.success("PERSON_TRANSFERRED_OUT", SUBJECT, id, from.value()));
    audit.record(AuditRecord.success("PERSON_TRANSFERRED_IN", SUBJECT, id, to.value()));
  }

  /** One page of persons in the caller's offices; the search is audited (without the filter text). */
  @Transactional
  public ResultPage<PersonSummary> search(PersonQuery query, PageRequest page) {
    Set<OfficeId> scope = access.scope(Permission.PERSON_READ);
    ResultPage<PersonSummary> result = persons.search(query, scope, page);
    audit.record(
        AuditRecord.success(
            "PERSON_SEARCHED",
            SUBJECT,
            null,
            query.office() == null ? null : query.office().value()));
    return result;
  }

  /** The most persons a name search returns. */
  public static final int MATCHES = 20;

  /** The most persons a name search scores to find them. */
  private static final int CANDIDATES = 100;

  /**
   * Persons in the caller's offices whose names may be the name typed, in any script or spelling
   * (identity.NameKeys), best first, each with why; a partial date of birth ("1980", "1980-05",
   * "circa 1980") raises those it agrees with and lowers those it contradicts. Audited without the
   * text searched for.
   */
  @Transactional
  public List<PersonMatch> matches(String typed, @org.jspecify.annotations.Nullable String born) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty() || text.length() > 200) {
      throw org.sanctuary.shared.ValidationFailed.of("q", "type a name, 1 to 200 characters, in any script");
    }
    org.sanctuary.shared.@org.jspecify.annotations.Nullable IntervalDate birth = null;
    if (born != null && !born.isBlank()) {
      try {
        birth = org.sanctuary.shared.IntervalDate.parse(born.strip());
      } catch (org.sanctuary.shared.UnreadableValue e) {
        throw org.sanctuary.shared.ValidationFailed.of("born", "is not a date of birth (1980, 1980-05, circa 1980)");
      }
    }
    List<PersonMatch> found = scored(org.sanctuary.identity.NameKeys.of(text), PersonName.searchKey(text), true, birth,
        access.scope(Permission.PERSON_READ));
    audit.record(AuditRecord.success("PERSON_SEARCHED", SUBJECT, null, null));
    return found;
  }

  /**
   * The candidates of the keys (of names one syllable away if {@code nearby}, and of a name prefix)
   * in the offices given, each scored by its closest name.
   */
  private List<PersonMatch> scored(
      List<String> keys, String prefix, boolean nearby, org.sanctuary.shared.@org.jspecify.annotations.Nullable IntervalDate birth,
      Set<OfficeId> scope) {
    List<Persons.Candidate> candidates = persons.candidates(keys.stream().distinct().toList(), prefix, nearby, scope, CANDIDATES);
    // Every candidate is scored from the names and date of birth the look-up found; only those shown
    // are then read. Among equal scores the closer keys rank first, then the record id, so that the
    // same search over the same records shows the same persons.
    record Scored(Persons.Candidate candidate, double score, int position, org.sanctuary.identity.NameMatch match,
        PersonMatch.Birth birth) {}
    List<Scored> ranked = new java.util.ArrayList<>();
    for (Persons.Candidate candidate : candidates) {
      PersonMatch.Birth agreement = agreement(birth, candidate);
      Scored best = null;
      for (Persons.KeyedName name : candidate.names()) {
        org.sanctuary.identity.NameMatch match = org.sanctuary.identity.NameMatch.between(keys, name.keys());
        double score = PersonMatch.score(match.level(), name.startsAsTyped(), agreement);
        if (best == null || score > best.score() || score == best.score() && match.similarity() > best.match().similarity()) {
          best = new Scored(candidate, score, name.position(), match, agreement);
        }
      }
      if (best != null && best.score() > 0) {
        ranked.add(best);
      }
    }
    List<Scored> shown = ranked.stream()
        .sorted(java.util.Comparator.comparingDouble((Scored m) -> -m.score())
            .thenComparingDouble(m -> -m.match().similarity())
            .thenComparing(m -> m.candidate().person().value()))
        .limit(MATCHES).toList();
    List<Persons.Shown> read = persons.shown(shown.stream().map(m -> m.candidate().person()).toList(),
        shown.stream().map(Scored::position).toList(), scope);
    java.util.Map<PersonId, Persons.Shown> byPerson = new java.util.HashMap<>();
    read.forEach(r -> byPerson.put(r.summary().id(), r));
    List<PersonMatch> found = new java.util.ArrayList<>();
    for (Scored m : shown) {
      Persons.Shown person = byPerson.get(m.candidate().person());
      if (person != null) {
        found.add(new PersonMatch(person.summary(), m.score(), person.name(), m.match().level(), m.match().otherKey(),
            m.match().similarity(), m.birth()));
      }
    }
    return PersonMatch.best(found, MATCHES);
  }


  private static PersonMatch.Birth agreement(org.sanctuary.shared.@org.jspecify.annotations.Nullable IntervalDate born, Persons.Candidate candidate) {
    if (born == null || candidate.bornEarliest() == null || candidate.bornLatest() == null) {
      return PersonMatch.Birth.NOT_COMPARED;
    }
    return overlaps(born, candidate.bornEarliest(), candidate.bornLatest()) ? PersonMatch.Birth.AGREES
        : PersonMatch.Birth.DISAGREES;
  }

  /** Summaries of several persons at once (e.g. a group's members); audited as one search. */
  @Transactional
  public List<PersonSummary> summaries(List<PersonId> ids) {
    List<PersonSummary> found = persons.summaries(ids, access.scope(Permission.PERSON_READ));
    audit.record(AuditRecord.success("PERSON_SEARCHED", SUBJECT, null, null));
    return found;
  }

  @Transactional
  public PersonId findByReference(String reference) {
    return persons
        .idByReference(reference, access.scope(Permission.PERSON_READ))
        .orElseThrow(() -> new NotFound("person " + reference));
  }

  @Transactional
  public void recordWhereabouts(PersonId id, WhereaboutsDraft draft) {
    Actor actor = access.actor();
    OfficeId office =
        persons
            .officeOf(id, access.scope(Permission.WHEREABOUTS_RECORD))
            .orElseThrow(() -> new NotFound("person"));
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.status() == null) {
      problems.add(new FieldProblem("status", "is required"));
    }
    IntervalDate on = null;
    try {
      on = IntervalDate.parse(draft.on() == null ? "" : draft.on());
      if (on.earliest() != null && on.earliest().isAfter(today())) {
        problems.add(new FieldProblem("on", "cannot be in the future"));
      }
    } catch (UnreadableValue e) {
      problems.add(FieldProblem.unreadable("on", e));
    }
    checkLength("place", draft.place(), 200, problems);
    checkLength("authority", draft.authority(), 200, problems);
    checkLength("sourceNote", draft.sourceNote(), 2000, problems);
    Detention detention = draft.detention() == null || draft.detention().equals(new Detention(null, null, null)) ? null : draft.detention();
    if (detention != null && draft.status() != WhereaboutsStatus.DETAINED) {
      problems.add(new FieldProblem("detention", "is recorded only with the status DETAINED"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    persons.appendWhereabouts(
        id,
        office,
        new WhereaboutsEntry(
            UUID.randomUUID(),
            draft.status(),
            on,
            PersonDetails.blankToNull(draft.place()),
            PersonDetails.blankToNull(draft.authority()),
            PersonDetails.blankToNull(draft.sourceNote()),
            actor.username(),
            clock.instant(),
            detention));
    audit.record(AuditRecord.success("WHEREABOUTS_RECORDED", SUBJECT, id, office.value()));
  }

  @Transactional
  public void recordConsent(PersonId id, ConsentDraft draft) {
    Actor actor = access.actor();
    OfficeId office =
        persons
            .officeOf(id, access.scope(Permission.CONSENT_RECORD))
            .orElseThrow(() -> new NotFound("person"));
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.purpose() == null) {
      problems.add(new FieldProblem("purpose", "is required"));
    }
    if (draft.given() == null) {
      problems.add(new FieldProblem("given", "say whether consent was given or refused"));
    }
    LocalDate on = today();
    if (draft.on() != null && !draft.on().isBlank()) {
      try {
        on = LocalDate.parse(draft.on().strip());
        if (on.isAfter(today())) {
          problems.add(new FieldProblem("on", "cannot be in the future"));
        }
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("on", "must be a day as YYYY-MM-DD"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Instant now = clock.instant();
    persons.appendConsent(
        id, new Consent(UUID.randomUUID(), draft.purpose(), draft.given(), on, actor.username(), now));
    audit.record(AuditRecord.success("CONSENT_RECORDED", SUBJECT, id, office.value()));
  }

  /** Who read or changed this person's record: for supervisors and auditors of its office. */
  @Transactional
  public ResultPage<AuditEntry> accessLog(PersonId id, PageRequest page) {
    OfficeId office =
        persons
            .officeOf(id, access.scope(Permission.PERSON_ACCESS_LOG_READ))
            .orElseThrow(() -> new NotFound("person"));
    ResultPage<AuditEntry> log = audit.entriesFor(SUBJECT, id.toString(), page);
    audit.record(AuditRecord.success("PERSON_ACCESS_LOG_READ", SUBJECT, id, office.value()));
    return log;
  }

  /** How many persons, priority persons and groups the caller's offices hold: counts, not personal data. */
  @Transactional(readOnly = true)
  public RegistryCounts counts() {
    Set<OfficeId> scope = access.actor().officesWith(Permission.PERSON_READ);
    if (scope.isEmpty()) {
      return new RegistryCounts(0, 0, 0, 0);
    }
    return new RegistryCounts(persons.count(scope), persons.countPriority(scope), persons.countGroups(scope),
        persons.countToComplete(scope));
  }

  private static void checkLength(String field, String value, int max, List<FieldProblem> problems) {
    if (value != null && value.strip().length() > max) {
      problems.add(FieldProblem.of(field, "is longer than {0} characters", max));
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
